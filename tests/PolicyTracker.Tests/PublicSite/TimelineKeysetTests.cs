using Microsoft.EntityFrameworkCore;
using PolicyTracker.Core.Common;
using PolicyTracker.Core.Data;
using PolicyTracker.Core.History;
using PolicyTracker.Core.Publication;
using PolicyTracker.Core.Records;
using PolicyTracker.Core.Timeline;
using PolicyTracker.Tests.Infrastructure;

namespace PolicyTracker.Tests.PublicSite;

/// <summary>
/// Pages reached by the pager's links start after the last record shown (or end before the first) instead of
/// skipping the pages before them, so the thousandth page costs what the first does.
/// </summary>
public class TimelineKeysetTests : IAsyncLifetime
{
    private TestDatabase database = null!;

    public async Task InitializeAsync()
    {
        database = await TestDatabase.WithSampleDataAsync(DatabaseProvider.Postgres, "keyset");
        await using var db = database.CreateContext();
        // Ties at every column of the order: the same day, month and year, approximate or not, the same titles, and
        // undated records, which come last.
        string[] dates = ["4 March 2025", "March 2025", "~March 2025", "2025", "~2025", "unknown"];
        for (var i = 0; i < 180; i++)
        {
            var record = TestRecords.Create(db, RecordKind.Event, $"keyset-{i:D3}", PublicationState.Published, title: $"Same title {i % 3}");
            record.Date = dates[i % dates.Length] == "unknown" ? FuzzyDate.Unknown : FuzzyDate.Parse(dates[i % dates.Length]);
            db.Add(record);
        }

        await db.SaveChangesAsync();
    }

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task Next_links_list_every_record_once_in_timeline_order_without_skipping_rows_and_previous_links_walk_back()
    {
        var commands = new CommandLog();
        await using var db = database.CreateContext(new RevisionJournal(new SystemActor("test"), TimeProvider.System), watchers: commands);
        var timeline = new TimelineQueries(db);
        var expected = await timeline.StreamPublishedAsync(TimelineFilter.None).Select(i => i.Slug).ToListAsync();

        var pages = new List<TimelineResult>();
        var filter = TimelineFilter.None;
        while (true)
        {
            commands.Clear();
            var page = await timeline.GetPublishedPageAsync(filter);
            pages.Add(page);
            if (filter.Page > 1)
            {
                Assert.DoesNotContain(commands.Texts, sql => sql.Contains("OFFSET", StringComparison.OrdinalIgnoreCase));
            }

            if (!page.HasNextPage)
            {
                break;
            }

            var next = PageLink.Next(filter.Page, page.Items);
            filter = filter with { Page = next.Page, After = next.After };
        }

        Assert.True(pages.Count >= 4, $"{pages.Count} pages");
        Assert.Equal(expected, pages.SelectMany(p => p.Items).Select(i => i.Slug).ToList());

        // Back from the last page by the previous links, page by page.
        for (var number = pages.Count; number > 1; number--)
        {
            var previous = PageLink.Previous(number, pages[number - 1].Items);
            var page = await timeline.GetPublishedPageAsync(new TimelineFilter { Page = previous.Page, Before = previous.Before });
            Assert.Equal(pages[number - 2].Items.Select(i => i.Slug), page.Items.Select(i => i.Slug));
            Assert.True(page.HasNextPage);
        }
    }

    [Fact]
    public async Task A_page_after_a_record_that_is_not_listed_is_placed_by_its_number()
    {
        await using (var db = database.CreateContext())
        {
            db.Add(TestRecords.Create(db, RecordKind.Event, "keyset-draft", PublicationState.Draft));
            await db.SaveChangesAsync();
        }

        await using var context = database.CreateContext();
        var timeline = new TimelineQueries(context);
        var byNumber = await timeline.GetPublishedPageAsync(new TimelineFilter { Page = 2 });

        // A draft's address says nothing of where it would stand; nor does one that names nothing.
        foreach (var cursor in new[] { "keyset-draft", "no-such-record" })
        {
            var page = await timeline.GetPublishedPageAsync(new TimelineFilter { Page = 2, After = cursor });
            Assert.Equal(byNumber.Items.Select(i => i.Slug), page.Items.Select(i => i.Slug));
        }
    }

    [Fact]
    public async Task An_agreement_and_years_select_the_agreement_and_its_dated_records_with_the_dates_as_index_bounds()
    {
        // The records made above are about PIPIR (TestRecords links each to it), dated or not.
        var commands = new CommandLog();
        await using var context = database.CreateContext(new RevisionJournal(new SystemActor("test"), TimeProvider.System), watchers: commands);
        var everything = await context.Records.AsNoTracking().VisibleToPublic()
            .Select(r => new { r.Slug, r.Date.Start, Agreements = r.Agreements.Where(a => a.State == PublicationState.Published).Select(a => a.Slug).ToList() })
            .ToListAsync();
        var from = new DateOnly(2020, 1, 1);
        var to = new DateOnly(2025, 12, 31);
        var expected = everything
            .Where(r => (r.Slug == "pipir" || r.Agreements.Contains("pipir")) && r.Start >= from && r.Start <= to)
            .Select(r => r.Slug).Order().ToList();
        Assert.Contains("pipir", expected);
        Assert.Contains(everything, r => r.Agreements.Contains("pipir") && r.Start is null); // undated, so left out

        commands.Clear();
        var listed = await new TimelineQueries(context).StreamPublishedAsync(new TimelineFilter { Agreement = "pipir", From = from, To = to }).ToListAsync();

        Assert.Equal(expected, listed.Select(i => i.Slug).Order().ToList());
        var sql = Assert.Single(commands.Texts);
        // PostgreSQL reads IX_Records_Timeline between the dates only when they are row comparisons on its columns, and
        // looks the agreement up per record only when it is not an OR'd EXISTS (which it answers by hashing all its records).
        Assert.Matches("""\(\w+\."Date_Start" IS NULL, \w+\."Date_Start"\) >= """, sql);
        Assert.Matches("""\(\w+\."Date_Start" IS NULL, \w+\."Date_Start"\) <= """, sql);
        Assert.DoesNotMatch("""OR EXISTS""", sql);
        // Each record's agreements are read for that record: joined whole, PostgreSQL misjudged the published agreements
        // at one row and compared every record with every link.
        Assert.Contains("LEFT JOIN LATERAL", sql);
        Assert.Equal(everything.Where(r => expected.Contains(r.Slug)).Sum(r => r.Agreements.Count), listed.Sum(i => i.Agreements.Count));
    }

    [Fact]
    public void After_and_before_must_name_a_record_and_not_both()
    {
        Assert.False(TimelineFilter.TryParse(null, null, null, null, null, null, null, "2", out _, out var markup, after: "<script>"));
        Assert.Contains(markup.All, p => p.Field == "after");
        Assert.False(TimelineFilter.TryParse(null, null, null, null, null, null, null, "2", out _, out var both, after: "a", before: "b"));
        Assert.Contains(both.All, p => p.Field == "before");
        Assert.True(TimelineFilter.TryParse(null, null, null, null, null, null, null, "2", out var filter, out _, after: "keyset-001"));
        Assert.Equal("keyset-001", filter.After);
    }
}
