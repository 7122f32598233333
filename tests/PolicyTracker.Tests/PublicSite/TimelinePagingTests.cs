using AngleSharp.Html.Parser;
using PolicyTracker.Core.Common;
using PolicyTracker.Core.Records;
using PolicyTracker.Tests.Infrastructure;

namespace PolicyTracker.Tests.PublicSite;

public class TimelinePagingTests(PostgresAppFixture fixture) : IClassFixture<PostgresAppFixture>
{
    [Fact]
    public async Task Pages_are_links_that_together_list_every_match_once_in_timeline_order()
    {
        await fixture.App.ChangeAsync(async (_, db) =>
        {
            for (var i = 0; i < 60; i++)
            {
                var record = TestRecords.Create(db, RecordKind.Event, $"paged-{i:D2}", PublicationState.Published);
                record.Date = FuzzyDate.Parse(i % 2 == 0 ? "March 2025" : $"{1 + (i % 28)} March 2025");
                db.Add(record);
            }

            await db.SaveChangesAsync();
        });
        var client = fixture.App.CreateClient();
        var parser = new HtmlParser();

        var first = parser.ParseDocument(await client.GetStringAsync("/timeline?from=2025-03&to=2025-03"));
        var next = first.QuerySelector("nav.pager a[rel=next]")!.GetAttribute("href")!;
        var second = parser.ParseDocument(await client.GetStringAsync(next));

        Assert.Contains("page=2", next);
        Assert.Contains("after=", next); // the next page starts after the last record shown (TimelineKeysetTests)
        Assert.Contains("from=2025-03-01", next);
        Assert.Null(second.QuerySelector("nav.pager a[rel=next]"));
        Assert.NotNull(second.QuerySelector("nav.pager a[rel=prev]"));
        var dates = first.QuerySelectorAll(".timeline-date").Concat(second.QuerySelectorAll(".timeline-date")).Select(d => d.TextContent.Trim()).ToList();
        var slugs = first.QuerySelectorAll("a.timeline-title").Concat(second.QuerySelectorAll("a.timeline-title")).Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(50, first.QuerySelectorAll("li.timeline-item").Length);
        Assert.Equal(60, slugs.Distinct().Count());
        var expected = dates.Select(FuzzyDate.Parse).Order().Select(d => d.ToString()).ToList();
        Assert.Equal(expected, dates);

        // The first page has one address however it is reached.
        Assert.DoesNotContain("before=", second.QuerySelector("nav.pager a[rel=prev]")!.GetAttribute("href")!);
    }
}
