using PolicyTracker.Core.Common;
using PolicyTracker.Core.Records;

namespace PolicyTracker.Core.Workstreams;

/// <summary>A workstream's own fields: the agreement it belongs to and New Zealand's stance.</summary>
public sealed class WorkstreamFields : RecordFields<Workstream>
{
    public Guid? ParentAgreementId { get; set; }

    public NzStance NzStance { get; set; } = NzStance.Unknown;

    protected override void Read(Workstream workstream)
    {
        ParentAgreementId = workstream.AgreementId == Guid.Empty ? workstream.Agreement?.Id : workstream.AgreementId;
        NzStance = workstream.NzStance;
    }

    protected override void Apply(Workstream workstream) => workstream.NzStance = NzStance;

    protected override void ApplyLinks(Workstream workstream, RecordWriter.Parts parts) => workstream.AgreementId = ParentAgreementId!.Value;

    internal override void Check(ValidationProblems problems)
    {
        if (ParentAgreementId is null)
        {
            problems.Add("Agreement", "A workstream belongs to an agreement: choose one.");
        }
    }

    internal override IEnumerable<LinkReference> References =>
        ParentAgreementId is { } id ? [new LinkReference(LinkTarget.Agreement, id, "Agreement")] : [];
}
