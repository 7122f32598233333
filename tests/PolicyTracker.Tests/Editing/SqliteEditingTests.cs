using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PolicyTracker.Core.Sources;
using PolicyTracker.Core.Common;
using PolicyTracker.Core.Data;
using PolicyTracker.Core.Dataset;
using PolicyTracker.Core.Publication;
using PolicyTracker.Core.Records;
using PolicyTracker.Tests.Infrastructure;

namespace PolicyTracker.Tests.Editing;

/// <summary>The embedded SQLite default (what the README's run command uses) edits, previews and moves data like PostgreSQL.</summary>
public class SqliteEditingTests
{
    [Fact]
    public async Task On_sqlite_a_record_goes_through_the_workflow_a_pending_change_is_previewed_and_published_and_the_dataset_round_trips()
    {
        await using var source = await TestDatabase.WithSampleDataAsync(DatabaseProvider.Sqlite, "sqlite-editing");
        await using var session = source.Edit();
        var cited = (await session.Db.Sources.FirstAsync(s => s.State == PublicationState.Published)).Id;
        var draft = RecordContent.Empty(RecordKind.Event);
        draft.Title = "SQLite workflow event";
        draft.Date = FuzzyDate.Parse("late 2025");
        draft.Citations.Add(new CitationDraft { SourceId = cited, Pinpoint = "a pinpoint", PinpointKind = PinpointKind.Paraphrase });
        draft.DateClaims.Add(new DateClaimDraft { Date = FuzzyDate.Parse("2026"), Claim = "Another report says 2026.", Citations = [new CitationDraft { SourceId = cited }] });

        var id = await session.Editor.PublishNewAsync(draft);
        var edit = (await session.Editor.OpenAsync(id)).Draft;
        edit.Title = "SQLite workflow event, corrected";
        await session.Editor.SaveAsync(id, 3, edit);
        var records = new RecordQueries(session.Db, TimeProvider.System);
        var preview = await session.Editor.PreviewAsync(id, async (kind, slug) => await records.FindPublishedAsync(kind, slug));
        Assert.Equal("SQLite workflow event, corrected", Assert.IsType<RecordLookup.Found>(preview).Record.Title);
        Assert.Equal("SQLite workflow event", (await session.Db.Records.AsNoTracking().SingleAsync(r => r.Id == id)).Title);
        await session.Editor.SubmitForReviewAsync(id, 4);
        await session.Editor.PublishAsync(id, 5, "The title was incomplete.");
        Assert.Equal("SQLite workflow event, corrected", (await session.Db.Records.VisibleToPublic().SingleAsync(r => r.Id == id)).Title);

        var first = await TestDatabase.ExportDatasetAsync(session.Db);
        await using var target = await TestDatabase.MigratedAsync(DatabaseProvider.Sqlite, "sqlite-import");
        await using (var import = target.CreateContext(TestActor.Editor()))
        {
            await new DatasetImporter(import, TestActor.Editor(), TimeProvider.System, new Core.Editing.EditingRules { RequireSecondApprover = false }).ImportAsync(new MemoryStream(Encoding.UTF8.GetBytes(first)));
        }

        await using var check = target.CreateContext();
        Assert.Equal(first, await TestDatabase.ExportDatasetAsync(check));
    }
}
