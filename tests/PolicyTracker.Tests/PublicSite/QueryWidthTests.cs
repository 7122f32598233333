using PolicyTracker.Core.Agreements;
using PolicyTracker.Core.Commitments;
using PolicyTracker.Core.Common;
using PolicyTracker.Core.Data;
using PolicyTracker.Core.History;
using PolicyTracker.Core.Publication;
using PolicyTracker.Core.Records;
using PolicyTracker.Core.Timeline;
using PolicyTracker.Tests.Infrastructure;

namespace PolicyTracker.Tests.PublicSite;

/// <summary>
/// Lists read only the columns they show. Projecting a stored date whole made EF Core 10 select every column of each
/// row, search vectors and pending drafts included: at 10,000 records that doubled the agreement page's time.
/// </summary>
public class QueryWidthTests
{
    [Fact]
    public async Task The_timeline_page_and_the_agreement_page_read_no_search_vector_draft_or_internal_note()
    {
        await using var database = await TestDatabase.WithSampleDataAsync(DatabaseProvider.Postgres, "query-width");
        var commands = new CommandLog();
        await using var db = database.CreateContext(new RevisionJournal(new SystemActor("test"), TimeProvider.System), watchers: commands);

        var timeline = await new TimelineQueries(db).GetPublishedPageAsync(TimelineFilter.None);
        var pipir = await new AgreementQueries(db, new CommitmentQueries(db, TimeProvider.System)).GetPublishedAsync("pipir");

        Assert.NotEmpty(timeline.Items);
        Assert.NotEmpty(pipir!.Related);
        // Lists (more than one row asked for); a single row read by its slug may come whole.
        var lists = commands.Texts.Where(text => !text.Contains("LIMIT 2", StringComparison.Ordinal)).ToList();
        Assert.True(lists.Count >= 3, $"Only {lists.Count} list commands were recorded.");
        foreach (var column in new[] { "\"SearchVector\"", "\"TitleVector\"", "\"PendingDraftJson\"", "\"InternalNotes\"" })
        {
            Assert.DoesNotContain(lists, text => text.Contains(column, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task A_version_page_or_a_citation_locates_its_record_in_one_command_and_reads_none_of_it_whole()
    {
        await using var database = await TestDatabase.WithSampleDataAsync(DatabaseProvider.Postgres, "query-locate");
        var commands = new CommandLog();
        await using var db = database.CreateContext(new RevisionJournal(new SystemActor("test"), TimeProvider.System), watchers: commands);
        var records = new RecordQueries(db, TimeProvider.System);

        var located = Assert.IsType<RecordLookup.Located>(await records.LocatePublishedAsync(RecordKind.Meeting, "pipir-first-meeting-honolulu"));
        Assert.Single(commands.Texts);

        commands.Clear();
        var found = Assert.IsType<RecordLookup.Found>(await records.FindPublishedAsync(RecordKind.Meeting, "pipir-first-meeting-honolulu"));
        Assert.Equal((located.Id, located.Title), (found.Record.Id, found.Record.Title));
        Assert.True(commands.Texts.Count > 1, "Finding a record reads it whole, in more commands than locating it.");
    }
}
