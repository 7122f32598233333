using AngleSharp.Html.Parser;
using PolicyTracker.Tests.Infrastructure;

namespace PolicyTracker.Tests.PublicSite;

public class SourcePageTests(PostgresAppFixture fixture) : IClassFixture<PostgresAppFixture>
{
    [Fact]
    public async Task A_source_page_lists_every_record_citing_it_however_the_citation_is_attached()
    {
        var html = await fixture.App.CreateClient().GetStringAsync("/sources/mick-hall-nz-part-of-drive");
        var links = new HtmlParser().ParseDocument(html).QuerySelectorAll("ul.cited-by a").Select(a => a.GetAttribute("href")).ToList();

        Assert.Contains("/meetings/shangri-la-dialogue-2024", links);        // cites it directly
        Assert.Contains("/agreements/statement-of-principles", links);      // through the agreement's date claim
        Assert.Contains("/agreements/pipir", links);                        // through a status change's date claim
        Assert.Contains("/events/collins-confirms-pipir", links);           // through an event's date claim
        Assert.Contains("Medium", html);
    }

    [Theory]
    [InlineData("/sources/rnz-nz-quietly-added-to-ntib", "/agreements/ntib")]                   // only through a status step's disclosure
    [InlineData("/sources/mod-capability-planning", "/events/defence-capability-plan-2025")]   // through the record's disclosure too
    public async Task A_source_cited_through_a_disclosure_lists_the_record_it_supports(string source, string record)
    {
        var html = await fixture.App.CreateClient().GetStringAsync(source);

        Assert.Contains(record, new HtmlParser().ParseDocument(html).QuerySelectorAll("ul.cited-by a").Select(a => a.GetAttribute("href")));
    }
}
