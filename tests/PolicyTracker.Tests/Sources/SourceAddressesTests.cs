using PolicyTracker.Core.Common;
using PolicyTracker.Core.Sources;

namespace PolicyTracker.Tests.Sources;

/// <summary>One document, one source: the addresses that are the same page, and those that are not.</summary>
public class SourceAddressesTests
{
    private const string Original = "https://www.rnz.co.nz/news/political/518245/nz-joins-pipir";

    public static TheoryData<string> SamePage =>
    [
        "https://www.rnz.co.nz/news/political/518245/nz-joins-pipir",
        "http://www.rnz.co.nz/news/political/518245/nz-joins-pipir",
        "https://rnz.co.nz/news/political/518245/nz-joins-pipir",
        "HTTPS://WWW.RNZ.CO.NZ/news/political/518245/nz-joins-pipir",
        "https://amp.rnz.co.nz/news/political/518245/nz-joins-pipir/",
        "https://www.rnz.co.nz/news/political/518245/nz-joins-pipir#comments",
        "https://www.rnz.co.nz/news/political/518245/nz-joins-pipir?utm_source=newsletter&utm_medium=email",
        "https://www.rnz.co.nz/news/political/518245/nz-joins-pipir?fbclid=IwAR0abc",
        "https://www.rnz.co.nz:443/news/political/518245/nz-joins-pipir?gclid=x&mc_cid=y",
        "  https://www.rnz.co.nz/news/political/518245/nz-joins-pipir  ",
    ];

    [Theory]
    [MemberData(nameof(SamePage))]
    public void Addresses_of_the_same_page_have_one_key(string url) =>
        Assert.Equal(SourceAddresses.Key(Original), SourceAddresses.Key(url));

    public static TheoryData<string> OtherPages =>
    [
        "https://www.rnz.co.nz/news/political/518246/nz-joins-pipir",
        "https://www.rnz.co.nz/news/political/518245/nz-joins-pipir?page=2",
        "https://www.rnz.co.nz/news/political/518245/NZ-JOINS-PIPIR",
        "https://www.rnz.co.nz:8443/news/political/518245/nz-joins-pipir",
        "https://rnz.co.nz.example.org/news/political/518245/nz-joins-pipir",
    ];

    [Theory]
    [MemberData(nameof(OtherPages))]
    public void Addresses_of_other_pages_have_other_keys(string url) =>
        Assert.NotEqual(SourceAddresses.Key(Original), SourceAddresses.Key(url));

    [Fact]
    public void Query_parameters_in_another_order_are_the_same_page_and_no_address_has_no_key()
    {
        Assert.Equal(SourceAddresses.Key("https://example.org/a?x=1&y=2"), SourceAddresses.Key("https://example.org/a?y=2&x=1&utm_campaign=z"));
        Assert.Null(SourceAddresses.Key(null));
        Assert.Null(SourceAddresses.Key("   "));
        Assert.Null(SourceAddresses.Key("javascript:alert(1)"));
    }

    [Fact]
    public void The_holder_of_an_address_is_found_except_the_source_itself()
    {
        var addresses = new SourceAddresses();
        var held = Guid.NewGuid();
        addresses.Add(held, "NZ joins PIPIR", Original);

        Assert.Equal((held, "NZ joins PIPIR"), addresses.HolderOf("http://rnz.co.nz/news/political/518245/nz-joins-pipir/", Guid.NewGuid()));
        Assert.Null(addresses.HolderOf(Original, held));
        Assert.Null(addresses.HolderOf("https://example.org/other", Guid.NewGuid()));
    }

    [Theory]
    [InlineData("Pentagon statement on the Hegseth–Collins meeting", "Pentagon statement on Hegseth-Collins meeting", true)]
    [InlineData("NZ joins PIPIR", "nz JOINS pipir!", true)]
    [InlineData("Ministers' meeting in Wellington", "Ministers’ meeting in Wellington", true)]
    [InlineData("AUKUS Pillar Two briefing", "AUKUS Pillar Two meeting", false)]
    [InlineData("NZ joins PIPIR", "New Zealand endorses the Statement of Principles", false)]
    [InlineData("", "Anything", false)]
    public void Titles_are_close_when_they_differ_only_in_case_punctuation_and_small_words(string a, string b, bool close)
    {
        Assert.Equal(close, TitleSimilarity.AreClose(a, b));
        Assert.Equal(close, TitleSimilarity.AreClose(b, a));
    }
}
