using System.Diagnostics;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PolicyTracker.Core.Data;
using PolicyTracker.Tests.Infrastructure;

namespace PolicyTracker.Bench;

/// <summary>
/// The day a story breaks, measured as strangers see it (no cookies, brotli accepted): 64 connections asking in
/// turn for the pages such a day brings (home, timeline, an agreement, a record, the feed, the API), steady and in
/// the seconds after a correction is published; one instance with its cache in memory against two instances
/// sharing Redis.
/// </summary>
public static class NewsSpike
{
    private const string Corrected = "collins-confirms-pipir";

    private static readonly string[] Pages =
        ["/", "/timeline", "/agreements/pipir", $"/events/{Corrected}", "/feed.atom", "/api/records", "/agreements/aukus-pillar-two", "/people/judith-collins"];

    public static async Task RunAsync(int size, int seconds)
    {
        await using var database = await (await TestDatabase.CreateAsync(DatabaseProvider.Postgres, "spike")).MigrateAsync();
        await using var redis = await RedisServer.StartAsync();

        Console.WriteLine();
        Console.WriteLine($"## News spike: {size:N0} generated records plus the sample data; wrk {seconds} s per row, 64 connections in all, no cookies, brotli");
        Console.WriteLine();
        Console.WriteLine("| setup | what | requests/s | p99 ms | not 2xx/3xx | socket errors |");
        Console.WriteLine("|---|---|---:|---:|---:|---:|");

        await using (var single = Start(database, redis: null))
        {
            await RecordGenerator.FillAsync(() => database.CreateContext("bench"), size);
            await using (var db = database.CreateContext())
            {
                await db.Database.ExecuteSqlRawAsync("VACUUM ANALYZE");
            }

            var url = AddressOf(single);
            await WarmUpAsync(single, url, seconds);
            Row("one instance, cache in memory", "steady", Measure.WrkRun(url, seconds, 64, Pages));
            var (afterPublish, publishMs) = await WhilePublishingAsync(single, () => Measure.WrkRun(url, seconds, 64, Pages));
            Row("one instance, cache in memory", $"a run with a correction published 1 s in (the save took {publishMs:F0} ms)", afterPublish);
        }

        await using var first = Start(database, redis.Configuration);
        await using var second = Start(database, redis.Configuration);
        var (a, b) = (AddressOf(first), AddressOf(second));
        await WarmUpAsync(first, a, seconds);
        await WarmUpAsync(second, b, seconds);
        Row("one instance, cache in Redis", "steady", Measure.WrkRun(a, seconds, 64, Pages));

        // 32 connections on each instance at once, their figures summed.
        WrkResult Both() => Sum(Task.WhenAll(
            Task.Run(() => Measure.WrkRun(a, seconds, 32, Pages)), Task.Run(() => Measure.WrkRun(b, seconds, 32, Pages))).GetAwaiter().GetResult());
        Row("two instances, one Redis (32 connections each)", "steady, summed", Both());
        var (twoAfterPublish, twoPublishMs) = await WhilePublishingAsync(first, Both);
        Row("two instances, one Redis (32 connections each)", $"a run with a correction published on the first 1 s in (the save took {twoPublishMs:F0} ms), summed", twoAfterPublish);
    }

    private static PolicyTrackerApp Start(TestDatabase database, string? redis)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Serilog:MinimumLevel:Default"] = "Warning",
            ["Serilog:MinimumLevel:Override:Microsoft.AspNetCore"] = "Warning",
            ["Caching:Redis"] = redis,
            // As deployed: the test host's default (a second eviction at once) would understate a publication's cost.
            ["Caching:EvictAgainAfterSeconds"] = "5",
        };
        var app = new PolicyTrackerApp(database, settings);
        app.UseKestrel(0);
        app.StartServer();
        return app;
    }

    private static string AddressOf(PolicyTrackerApp app) =>
        app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');

    /// <summary>
    /// Compiles what the measured runs use (pages, cache, the editor's save) before anything is timed: two runs of the
    /// same length, the first with a correction in it. With one such run only, the first measured run was still about
    /// half as fast as the next (the runtime goes on recompiling hot code under load for some seconds).
    /// </summary>
    private static async Task WarmUpAsync(PolicyTrackerApp app, string baseUrl, int seconds)
    {
        using var client = new HttpClient { BaseAddress = new Uri(baseUrl) };
        foreach (var page in Pages)
        {
            (await client.GetAsync(page)).EnsureSuccessStatusCode();
        }

        await WhilePublishingAsync(app, () => Measure.WrkRun(baseUrl, seconds, 64, Pages));
        Measure.WrkRun(baseUrl, seconds, 64, Pages);
    }

    /// <summary>Runs <paramref name="load"/>, and one second into it publishes a correction of a record several of the pages show.</summary>
    private static async Task<(WrkResult Load, double PublishMs)> WhilePublishingAsync(PolicyTrackerApp app, Func<WrkResult> load)
    {
        Guid id;
        await using (var db = app.Database.CreateContext())
        {
            id = await db.Records.Where(r => r.Slug == Corrected).Select(r => r.Id).SingleAsync();
        }

        var running = Task.Run(load);
        await Task.Delay(TimeSpan.FromSeconds(1));
        var watch = Stopwatch.StartNew();
        await app.EditAsync(editor => editor.CorrectAsync(id, draft => draft.Summary += " Corrected during the benchmark."));
        watch.Stop();
        return (await running, watch.Elapsed.TotalMilliseconds);
    }

    private static WrkResult Sum(WrkResult[] runs) => new(
        runs.Sum(r => r.RequestsPerSecond), runs.Max(r => r.P99Ms), runs.Sum(r => r.NotOk), runs.Sum(r => r.SocketErrors));

    private static void Row(string setup, string what, WrkResult result) =>
        Console.WriteLine($"| {setup} | {what} | {result.RequestsPerSecond:F0} | {result.P99Ms:F1} | {result.NotOk} | {result.SocketErrors} |");
}
