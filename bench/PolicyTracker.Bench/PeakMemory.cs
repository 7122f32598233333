using System.Diagnostics;

namespace PolicyTracker.Bench;

/// <summary>Samples the process's working set and managed heap every 20 ms until stopped.</summary>
public sealed class PeakMemory
{
    private readonly CancellationTokenSource stop = new();
    private readonly Task<(long, long)> sampling;

    public PeakMemory() => sampling = Task.Run(async () =>
    {
        var (workingSet, heap) = (0L, 0L);
        while (!stop.IsCancellationRequested)
        {
            using var process = Process.GetCurrentProcess();
            (workingSet, heap) = (Math.Max(workingSet, process.WorkingSet64), Math.Max(heap, GC.GetTotalMemory(forceFullCollection: false)));
            await Task.Delay(20);
        }

        return (workingSet, heap);
    });

    public async Task<(long WorkingSet, long Heap)> StopAsync()
    {
        await stop.CancelAsync();
        return await sampling;
    }
}
