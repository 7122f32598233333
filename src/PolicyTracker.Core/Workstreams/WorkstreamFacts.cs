using PolicyTracker.Core.Common;
using PolicyTracker.Core.Records;

namespace PolicyTracker.Core.Workstreams;

/// <summary>A workstream's agreement (left out while that agreement is unpublished) and New Zealand's stance on it.</summary>
public sealed record WorkstreamFacts(LinkView? Agreement, NzStance NzStance) : RecordFacts
{
    internal static IQueryable<RecordFacts> Project(IQueryable<TrackedRecord> records) => records.OfType<Workstream>()
        .Select(w => new WorkstreamFacts(
            w.Agreement.State == PublicationState.Published ? new LinkView(w.Agreement.Slug, w.Agreement.Title) : null,
            w.NzStance));
}
