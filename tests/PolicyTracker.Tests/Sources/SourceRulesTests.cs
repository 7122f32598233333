using Microsoft.EntityFrameworkCore;
using PolicyTracker.Core.Common;
using PolicyTracker.Core.Data;
using PolicyTracker.Core.Sources;
using PolicyTracker.Tests.Infrastructure;

namespace PolicyTracker.Tests.Sources;

public class SourceRulesTests
{
    private static Source ValidSource(string? url) => new()
    {
        Slug = "a-source",
        Title = "A report",
        SourceKind = SourceKind.NewsArticle,
        Reliability = Reliability.High,
        ReliabilityReason = "Public broadcaster",
        Url = url,
    };

    [Fact]
    public void An_open_licence_must_be_stated_before_the_whole_text_goes_public()
    {
        var source = ValidSource("https://www.beehive.govt.nz/release/example");
        source.OpenLicence = OpenLicence.CreativeCommonsAttribution;

        var problem = Assert.Single(SourceRules.Validate(source).All);

        Assert.Equal("Licence reason", problem.Field);
        source.OpenLicenceReason = "The page's footer: \"licensed under a Creative Commons Attribution 4.0 International licence\".";
        Assert.Empty(SourceRules.Validate(source).All);
    }

    [Theory]
    [InlineData("ftp://example.org/report.pdf")]
    [InlineData("javascript:alert(1)")]
    [InlineData("file:///etc/passwd")]
    [InlineData("www.rnz.co.nz/news")]
    [InlineData("https://")]
    public void Rejects_a_url_that_is_not_http_or_https(string url)
    {
        var problems = SourceRules.Validate(ValidSource(url));

        var problem = Assert.Single(problems.All);
        Assert.Equal("URL", problem.Field);
        Assert.Contains("must start with http:// or https://", problem.Message);
    }

    [Theory]
    [InlineData("https://www.rnz.co.nz/news/top/543889/military-tech-moves-lots-of-talk-and-lots-of-drones")]
    [InlineData("http://example.org")]
    [InlineData(null)]
    public void Accepts_a_web_address_or_none(string? url) =>
        Assert.True(SourceRules.Validate(ValidSource(url)).IsValid);

    [Fact]
    public void Rejects_markup_and_over_long_text()
    {
        var source = ValidSource(null);
        source.Title = "<script>alert('x')</script>";
        source.Notes = new string('n', Entity.NotesMaxLength + 1);

        var problems = SourceRules.Validate(source).All;

        Assert.Contains(problems, p => p.Field == "Title" && p.Message.Contains("HTML or script"));
        Assert.Contains(problems, p => p.Field == "Notes" && p.Message.Contains("the limit is 4000"));
    }

    [Fact]
    public async Task The_database_itself_refuses_a_non_web_url()
    {
        await using var database = await TestDatabase.MigratedAsync(DatabaseProvider.Postgres, "urls");
        await using var db = database.CreateContext();
        db.Sources.Add(ValidSource("ftp://example.org/report.pdf"));

        var error = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());

        Assert.Contains("CK_Sources_WebUrl", error.InnerException?.Message);
    }
}
