using Microsoft.EntityFrameworkCore;
using PolicyTracker.Core.Common;
using PolicyTracker.Core.Data;
using PolicyTracker.Core.Records;
using PolicyTracker.Tests.Infrastructure;

namespace PolicyTracker.Tests.History;

public class ChangeJournalTests
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
}
