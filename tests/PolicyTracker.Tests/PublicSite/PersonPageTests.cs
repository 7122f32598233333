using AngleSharp.Html.Parser;
using PolicyTracker.Tests.Infrastructure;

namespace PolicyTracker.Tests.PublicSite;

/// <summary>A person's page keeps their own words apart from what others said to them or about them.</summary>
public class PersonPageTests(PostgresAppFixture fixture) : IClassFixture<PostgresAppFixture>
{
    [Fact]
    public async Task Officials_words_to_a_minister_are_not_listed_as_the_ministers_own()
    {
        var page = new HtmlParser().ParseDocument(await fixture.App.CreateClient().GetStringAsync("/people/judith-collins"));

        var said = page.QuerySelector("#said")!.NextElementSibling!;
        var saidLinks = said.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/statements/collins-pipir-discussion-forum", saidLinks);
        Assert.DoesNotContain("/statements/officials-supply-chain-workstream-priority", saidLinks);
        Assert.Contains(page.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/statements/officials-supply-chain-workstream-priority");
    }
}
