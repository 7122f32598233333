using PolicyTracker.Core.Agreements;
using PolicyTracker.Core.Records;

namespace PolicyTracker.Core.Workstreams;

public enum NzStance
{
    Priority,
    Open,
    NotEngaged,
    Unknown,
}

/// <summary>A strand of work inside an agreement (PIPIR has four) and where New Zealand stands on it.</summary>
public class Workstream : TrackedRecord
{
    public Workstream() => Kind = RecordKind.Workstream;

    public static readonly RecordKindInfo KindInfo = new(RecordKind.Workstream, typeof(Workstream), "workstreams", "Workstream", "Workstreams", "CreativeWork", () => new Workstream(), () => new WorkstreamFields(), WorkstreamFacts.Project);

    public Guid AgreementId { get; set; }

    public Agreement Agreement { get; set; } = null!;

    public NzStance NzStance { get; set; } = NzStance.Unknown;
}
