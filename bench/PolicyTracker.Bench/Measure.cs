using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace PolicyTracker.Bench;

public sealed record Latency(string What, int Samples, double MedianMs, double P95Ms);

public static partial class Measure
{
    /// <summary>Times <paramref name="samples"/> GETs, each with a fresh query value so the output cache never answers.</summary>
    public static async Task<Latency> UncachedAsync(HttpClient client, string what, Func<int, string> path, int samples)
    {
        for (var i = 0; i < 10; i++)
        {
            (await client.GetAsync(Bust(path(-i - 1), -i - 1))).EnsureSuccessStatusCode(); // warm-up
        }

        var timings = new List<double>(samples);
        for (var i = 0; i < samples; i++)
        {
            var url = Bust(path(i), i);
            var watch = Stopwatch.StartNew();
            using var response = await client.GetAsync(url);
            await response.Content.ReadAsByteArrayAsync();
            watch.Stop();
            response.EnsureSuccessStatusCode();
            timings.Add(watch.Elapsed.TotalMilliseconds);
        }

        timings.Sort();
        return new Latency(what, samples, Percentile(timings, 0.5), Percentile(timings, 0.95));
    }

    /// <summary>Requests per second from wrk against <paramref name="url"/>, on loopback, for a bounded time.</summary>
    public static double Wrk(string url, int seconds, int connections)
    {
        var start = new ProcessStartInfo("wrk", $"-t2 -c{connections} -d{seconds}s --latency {url}") { RedirectStandardOutput = true };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("wrk did not start; install it with `apt-get install wrk`.");
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var match = RequestsPerSecond().Match(output);
        if (!match.Success || output.Contains("Non-2xx"))
        {
            throw new InvalidOperationException("wrk reported errors:\n" + output);
        }

        return double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
    }

    private static string Bust(string path, int i) => path + (path.Contains('?') ? '&' : '?') + "bench=" + i;

    private static double Percentile(List<double> sorted, double p) => sorted[(int)Math.Min(sorted.Count - 1, Math.Ceiling(p * sorted.Count) - 1)];

    [GeneratedRegex(@"Requests/sec:\s+([0-9.]+)")]
    private static partial Regex RequestsPerSecond();
}
