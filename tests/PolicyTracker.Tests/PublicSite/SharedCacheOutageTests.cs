using System.Diagnostics;
using System.Net;
using PolicyTracker.Core.Data;
using PolicyTracker.Core.Records;
using PolicyTracker.Tests.Infrastructure;
using Xunit.Abstractions;

namespace PolicyTracker.Tests.PublicSite;

/// <summary>
/// Redis shares the output cache between instances; it must never be what takes the site down. With it stopped or
/// frozen, pages answer from each instance's own memory (before, every request waited out two 6 s Redis time-outs),
/// readiness says the cache is degraded without failing, and an eviction made meanwhile reaches the other instances
/// once Redis is back.
/// </summary>
public class SharedCacheOutageTests(ITestOutputHelper output)
{
    private const string Listing = "/timeline?from=2025-03&to=2025-03";

    /// <summary>
    /// Generous beside the 100 ms Redis time-out (the first request after a freeze may wait it out for the entry and for
    /// each of its tags' markers), for a loaded machine; far below the 12 s a request took before.
    /// </summary>
    private static readonly TimeSpan SlowestAllowed = TimeSpan.FromSeconds(1.5);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Pages_answer_promptly_and_readiness_says_degraded_while_Redis_is_stopped_or_frozen(bool frozen)
    {
        await using var redis = await RedisServer.StartAsync();
        await using var database = await TestDatabase.WithSampleDataAsync(DatabaseProvider.Postgres, "redis-away");
        await using var app = new PolicyTrackerApp(database, new Dictionary<string, string?> { ["Caching:Redis"] = redis.Configuration });
        var reader = app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/")).StatusCode); // cached before the fault
        Assert.Equal("Healthy", await reader.GetStringAsync("/health/ready"));

        if (frozen)
        {
            redis.Freeze();
        }
        else
        {
            await redis.StopAsync();
        }

        // A page cached before, pages rendered during the fault, and the same again from memory.
        foreach (var page in new[] { "/", Listing, "/timeline", "/corrections", "/", Listing, "/timeline", "/corrections" })
        {
            var clock = Stopwatch.StartNew();
            var answer = await reader.GetAsync(page);
            Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
            output.WriteLine($"{page}: {clock.ElapsedMilliseconds} ms");
            Assert.True(clock.Elapsed < SlowestAllowed, $"{page} took {clock.ElapsedMilliseconds} ms with Redis {(frozen ? "frozen" : "stopped")}");
        }

        var ready = await reader.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        var report = await ready.Content.ReadAsStringAsync();
        Assert.StartsWith("Degraded", report);
        Assert.Contains("shared-cache: Degraded: The shared cache (Redis) cannot be reached", report);
    }

    [Fact]
    public async Task A_retraction_made_while_Redis_is_down_reaches_the_other_instance_once_it_is_back()
    {
        await using var redis = await RedisServer.StartAsync();
        await using var database = await TestDatabase.WithSampleDataAsync(DatabaseProvider.Postgres, "redis-recovery");
        var settings = new Dictionary<string, string?> { ["Caching:Redis"] = redis.Configuration };
        await using var first = new PolicyTrackerApp(database, settings);
        await using var second = new PolicyTrackerApp(database, settings);
        Guid id = default;
        await first.EditAsync(async editor =>
        {
            await using var db = first.Database.CreateContext();
            id = await editor.PublishNewAsync(KindSamples.Publishable(RecordKind.Event, "Recovery probe", await KindSamples.LinksAsync(db)));
        });
        var reader = second.CreateClient();
        await Eventually.TrueAsync(async () => (await reader.GetStringAsync(Listing)).Contains("Recovery probe"), TimeSpan.FromSeconds(10), "the second instance to show the new record");

        await redis.StopAsync();
        await first.EditAsync(async editor => await editor.RetractAsync(id, (await editor.OpenAsync(id)).Version, "It did not happen."));
        Assert.Contains("Recovery probe", await reader.GetStringAsync(Listing)); // nothing could tell the second instance yet

        await redis.RestartAsync();
        var recovery = Stopwatch.StartNew();
        await Eventually.TrueAsync(
            async () => !(await reader.GetStringAsync(Listing)).Contains("Recovery probe"), TimeSpan.FromSeconds(20),
            "the retraction made while Redis was down to reach the second instance's copy once Redis was back");
        output.WriteLine($"The second instance stopped showing the retracted record {recovery.ElapsedMilliseconds} ms after Redis was back");
    }
}
