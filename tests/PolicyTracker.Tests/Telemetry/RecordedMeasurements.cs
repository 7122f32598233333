using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace PolicyTracker.Tests.Telemetry;

/// <summary>
/// What one instrument records while this listens, summed by the value of one of its tags. Only the instrument made
/// by <paramref name="meters"/> (one app's meter factory) is heard, not those of other apps in the test process.
/// </summary>
public sealed class RecordedMeasurements : IDisposable
{
    private readonly MeterListener listener = new();
    private readonly ConcurrentDictionary<string, long> totals = new();
    private readonly string? tag;

    public RecordedMeasurements(IMeterFactory meters, string instrument, string? tag = null)
    {
        this.tag = tag;
        listener.InstrumentPublished = (published, me) =>
        {
            if (published.Meter.Scope == meters && published.Name == instrument)
            {
                me.EnableMeasurementEvents(published);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, value, tags, _) => Record(value, tags));
        listener.SetMeasurementEventCallback<int>((_, value, tags, _) => Record(value, tags));
        listener.Start();
    }

    /// <summary>The sum of the measurements by the tag's value ("" for measurements without it).</summary>
    public IReadOnlyDictionary<string, long> Totals => new SortedDictionary<string, long>(totals, StringComparer.Ordinal);

    /// <summary>What an observable instrument reports when asked now; null before it exists.</summary>
    public long? Observe()
    {
        totals.Clear();
        listener.RecordObservableInstruments();
        return totals.IsEmpty ? null : Assert.Single(totals).Value;
    }

    public void Dispose() => listener.Dispose();

    private void Record(long value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var key = "";
        foreach (var (name, tagValue) in tags)
        {
            if (name == tag)
            {
                key = tagValue?.ToString() ?? "";
            }
        }

        totals.AddOrUpdate(key, value, (_, sum) => sum + value);
    }
}
