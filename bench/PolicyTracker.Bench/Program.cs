using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using PolicyTracker.Bench;
using PolicyTracker.Core.Data;
using PolicyTracker.Core.Timeline;
using PolicyTracker.Tests.Infrastructure;

// Usage (see docs/performance.md): PolicyTracker.Bench [sizes, default 10000,100000] [samples, default 200] [wrk seconds, default 10]
//                                  PolicyTracker.Bench circuits [open circuits, default 50]
//                                  PolicyTracker.Bench spike [generated records, default 10000] [wrk seconds, default 10]
//                                  PolicyTracker.Bench visits <address of a running instance>
//                                  PolicyTracker.Bench import [generated records, default 20000]
//                                  PolicyTracker.Bench linkwatch [sources, default 10000]
if (args.ElementAtOrDefault(0) == "circuits")
{
    Console.WriteLine($"# PolicyTracker circuit memory, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, .NET {Environment.Version}");
    await CircuitMemory.RunAsync(int.Parse(args.ElementAtOrDefault(1) ?? "50", CultureInfo.InvariantCulture));
    return;
}

if (args.ElementAtOrDefault(0) == "visits")
{
    Console.WriteLine($"# PolicyTracker home page visits, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {args[1]}");
    await HomeVisits.RunAsync(args[1]);
    return;
}

if (args.ElementAtOrDefault(0) == "import")
{
    Console.WriteLine($"# PolicyTracker dataset import, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, .NET {Environment.Version}");
    await ImportMemory.RunAsync(int.Parse(args.ElementAtOrDefault(1) ?? "20000", CultureInfo.InvariantCulture));
    return;
}

if (args.ElementAtOrDefault(0) == "linkwatch")
{
    Console.WriteLine($"# PolicyTracker link watch, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, .NET {Environment.Version}");
    await LinkWatchBench.RunAsync(int.Parse(args.ElementAtOrDefault(1) ?? "10000", CultureInfo.InvariantCulture));
    return;
}

if (args.ElementAtOrDefault(0) == "spike")
{
    Console.WriteLine($"# PolicyTracker news spike, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, .NET {Environment.Version}");
    await NewsSpike.RunAsync(
        int.Parse(args.ElementAtOrDefault(1) ?? "10000", CultureInfo.InvariantCulture),
        int.Parse(args.ElementAtOrDefault(2) ?? "10", CultureInfo.InvariantCulture));
    return;
}

var sizes = (args.ElementAtOrDefault(0) ?? "10000,100000").Split(',').Select(int.Parse).ToArray();
var samples = int.Parse(args.ElementAtOrDefault(1) ?? "200", CultureInfo.InvariantCulture);
var wrkSeconds = int.Parse(args.ElementAtOrDefault(2) ?? "10", CultureInfo.InvariantCulture);

Console.WriteLine($"# PolicyTracker benchmark, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, .NET {Environment.Version}");
foreach (var size in sizes)
{
    await RunAsync(size);
}

