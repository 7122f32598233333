using AngleSharp.Html.Parser;
using PolicyTracker.Tests.Infrastructure;

namespace PolicyTracker.Tests.PublicSite;

/// <summary>Records the sources do not date are listed apart under their own heading, not mixed in as "date unknown".</summary>
public class TimelineUndatedTests(PostgresAppFixture fixture) : IClassFixture<PostgresAppFixture>
{
    [Fact]
    public async Task Undated_records_are_listed_apart_after_the_dated_ones()
    {
        var client = fixture.App.CreateClient();
        var parser = new HtmlParser();
        var datedTitles = new List<string>();
        var undatedTitles = new List<string>();
        string? next = "/timeline";
        while (next is not null)
        {
            var page = parser.ParseDocument(await client.GetStringAsync(next));
            var undated = page.QuerySelector("section.undated");
            datedTitles.AddRange(page.QuerySelectorAll("ol.timeline").Where(ol => ol.Closest("section.undated") is null)
                .SelectMany(ol => ol.QuerySelectorAll("a.timeline-title")).Select(a => a.TextContent));
            undatedTitles.AddRange(undated?.QuerySelectorAll("a.timeline-title").Select(a => a.TextContent) ?? []);
            Assert.All(page.QuerySelectorAll("li.timeline-item").Where(li => li.Closest("section.undated") is null),
                li => Assert.DoesNotContain("date unknown", li.QuerySelector(".timeline-date")!.TextContent, StringComparison.Ordinal));
            if (undated is not null)
            {
                Assert.Equal("Not dated by the sources", undated.QuerySelector("h2")!.TextContent.Trim());
                Assert.Null(undated.NextElementSibling?.QuerySelector("a.timeline-title")); // nothing dated after it
            }

            next = page.QuerySelector("nav.pager a[rel=next]")?.GetAttribute("href");
        }

        Assert.Contains("National Technology and Industrial Base (NTIB)", undatedTitles);
        Assert.Contains("AUKUS Pillar Two", undatedTitles);
        Assert.Contains("PIPIR workstream: co-production", undatedTitles);
        Assert.Contains("Partnership for Indo-Pacific Industrial Resilience (PIPIR)", datedTitles);
        Assert.Empty(datedTitles.Intersect(undatedTitles));
    }
}
