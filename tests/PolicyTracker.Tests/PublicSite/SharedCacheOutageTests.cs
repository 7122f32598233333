using System.Diagnostics;
using System.Net;
using PolicyTracker.Core.Data;
using PolicyTracker.Core.Records;
using PolicyTracker.Tests.Infrastructure;
using PolicyTracker.Web.Caching;
using StackExchange.Redis;
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
        await using var instances = await TwoInstancesShowingAProbe.StartAsync("redis-recovery");

        await instances.Redis.StopAsync();
        await instances.RetractProbeAsync();
        Assert.True(await instances.SecondShowsProbeAsync()); // nothing could tell the second instance yet

        await instances.Redis.RestartAsync();
        var recovery = Stopwatch.StartNew();
        await Eventually.TrueAsync(
            async () => !await instances.SecondShowsProbeAsync(), TimeSpan.FromSeconds(20),
            "the retraction made while Redis was down to reach the second instance's copy once Redis was back");
        output.WriteLine($"The second instance stopped showing the retracted record {recovery.ElapsedMilliseconds} ms after Redis was back");
    }

    /// <summary>
    /// The backplane's notice of an eviction is fire and forget: an instance that is reconnecting when it is sent never
    /// hears it. Every instance reads the eviction markers again every few seconds, so the page still goes; before, the
    /// marker was kept in memory for an hour and the retracted record stayed until the page expired (30 minutes).
    /// </summary>
    [Fact]
    public async Task An_eviction_whose_notice_is_lost_still_reaches_the_other_instance_within_seconds()
    {
        await using var instances = await TwoInstancesShowingAProbe.StartAsync("redis-lost-notice");
        Assert.True(await instances.SecondShowsProbeAsync()); // from memory, reading the eviction markers into it

        // Cut every subscriber's connection and refuse their subscribing again while the retraction is made, so that its
        // notice reaches no one, as when an instance is reconnecting.
        await using var admin = await ConnectionMultiplexer.ConnectAsync($"{instances.Redis.Configuration},allowAdmin=true");
        var server = admin.GetServer(admin.GetEndPoints()[0]);
        await server.ExecuteAsync("ACL", "SETUSER", "default", "-subscribe");
        await server.ClientKillAsync(new ClientKillFilter().WithClientType(ClientType.PubSub));
        await Eventually.TrueAsync(
            async () => (await server.ClientListAsync()).Count(client => client.SubscriptionCount > 0) == 0, TimeSpan.FromSeconds(5),
            "every instance to have lost its subscription");
        await instances.RetractProbeAsync();
        var clock = Stopwatch.StartNew();
        await server.ExecuteAsync("ACL", "SETUSER", "default", "+subscribe");

        await Eventually.TrueAsync(
            async () => !await instances.SecondShowsProbeAsync(), SharedOutputCacheStore.EvictionMarkerRecheck * 3,
            "the retraction whose notice was lost to reach the second instance's copy");
        output.WriteLine($"The second instance stopped showing the retracted record {clock.ElapsedMilliseconds} ms after the retraction");
    }

    /// <summary>Two instances sharing a Redis, with a record published through the first and shown by the second.</summary>
    private sealed class TwoInstancesShowingAProbe : IAsyncDisposable
    {
        private const string Probe = "Shared cache probe";
        private readonly TestDatabase database;
        private readonly PolicyTrackerApp first;
        private readonly PolicyTrackerApp second;
        private readonly HttpClient reader;
        private Guid probe;

        private TwoInstancesShowingAProbe(RedisServer redis, TestDatabase database)
        {
            Redis = redis;
            this.database = database;
            var settings = new Dictionary<string, string?> { ["Caching:Redis"] = redis.Configuration };
            first = new PolicyTrackerApp(database, settings);
            second = new PolicyTrackerApp(database, settings);
            reader = second.CreateClient();
        }

        public RedisServer Redis { get; }

        public static async Task<TwoInstancesShowingAProbe> StartAsync(string name)
        {
            var instances = new TwoInstancesShowingAProbe(await RedisServer.StartAsync(), await TestDatabase.WithSampleDataAsync(DatabaseProvider.Postgres, name));
            await instances.first.EditAsync(async editor =>
            {
                await using var db = instances.first.Database.CreateContext();
                instances.probe = await editor.PublishNewAsync(KindSamples.Publishable(RecordKind.Event, Probe, await KindSamples.LinksAsync(db)));
            });
            await Eventually.TrueAsync(instances.SecondShowsProbeAsync, TimeSpan.FromSeconds(10), "the second instance to show the new record");
            return instances;
        }

        public async Task<bool> SecondShowsProbeAsync() => (await reader.GetStringAsync(Listing)).Contains(Probe);

        public Task RetractProbeAsync() =>
            first.EditAsync(async editor => await editor.RetractAsync(probe, (await editor.OpenAsync(probe)).Version, "It did not happen."));

        public async ValueTask DisposeAsync()
        {
            await first.DisposeAsync();
            await second.DisposeAsync();
            await database.DisposeAsync();
            await Redis.DisposeAsync();
        }
    }
}
