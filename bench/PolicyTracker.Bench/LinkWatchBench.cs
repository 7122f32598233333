using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using PolicyTracker.Core.Common;
using PolicyTracker.Core.Data;
using PolicyTracker.Core.Publication;
using PolicyTracker.Core.SampleData;
using PolicyTracker.Core.Sources;
using PolicyTracker.Core.Sources.Fetching;
using PolicyTracker.Core.Sources.Watching;
using PolicyTracker.Core.Telemetry;
using PolicyTracker.Tests.Infrastructure;

namespace PolicyTracker.Bench;

/// <summary>
/// The link watch over N sources spread across ten hosts (127.0.0.1 to 127.0.0.10, one local website answering on
/// each): a first run, in which every page answers in full, and the next day's, in which unchanged pages answer 304
/// to the stored ETag. Measures each run's time, the most requests one host ever had in flight, the process's
/// peak working set and managed heap, and what an archived copy costs to store.
/// </summary>
public static class LinkWatchBench
{
    private const int Hosts = 10;

    public static async Task RunAsync(int size)
    {
        await using var database = await TestDatabase.MigratedAsync(DatabaseProvider.Postgres, "bench-linkwatch");
        var site = new CountingSite();
        await using var app = await site.StartAsync();
        var fill = Stopwatch.StartNew();
        await FillAsync(database, site.Port, size);
        fill.Stop();
        Console.WriteLine($"{size:N0} sources over {Hosts} hosts made in {fill.Elapsed.TotalSeconds:F0} s; every 50th page is gone (404) and every 50th moved (301).");
        Console.WriteLine();
        Console.WriteLine("| run | took | addresses a second | most in flight to one host | peak working set | peak managed heap | gone | moved | works |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|");

        var options = new LinkWatchOptions { PauseBetweenRequests = TimeSpan.Zero };
        var fetching = new FetchingOptions { AllowPrivateAddresses = true };
        var clock = new FixedClock(DateTimeOffset.UtcNow);
        using var client = new HttpClient(SourceFetcher.Handler(fetching));
        await using var meters = new ServiceCollection().AddMetrics().BuildServiceProvider();
        var metrics = new PolicyTrackerMetrics(meters.GetRequiredService<IMeterFactory>());
        foreach (var run in new[] { "first (every page whole)", "next day (304 where unchanged)" })
        {
            site.MostInFlight.Clear();
            GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
            var peak = new PeakMemory();
            var watch = Stopwatch.StartNew();
            await using (var db = database.CreateContext())
            {
                var watcher = new LinkWatch(db, new SourceFetcher(client, fetching, clock), options, clock, NoPublicContentCache.Instance, metrics, NullLogger<LinkWatch>.Instance);
                _ = await watcher.RunDueAsync(CancellationToken.None) ?? throw new InvalidOperationException("No run was due.");
            }

            watch.Stop();
            var (workingSet, heap) = await peak.StopAsync();
            await using var counts = database.CreateContext();
            var found = await counts.SourceLinks.GroupBy(l => l.Status).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);
            Console.WriteLine(
                $"| {run} | {watch.Elapsed.TotalSeconds:F1} s | {size / watch.Elapsed.TotalSeconds:F0} | {site.MostInFlight.Values.DefaultIfEmpty(0).Max()} | " +
                $"{workingSet / 1_048_576} MB | {heap / 1_048_576} MB | {found.GetValueOrDefault(LinkStatus.Gone)} | {found.GetValueOrDefault(LinkStatus.Moved)} | {found.GetValueOrDefault(LinkStatus.Works)} |");
            clock.Now += options.Every;
        }

