using System.Net;
using Microsoft.EntityFrameworkCore;
using PolicyTracker.Core.Data;
using PolicyTracker.Tests.Infrastructure;
using PolicyTracker.Core.Agreements;

namespace PolicyTracker.Tests.Data;

/// <summary>Several instances started at the same moment on one empty PostgreSQL database all come up, with the data loaded once.</summary>
public class ConcurrentStartTests
{
    [Fact]
    public async Task Three_instances_started_together_on_an_empty_database_all_come_up()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres, "concurrent-start");
        var settings = new Dictionary<string, string?> { ["Accounts:AdminEmail"] = "first.admin@example.org", ["Accounts:AdminPassword"] = "Concurrent-start-password-1!" };
        var apps = Enumerable.Range(0, 3).Select(_ => new PolicyTrackerApp(database, settings)).ToList();
        try
        {
            // Each CreateClient starts its host: migrations, sample data and the first administrator, all at once.
            var clients = await Task.WhenAll(apps.Select(app => Task.Run(() => app.CreateClient())));

            foreach (var client in clients)
            {
                Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
            }

            await using var db = database.CreateContext();
            Assert.Equal(1, await db.Users.CountAsync());
            Assert.Equal(1, await db.Set<Agreement>().CountAsync(a => a.Slug == "pipir"));
        }
        finally
        {
            foreach (var app in apps)
            {
                await app.DisposeAsync();
            }
        }
    }
}
