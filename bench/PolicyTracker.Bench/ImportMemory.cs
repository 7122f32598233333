using System.Diagnostics;
using System.Text.Json;
using PolicyTracker.Core.Data;
using PolicyTracker.Core.Dataset;
using PolicyTracker.Tests.Infrastructure;

namespace PolicyTracker.Bench;

/// <summary>
/// Memory an editor's dataset import takes: the sample data and N generated records are exported to a file, as the
/// workspace's export writes it, then imported into an empty database while the process's working set and managed
/// heap are sampled every 20 ms.
/// </summary>
public static class ImportMemory
{
    public static async Task RunAsync(int size)
    {
        var file = Path.Combine(Path.GetTempPath(), $"policytracker-import-{Guid.NewGuid():N}.json");
        await using (var origin = await TestDatabase.WithSampleDataAsync(DatabaseProvider.Postgres, "import-origin"))
        {
            await RecordGenerator.FillAsync(() => origin.CreateContext("bench"), size);
            await using var db = origin.CreateContext();
            await using var output = File.Create(file);
            await new DatasetExporter(db, TestActor.Editor()).WriteAsync(output);
        }

        var megabytes = new FileInfo(file).Length / 1_048_576.0;
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
}
