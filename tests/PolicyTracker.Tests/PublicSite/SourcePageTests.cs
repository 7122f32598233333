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
}
