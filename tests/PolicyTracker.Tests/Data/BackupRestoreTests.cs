using System.Net;
using Microsoft.EntityFrameworkCore;
using PolicyTracker.Core.Data;
using PolicyTracker.Tests.Infrastructure;

namespace PolicyTracker.Tests.Data;

/// <summary>The documented backup and restore, done for real: a dump taken while the app serves restores whole.</summary>
public class BackupRestoreTests
{
    [Fact]
    public async Task A_dump_taken_while_the_app_serves_restores_into_a_new_database_the_app_then_serves_unchanged()
    {
        await using var original = await TestDatabase.WithSampleDataAsync(DatabaseProvider.Postgres, "backup");
        await using var serving = new PolicyTrackerApp(original);
        using var before = serving.CreateClient();
        // Reads going on while the dump is taken, as on a live site.
        var reading = Task.WhenAll(Enumerable.Range(0, 20).Select(i => before.GetAsync($"/api/records?page={(i % 3) + 1}")));

        await using var restored = await original.RestoreCopyAsync("restored");
        await reading;

        await using var restoredApp = new PolicyTrackerApp(restored);
        using var after = restoredApp.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await after.GetAsync("/health/ready")).StatusCode); // no migration pending
        Assert.Equal(await before.GetStringAsync("/api/agreements"), await after.GetStringAsync("/api/agreements"));
        Assert.Equal(await before.GetStringAsync("/api/records?kind=Meeting"), await after.GetStringAsync("/api/records?kind=Meeting"));

        // Accounts and history come back too, not only the records.
        await using var from = original.CreateContext();
        await using var to = restored.CreateContext();
        Assert.Equal(await from.Users.CountAsync(), await to.Users.CountAsync());
        Assert.Equal(await from.Revisions.CountAsync(), await to.Revisions.CountAsync());
        Assert.Equal(await from.Records.CountAsync(), await to.Records.CountAsync());
        Assert.True(await to.Users.AnyAsync());
    }
}
