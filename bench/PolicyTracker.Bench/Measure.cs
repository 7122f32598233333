using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace PolicyTracker.Bench;

public sealed record Latency(string What, int Samples, double MedianMs, double P95Ms);

/// <summary>A whole-file download, timed, with its size and the managed heap's peak above where it started.</summary>
public sealed record Download(string What, int Samples, double MedianMs, long Bytes, long PeakHeapGrowth);

/// <summary>One wrk run: its rate, its 99th-percentile latency, answers other than 2xx/3xx, and socket errors.</summary>
public sealed record WrkResult(double RequestsPerSecond, double P99Ms, int NotOk, int SocketErrors);

public static partial class Measure
{
    /// <summary>
    /// Times <paramref name="samples"/> GETs that the output cache neither answers nor stores: each carries an
    /// <c>Authorization</c> header, as a signed-in reader's request would (the cache key ignores made-up query
    /// parameters, so a fresh <c>?bench=N</c> no longer misses the cache).
    /// </summary>
    public static async Task<Latency> UncachedAsync(HttpClient client, string what, Func<int, string> path, int samples)
    {
        // Warm-up: enough calls for the runtime to compile the path's hot code fully before anything is timed.
        for (var i = 0; i < 50; i++)
        {
            using var warmUp = await GetUncachedAsync(client, path(-i - 1));
            warmUp.EnsureSuccessStatusCode();
        }

        var timings = new List<double>(samples);
        for (var i = 0; i < samples; i++)
        {
            var url = path(i);
            var watch = Stopwatch.StartNew();
            using var response = await GetUncachedAsync(client, url);
            await response.Content.ReadAsByteArrayAsync();
            watch.Stop();
            response.EnsureSuccessStatusCode();
            timings.Add(watch.Elapsed.TotalMilliseconds);
        }

        timings.Sort();
        var latency = new Latency(what, samples, Percentile(timings, 0.5), Percentile(timings, 0.95));
        // Said at once as well as in the run's table, so a run stopped later (a million records' CSV takes long) keeps it.
        Console.Error.WriteLine($"measured: {latency.What}: median {latency.MedianMs:F1} ms, p95 {latency.P95Ms:F1} ms");
        return latency;
    }

    /// <summary>
    /// Downloads <paramref name="path"/> whole, uncached, <paramref name="samples"/> times after one unmeasured
    /// download, read as a stream; the app runs in this process, so the heap sampled is the server's as it writes.
    /// </summary>
    public static async Task<Download> DownloadAsync(HttpClient client, string what, string path, int samples)
    {
        await ReadAllAsync();
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        var heapBefore = GC.GetTotalMemory(forceFullCollection: false);
        var peak = new PeakMemory();
        var timings = new List<double>(samples);
        long bytes = 0;
        for (var i = 0; i < samples; i++)
        {
            var watch = Stopwatch.StartNew();
            bytes = await ReadAllAsync();
            timings.Add(watch.Elapsed.TotalMilliseconds);
        }

        var (_, peakHeap) = await peak.StopAsync();
        timings.Sort();
        return new Download(what, samples, Percentile(timings, 0.5), bytes, Math.Max(0, peakHeap - heapBefore));

        async Task<long> ReadAllAsync()
        {
            using var response = await client.SendAsync(Uncached(path), HttpCompletionOption.ResponseHeadersRead);
            response.EnsureSuccessStatusCode();
            await using var body = await response.Content.ReadAsStreamAsync();
            var buffer = new byte[81920];
            long total = 0;
            for (var read = await body.ReadAsync(buffer); read > 0; read = await body.ReadAsync(buffer))
            {
                total += read;
            }

            return total;
        }
    }

    private static Task<HttpResponseMessage> GetUncachedAsync(HttpClient client, string url) => client.SendAsync(Uncached(url));

    private static HttpRequestMessage Uncached(string url)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bench", "uncached");
        return request;
    }

    /// <summary>Requests per second from wrk against <paramref name="url"/>, on loopback, for a bounded time.</summary>
    public static double Wrk(string url, int seconds, int connections) => WrkRun(url, seconds, connections).RequestsPerSecond;

    /// <summary>
    /// wrk against <paramref name="baseUrl"/> for a bounded time, with no cookies; with <paramref name="paths"/>,
    /// each connection asks for them in turn, accepting brotli as a browser does.
    /// </summary>
    public static WrkResult WrkRun(string baseUrl, int seconds, int connections, IReadOnlyList<string>? paths = null)
    {
        string? script = null;
        if (paths is not null)
        {
            script = Path.GetTempFileName();
            var quoted = string.Join(", ", paths.Select(path => '"' + path + '"'));
            File.WriteAllText(script, $$"""
                local paths = { {{quoted}} }
                local i = 0
                request = function()
                  i = i + 1
                  return wrk.format("GET", paths[(i % #paths) + 1], { ["Accept-Encoding"] = "br" })
                end
                """);
        }

        var arguments = $"-t2 -c{connections} -d{seconds}s --latency {(script is null ? "" : $"-s {script} ")}{baseUrl}";
        var start = new ProcessStartInfo("wrk", arguments) { RedirectStandardOutput = true };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("wrk did not start; install it with `apt-get install wrk`.");
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (script is not null)
        {
            File.Delete(script);
        }

        var match = RequestsPerSecond().Match(output);
        if (!match.Success)
        {
            throw new InvalidOperationException("wrk reported no rate:\n" + output);
        }

        var failed = NotOk().Match(output) is { Success: true } notOk ? int.Parse(notOk.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
        if (paths is null && failed > 0)
        {
            throw new InvalidOperationException("wrk reported errors:\n" + output);
        }

        var p99 = P99().Match(output);
        return new WrkResult(
            double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture),
            p99.Success ? Milliseconds(p99.Groups[1].Value, p99.Groups[2].Value) : double.NaN,
            failed,
            SocketErrors().Matches(output).Sum(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)));
    }

    private static double Milliseconds(string value, string unit) =>
        double.Parse(value, CultureInfo.InvariantCulture) * unit switch { "us" => 0.001, "ms" => 1, "s" => 1000, _ => 60_000 };

    private static double Percentile(List<double> sorted, double p) => sorted[(int)Math.Min(sorted.Count - 1, Math.Ceiling(p * sorted.Count) - 1)];

    [GeneratedRegex(@"Requests/sec:\s+([0-9.]+)")]
    private static partial Regex RequestsPerSecond();

    [GeneratedRegex(@"Non-2xx or 3xx responses:\s+([0-9]+)")]
    private static partial Regex NotOk();

    [GeneratedRegex(@"^\s+99%\s+([0-9.]+)(us|ms|s|m)\s*$", RegexOptions.Multiline)]
    private static partial Regex P99();

    [GeneratedRegex(@"(?:connect|read|write|timeout) ([0-9]+)")]
    private static partial Regex SocketErrors();
}
