using Microsoft.EntityFrameworkCore;
using PolicyTracker.Core.Common;
using PolicyTracker.Core.Data;
using PolicyTracker.Core.History;
using PolicyTracker.Core.Records;
using PolicyTracker.Tests.Infrastructure;

namespace PolicyTracker.Tests.History;

/// <summary>
/// What every save does besides saving, each by its own interceptor: <see cref="RevisionJournal"/> writes the revisions
/// (with the public reason the save's own scope gives), <see cref="Core.Publication.PublicCacheEviction"/> evicts what
/// the public can see once it has landed, and only once a transaction around it has committed.
/// </summary>
public class JournalTests
{
    /// <summary>A public change evicts cached pages asynchronously; a synchronous save would block a thread on that.</summary>
    [Fact]
    public async Task A_synchronous_save_of_a_public_change_is_refused_before_anything_is_written()
    {
        await using var database = await TestDatabase.WithSampleDataAsync(DatabaseProvider.Postgres, "journal-sync");
        int revisions;
        await using (var db = database.CreateContext())
        {
            revisions = await db.Revisions.CountAsync();
            db.Add(TestRecords.Create(db, RecordKind.Event, "saved-synchronously", PublicationState.Published));

            var refused = Assert.Throws<NotSupportedException>(() => db.SaveChanges());

            Assert.Contains("SaveChangesAsync", refused.Message);
        }

        await using var check = database.CreateContext();
        Assert.False(await check.Records.IgnoreQueryFilters().AnyAsync(r => r.Slug == "saved-synchronously"));
        Assert.Equal(revisions, await check.Revisions.CountAsync());
    }

    [Fact]
    public async Task Saves_in_a_transaction_evict_once_it_commits_and_never_when_it_rolls_back()
    {
        await using var database = await TestDatabase.WithSampleDataAsync(DatabaseProvider.Postgres, "journal-transaction");
        var cache = new RecordingPublicContentCache();
        await using var db = database.CreateContext(new RevisionJournal(TestActor.Editor(), TimeProvider.System), cache);

        await using (await db.Database.BeginTransactionAsync())
        {
            db.Add(TestRecords.Create(db, RecordKind.Event, "rolled-back-event", PublicationState.Published));
            await db.SaveChangesAsync();
            Assert.Empty(cache.Evictions);
            await db.Database.RollbackTransactionAsync();
        }

        Assert.Empty(cache.Evictions);
        db.ChangeTracker.Clear();

        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            db.Add(TestRecords.Create(db, RecordKind.Event, "first-committed-event", PublicationState.Published));
            await db.SaveChangesAsync();
            db.Add(TestRecords.Create(db, RecordKind.Event, "second-committed-event", PublicationState.Published));
            await db.SaveChangesAsync();
            Assert.Empty(cache.Evictions);
            await transaction.CommitAsync();
        }

        var evicted = Assert.Single(cache.Evictions);
        var ids = await db.Records.Where(r => r.Slug.EndsWith("-committed-event")).Select(r => r.Id).ToListAsync();
        Assert.Equal(2, ids.Count);
        Assert.All(ids, id => Assert.True(evicted.Contains(Core.Publication.PublicContentTags.Record(id)), string.Join(", ", evicted)));

        // Without a transaction, a save evicts as it lands.
        db.Add(TestRecords.Create(db, RecordKind.Event, "saved-alone-event", PublicationState.Published));
        await db.SaveChangesAsync();
        Assert.Equal(2, cache.Evictions.Count);
    }

    /// <summary>
    /// One journal serves every save of a workspace tab. A public reason given for one save is that save's alone: a
    /// save made meanwhile, elsewhere in the same tab, records none.
    /// </summary>
    [Fact]
    public async Task A_public_reason_belongs_to_the_save_it_was_given_for_not_to_another_made_meanwhile()
    {
        await using var database = await TestDatabase.WithSampleDataAsync(DatabaseProvider.Postgres, "journal-reasons");
        var journal = new RevisionJournal(TestActor.Editor(), TimeProvider.System);
        var reasonGiven = new TaskCompletionSource();
        var otherSaved = new TaskCompletionSource();

        async Task CorrectWithAReasonAsync()
        {
            await using var db = database.CreateContext(journal);
            var record = await db.Records.SingleAsync(r => r.Slug == "pipir");
            using (PublicReasons.Because(new PublicReason("A date was wrong.", RevisionAction.Corrected)))
            {
                reasonGiven.SetResult();
                await otherSaved.Task;
                record.Summary += " Corrected.";
                await db.SaveChangesAsync();
            }
        }

        async Task ChangeWithoutAReasonAsync()
        {
            await reasonGiven.Task;
            await using var db = database.CreateContext(journal);
            var record = await db.Records.SingleAsync(r => r.Slug == "ntib");
            record.InternalNotes = "A note for editors.";
            await db.SaveChangesAsync();
            otherSaved.SetResult();
        }

        await Task.WhenAll(CorrectWithAReasonAsync(), ChangeWithoutAReasonAsync());

        await using var check = database.CreateContext();
        var latest = await check.Revisions.Where(r => r.ChangedBy == TestActor.Editor().Name).ToListAsync();
        Assert.Equal("A date was wrong.", Assert.Single(latest, r => r.Reason is not null).Reason);
        var note = Assert.Single(latest, r => r.Reason is null);
        Assert.Equal(RevisionAction.Updated, note.Action);
    }
}
