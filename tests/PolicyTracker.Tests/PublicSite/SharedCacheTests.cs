using PolicyTracker.Core.Data;
using PolicyTracker.Core.Records;
using PolicyTracker.Tests.Infrastructure;

namespace PolicyTracker.Tests.PublicSite;

/// <summary>
/// Two instances of the app behind one address, sharing the database and (with Caching:Redis) the output cache: a
/// retraction made through one is gone from the other's pages at once, not when its own copy would have expired.
/// </summary>
public class SharedCacheTests
{
    private const string Listing = "/timeline?from=2025-03&to=2025-03";

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_retraction_through_one_instance_reaches_readers_of_the_other(bool sharedCache)
    {
        await using var redis = await RedisServer.StartAsync();
        await using var database = await TestDatabase.WithSampleDataAsync(DatabaseProvider.Postgres, "shared-cache");
        var settings = new Dictionary<string, string?> { ["Caching:Redis"] = sharedCache ? redis.Configuration : null };
        await using var first = new PolicyTrackerApp(database, settings);
        await using var second = new PolicyTrackerApp(database, settings);

        Guid id = default;
        await first.EditAsync(async editor =>
        {
            await using var db = first.Database.CreateContext();
            var links = await KindSamples.LinksAsync(db);
            id = await editor.PublishNewAsync(KindSamples.Publishable(RecordKind.Event, "Shared cache probe", links));
        });
        var reader = second.CreateClient();
        Assert.Contains("Shared cache probe", await reader.GetStringAsync(Listing)); // now in the second instance's cache

        await first.EditAsync(async editor => await editor.RetractAsync(id, (await editor.OpenAsync(id)).Version, "It did not happen."));

        // With the shared cache the second instance's copy goes with the first's (told through Redis, within moments);
        // alone, it would still be served.
        if (sharedCache)
        {
            await Eventually.TrueAsync(
                async () => !(await reader.GetStringAsync(Listing)).Contains("Shared cache probe", StringComparison.Ordinal),
                TimeSpan.FromSeconds(5), "the second instance's copy to be evicted");
        }
        else
        {
            Assert.Contains("Shared cache probe", await reader.GetStringAsync(Listing));
        }
    }
}
