using PolicyTracker.Core.Common;
using PolicyTracker.Core.Records;

namespace PolicyTracker.Core.OiaReleases;

/// <summary>An OIA release's own fields: who asked whom, when, and what was withheld on what grounds.</summary>
public sealed class OiaReleaseFields : RecordFields<OiaRelease>
{
    public string? Requester { get; set; }

    public Guid? AgencyId { get; set; }

    public FuzzyDate RequestedOn { get; set; } = FuzzyDate.Unknown;

    public string? Withheld { get; set; }

    public string? WithholdingGrounds { get; set; }

    /// <summary>The records the release brought to light.</summary>
    public List<Guid> RevealedIds { get; set; } = [];

    protected override void Read(OiaRelease release)
    {
        Requester = release.Requester;
        AgencyId = release.AgencyId ?? release.Agency?.Id;
        RequestedOn = release.RequestedOn;
        Withheld = release.Withheld;
        WithholdingGrounds = release.WithholdingGrounds;
        RevealedIds = release.Revealed.Select(r => r.Id).Order().ToList();
    }

    protected override void Apply(OiaRelease release)
    {
        release.Requester = TextInput.OrNull(Requester);
        release.AgencyId = AgencyId;
        release.RequestedOn = RequestedOn;
        release.Withheld = TextInput.OrNull(Withheld);
        release.WithholdingGrounds = TextInput.OrNull(WithholdingGrounds);
    }

    protected override void ApplyLinks(OiaRelease release, RecordWriter.Parts parts) => parts.Link(release.Revealed, RevealedIds);

    internal override IEnumerable<LinkReference> References =>
    [
        .. AgencyId is { } agency ? [new LinkReference(LinkTarget.Organisation, agency, "Agency")] : Array.Empty<LinkReference>(),
        .. RevealedIds.Select(id => new LinkReference(LinkTarget.Record, id, "Records it revealed")),
    ];
}