async Task RunAsync(int size)
{
    // Kept, a size's database is generated on the first run and measured again by later ones (a million records
    // take a quarter of an hour to generate); it lives on the server POLICYTRACKER_TEST_POSTGRES names.
    var keep = Environment.GetEnvironmentVariable("POLICYTRACKER_BENCH_KEEP") == "1";
    var (database, generate) = keep
        ? await TestDatabase.KeptAsync($"pt_bench_kept_{size}")
        : (await TestDatabase.CreateAsync(DatabaseProvider.Postgres, "bench"), true);
    await using var _ = database;
    await database.MigrateAsync();
    var staticFolder = Directory.CreateTempSubdirectory("policytracker-bench-static-");
    var settings = new Dictionary<string, string?>
    {
        ["Serilog:MinimumLevel:Default"] = "Warning",
        ["Serilog:MinimumLevel:Override:Microsoft.AspNetCore"] = "Warning",
    };
    // The static file is served by the same app, by the static-file middleware at the front of its pipeline:
    // the cheapest path the app has, so the ratio below is a conservative one.
    await using var app = new PolicyTrackerApp(database, settings, builder => builder.ConfigureServices(services =>
        services.AddTransient<IStartupFilter>(_ => new StaticFolderFilter(staticFolder.FullName))));
    app.UseKestrel(0);
    app.StartServer(); // migrates and loads the sample data

    var fill = Stopwatch.StartNew();
    var slugs = generate
        ? await RecordGenerator.FillAsync(() => database.CreateContext("bench"), size)
        : await RecordGenerator.GeneratedSlugsAsync(database.CreateContext("bench"));
    fill.Stop();
    if (generate)
    {
        await using var db = database.CreateContext();
        await Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.ExecuteSqlRawAsync(db.Database, "VACUUM ANALYZE");
    }

    var baseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
    using var client = new HttpClient { BaseAddress = new Uri(baseUrl) };
    var random = new Random(7);
    string RandomRecord(int _)
    {
        var slug = slugs[random.Next(slugs.Count)];
        var kind = slug.Split('-')[1];
        return $"/{kind}s/{slug}";
    }

    var sitemap = System.Xml.Linq.XDocument.Parse(await client.GetStringAsync("/sitemap.xml"));
    var lastSitemapPart = sitemap.Root!.Name.LocalName == "sitemapindex" ? new Uri(sitemap.Root.Elements().Last().Elements().First().Value).AbsolutePath : "/sitemap.xml";
    var latencies = new List<Latency>
    {
        await Measure.UncachedAsync(client, "Record detail page (uncached)", RandomRecord, samples),
        await Measure.UncachedAsync(client, "Agreement detail page, PIPIR (uncached)", _ => "/agreements/pipir", samples),
        await Measure.UncachedAsync(client, "Timeline, first page (uncached)", _ => "/timeline", samples),
        await Measure.UncachedAsync(client, "Timeline, a page after a random record, as the pager links it (uncached)", _ => $"/timeline?page=2&after={slugs[random.Next(slugs.Count)]}", samples),
        await Measure.UncachedAsync(client, $"Timeline, page {TimelineFilter.MaxPage:N0} by its number alone (uncached)", _ => $"/timeline?page={TimelineFilter.MaxPage}", Math.Min(samples, 20)),
        await Measure.UncachedAsync(client, "Timeline API, first page (uncached)", _ => "/api/records", samples),
        await Measure.UncachedAsync(client, "Agreement API, PIPIR (uncached)", _ => "/api/agreements/pipir", samples),
        await Measure.UncachedAsync(client, "Timeline, filtered by agreement and years (uncached)", _ => "/timeline?agreement=pipir&from=2000&to=2010", samples),
        await Measure.UncachedAsync(client, "Search API, common words \"supply chain resilience\"", _ => "/api/search?q=supply+chain+resilience", samples),
        await Measure.UncachedAsync(client, "Search API, rare word \"kauri\"", _ => "/api/search?q=kauri", samples),
        await Measure.UncachedAsync(client, "Search page, \"hypersonic missiles\"", _ => "/search?q=hypersonic+missiles", samples),
        await Measure.UncachedAsync(client, "Sitemap (an index past 40,000 addresses)", _ => "/sitemap.xml", samples),
        await Measure.UncachedAsync(client, "Sitemap, its last part", _ => lastSitemapPart, samples),
    };
    var downloads = new List<Download>
    {
        await Measure.DownloadAsync(client, "`/timeline.csv`, every published record", "/timeline.csv", 2),
    };

    // Cached page against a static file of the same bytes, side by side in one run.
    var cachedPath = "/agreements/pipir";
    var page = await client.GetByteArrayAsync(cachedPath);
    await File.WriteAllBytesAsync(Path.Combine(staticFolder.FullName, "same-size.html"), page);
    Measure.Wrk(baseUrl + cachedPath, wrkSeconds, 32); // warm-up, as the first run under load is the runtime's
    Measure.Wrk(baseUrl + "/same-size.html", wrkSeconds, 32);
    var cached = Measure.Wrk(baseUrl + cachedPath, wrkSeconds, 32);
    var staticFile = Measure.Wrk(baseUrl + "/same-size.html", wrkSeconds, 32);
    staticFolder.Delete(recursive: true);

    Console.WriteLine();
    Console.WriteLine(generate
        ? $"## {size:N0} generated records (plus the sample data); generated in {fill.Elapsed.TotalSeconds:F0} s"
        : $"## {slugs.Count:N0} generated records (plus the sample data), generated by an earlier run");
    Console.WriteLine();
    Console.WriteLine("| measurement | samples | median ms | p95 ms |");
    Console.WriteLine("|---|---:|---:|---:|");
    foreach (var latency in latencies)
    {
        Console.WriteLine($"| {latency.What} | {latency.Samples} | {latency.MedianMs:F1} | {latency.P95Ms:F1} |");
    }

    Console.WriteLine();
    Console.WriteLine("| download | samples | median s | size | server heap growth at peak |");
    Console.WriteLine("|---|---:|---:|---:|---:|");
    foreach (var download in downloads)
    {
        Console.WriteLine($"| {download.What} | {download.Samples} | {download.MedianMs / 1000:F1} | {download.Bytes / 1_048_576.0:F0} MB | {download.PeakHeapGrowth / 1_048_576.0:F0} MB |");
    }

    Console.WriteLine();
    Console.WriteLine($"| wrk, {wrkSeconds} s, 32 connections | requests/s |");
    Console.WriteLine("|---|---:|");
    Console.WriteLine($"| cached `{cachedPath}` ({page.Length:N0} bytes) | {cached:F0} |");
    Console.WriteLine($"| static file, same bytes | {staticFile:F0} |");
    Console.WriteLine($"| **ratio cached / static** | **{cached / staticFile:F2}** |");
}

/// <summary>Serves one folder of files at the front of the app's pipeline.</summary>
internal sealed class StaticFolderFilter(string folder) : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(folder) });
        next(app);
    };
}