        Console.WriteLine();
        Console.WriteLine($"At the production pace (2 requests a host at a time, 1 s pause after each) one host's {size / Hosts:N0} addresses take at least {size / Hosts / 2.0 / 60:F1} min, whatever the server.");
        await StorageAsync();
    }

    /// <summary>What one archived copy takes in the database: its text plus its raw bytes, Brotli-compressed.</summary>
    private static async Task StorageAsync()
    {
        Console.WriteLine();
        Console.WriteLine("| archived copy | raw | raw compressed | readable text | stored (text + compressed raw) |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        var page = Encoding.UTF8.GetBytes(CountingSite.Article(1));
        var readable = ReadablePage.From(new FetchedPage("http://example.org/", "http://example.org/", 200, "text/html", "utf-8", page, DateTime.UtcNow));
        Row("the benchmark's article page (HTML)", SourceCopy.Of(Guid.Empty, CopyOrigin.Fetched, page, readable.Text, DateTime.UtcNow, "bench"), page.Length);
        if (SuppliedSourceTexts.FindFolder() is { } folder)
        {
            foreach (var file in Directory.GetFiles(folder, "*.txt").Order())
            {
                var text = await File.ReadAllTextAsync(file);
                var raw = Encoding.UTF8.GetBytes(text);
                Row($"supplied text {Path.GetFileNameWithoutExtension(file)}", SourceCopy.Of(Guid.Empty, CopyOrigin.SuppliedText, raw, text, DateTime.UtcNow, "bench"), raw.Length);
            }
        }

        static void Row(string what, SourceCopy copy, int raw)
        {
            var text = Encoding.UTF8.GetByteCount(copy.Text);
            Console.WriteLine($"| {what} | {raw / 1024.0:F1} KB | {copy.CompressedRaw.Length / 1024.0:F1} KB | {text / 1024.0:F1} KB | {(text + copy.CompressedRaw.Length) / 1024.0:F1} KB |");
        }
    }

    private static async Task FillAsync(TestDatabase database, int port, int size)
    {
        const int batch = 1000;
        for (var start = 0; start < size; start += batch)
        {
            await using var db = database.CreateContext("bench");
            db.Sources.AddRange(Enumerable.Range(start, Math.Min(batch, size - start)).Select(n => new Source
            {
                Slug = $"bench-source-{n}", Title = $"Benchmark source {n}", Url = $"http://127.0.0.{1 + n % Hosts}:{port}/story/{n}",
                ReliabilityReason = "Generated.", State = PublicationState.Published,
            }));
            await db.SaveChangesAsync();
        }
    }

    /// <summary>One website answering on ten loopback addresses, counting the requests each host has in flight.</summary>
    private sealed class CountingSite
    {
        private readonly ConcurrentDictionary<string, int> inFlight = new();

        public ConcurrentDictionary<string, int> MostInFlight { get; } = new();

        public int Port { get; } = LoopbackPort.Free();

        public async Task<WebApplication> StartAsync()
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.Logging.ClearProviders();
            builder.WebHost.UseUrls([.. Enumerable.Range(1, Hosts).Select(h => $"http://127.0.0.{h}:{Port}")]);
            var app = builder.Build();
            app.MapGet("/story/{n:int}", async (HttpContext context, int n) =>
            {
                var host = context.Request.Host.Host;
                var now = inFlight.AddOrUpdate(host, 1, (_, count) => count + 1);
                MostInFlight.AddOrUpdate(host, now, (_, most) => Math.Max(most, now));
                try
                {
                    await Task.Delay(5); // a little of a real server's time
                    await AnswerAsync(context, n);
                }
                finally
                {
                    inFlight.AddOrUpdate(host, 0, (_, count) => count - 1);
                }
            });
            app.MapGet("/elsewhere/{n:int}", (HttpContext context, int n) => AnswerAsync(context, n + 2));
            await app.StartAsync();
            return app;
        }

        private static async Task AnswerAsync(HttpContext context, int n)
        {
            switch (n % 50)
            {
                case 0:
                    context.Response.StatusCode = StatusCodes.Status404NotFound;
                    return;
                case 1:
                    context.Response.Redirect($"/elsewhere/{n}", permanent: true);
                    return;
            }

            var tag = $"\"v{n}\"";
            if (context.Request.Headers.IfNoneMatch == tag)
            {
                context.Response.StatusCode = StatusCodes.Status304NotModified;
                return;
            }

            context.Response.Headers.ETag = tag;
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.WriteAsync(Article(n));
        }

        /// <summary>A news page of about 20 KB: menus and a footer round an article of eight paragraphs.</summary>
        public static string Article(int n)
        {
            var menu = string.Concat(Enumerable.Range(1, 60).Select(i => $"<li><a href=\"/section/{i}\">Section {i}</a></li>"));
            var paragraphs = string.Concat(Enumerable.Range(1, 8).Select(i =>
                $"<p>Paragraph {i} of story {n}: officials met to discuss the partnership's workstreams on co-production, supply chains, " +
                "sustainment and repair, and the policies that stand in the way of closer work between the members' defence industries. " +
                "A spokesperson said more would be announced after the next meeting, and declined to give a date for it.</p>"));
            return $"""
                <!doctype html><html><head><title>Story {n} | Example News</title>
                <meta property="og:site_name" content="Example News"><script>window.analytics = "story-{n}";</script></head>
                <body><nav><ul>{menu}</ul></nav><article><h1>Story {n}</h1>{paragraphs}</article>
                <footer><ul>{menu}</ul><p>Copyright Example News. Subscribe for more stories like this one.</p></footer></body></html>
                """;
        }
    }
}
