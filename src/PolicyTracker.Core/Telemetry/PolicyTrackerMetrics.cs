using System.Diagnostics.Metrics;
using PolicyTracker.Core.Sources.Watching;

namespace PolicyTracker.Core.Telemetry;

/// <summary>
/// The app's own instruments, all on one meter. Their names are written into operators' dashboards and alerts, so
/// they are kept here, together, where a rename is seen for what it is; docs/operations.md lists them. The meter comes
/// from the app's <see cref="IMeterFactory"/>, not a static one, so that several apps in one process (the tests)
/// each count their own. Counting costs next to nothing while nothing listens (no OTLP endpoint).
/// </summary>
public sealed class PolicyTrackerMetrics
{
    public const string MeterName = "PolicyTracker";

    /// <summary>Public requests the output cache answered (<c>result</c> hit) or sent on to be rendered (miss).</summary>
    public const string OutputCacheRequests = "policytracker.output_cache.requests";

    /// <summary>1 while this instance is connected to the shared cache's Redis, else 0; only when Redis is configured.</summary>
    public const string SharedCacheConnected = "policytracker.shared_cache.connected";

    /// <summary>The link watch's checks by <c>outcome</c>: the status the check left the address with, or no_answer.</summary>
    public const string LinkWatchChecks = "policytracker.link_watch.checks";

    public const string NoAnswer = "no_answer";

    private readonly Meter meter;
    private readonly Counter<long> outputCacheRequests;
    private readonly Counter<long> linkWatchChecks;

    public PolicyTrackerMetrics(IMeterFactory meters)
    {
        meter = meters.Create(MeterName);
        outputCacheRequests = meter.CreateCounter<long>(OutputCacheRequests, "{request}");
        linkWatchChecks = meter.CreateCounter<long>(LinkWatchChecks, "{check}");
    }

    public void CountOutputCacheRequest(bool hit) =>
        outputCacheRequests.Add(1, new KeyValuePair<string, object?>("result", hit ? "hit" : "miss"));

    /// <param name="outcome">The address's status after the check; null for a check that got no answer.</param>
    public void CountLinkWatchChecks(LinkStatus? outcome, int checks = 1) =>
        linkWatchChecks.Add(checks, new KeyValuePair<string, object?>("outcome", outcome?.ToString().ToLowerInvariant() ?? NoAnswer));

    /// <summary>Reports <paramref name="isConnected"/> whenever a collector reads the meter.</summary>
    public void ObserveSharedCache(Func<bool> isConnected) =>
        meter.CreateObservableGauge(SharedCacheConnected, () => isConnected() ? 1 : 0);
}
