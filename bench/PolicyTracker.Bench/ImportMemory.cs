using System.Diagnostics;
using System.Text.Json;
using PolicyTracker.Core.Data;
using PolicyTracker.Core.Dataset;
using PolicyTracker.Tests.Infrastructure;

namespace PolicyTracker.Bench;

/// <summary>
/// Memory an analyst's dataset export and an editor's import take: the sample data and N generated records are
/// exported to a file, as the workspace's export writes it, then imported into an empty database, while the
/// process's working set and managed heap are sampled every 20 ms. With POLICYTRACKER_BENCH_KEEP=1 the records are
/// those of the main mode's kept database of that size.
/// </summary>
public static class ImportMemory
{
    public static async Task RunAsync(int size)
    {
        var file = Path.Combine(Path.GetTempPath(), $"policytracker-import-{Guid.NewGuid():N}.json");
        var kept = Environment.GetEnvironmentVariable("POLICYTRACKER_BENCH_KEEP") == "1";
        var (origin, generate) = kept
            ? await TestDatabase.KeptAsync($"pt_bench_kept_{size}")
            : (await TestDatabase.WithSampleDataAsync(DatabaseProvider.Postgres, "import-origin"), true);
        (TimeSpan Took, long WorkingSet, long Heap) export;
        await using (origin)
        {
            if (generate && kept)
            {
                throw new InvalidOperationException($"No kept database of {size:N0} records: run the main mode with POLICYTRACKER_BENCH_KEEP=1 and that size first.");
            }

            if (generate)
            {
                await RecordGenerator.FillAsync(() => origin.CreateContext("bench"), size);
            }

            export = await PeakAsync(async () =>
            {
                await using var db = origin.CreateContext();
                await using var output = File.Create(file);
                await new DatasetExporter(db, TestActor.Editor()).WriteAsync(output);
            });
        }

        var megabytes = new FileInfo(file).Length / 1_048_576.0;
        Console.WriteLine();
        Console.WriteLine($"## Export of {size:N0} generated records and the sample data: {megabytes:F1} MB in {export.Took.TotalSeconds:F1} s, peak working set {export.WorkingSet / 1_048_576} MB, peak managed heap {export.Heap / 1_048_576} MB");
        await using var target = await (await TestDatabase.CreateAsync(DatabaseProvider.Postgres, "import-target")).MigrateAsync();
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        var before = (WorkingSet: Process.GetCurrentProcess().WorkingSet64, Heap: GC.GetTotalMemory(forceFullCollection: false));
        var sampling = new PeakMemory();
        var watch = Stopwatch.StartNew();
        ImportSummary summary;
        await using (var db = target.CreateContext(TestActor.Editor()))
        await using (var input = File.OpenRead(file))
        {
            summary = await new DatasetImporter(db, TestActor.Editor(), TimeProvider.System, new Core.Editing.EditingRules { RequireSecondApprover = false }).ImportAsync(input);
        }

        watch.Stop();
        var peak = await sampling.StopAsync();
        File.Delete(file);

        Console.WriteLine();
        Console.WriteLine($"## Import of a {megabytes:F1} MB dataset ({summary.Records:N0} records, {summary.Sources:N0} sources) into an empty database");
        Console.WriteLine();
        Console.WriteLine("| took | working set before | peak working set | managed heap before | peak managed heap |");
        Console.WriteLine("|---:|---:|---:|---:|---:|");
        Console.WriteLine($"| {watch.Elapsed.TotalSeconds:F1} s | {before.WorkingSet / 1_048_576} MB | {Math.Max(peak.WorkingSet, before.WorkingSet) / 1_048_576} MB | {before.Heap / 1_048_576} MB | {Math.Max(peak.Heap, before.Heap) / 1_048_576} MB |");
    }

    private static async Task<(TimeSpan Took, long WorkingSet, long Heap)> PeakAsync(Func<Task> work)
    {
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        var sampling = new PeakMemory();
        var watch = Stopwatch.StartNew();
        await work();
        watch.Stop();
        var (workingSet, heap) = await sampling.StopAsync();
        return (watch.Elapsed, workingSet, heap);
    }
}
