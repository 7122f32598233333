using PolicyTracker.Core.Agreements;
using PolicyTracker.Core.Records;

namespace PolicyTracker.Core.Sources;

/// <summary>
/// Links one fact to the source that supports it, with an optional pinpoint (a short quotation or a
/// paragraph reference). The fact is exactly one of: a record, a status change, a party membership,
/// a commitment's outcome, a date claim, a disclosure, or an amount.
/// </summary>
public class Citation
{
    public const int PinpointMaxLength = 600;

    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid SourceId { get; set; }

    public Source Source { get; set; } = null!;

    public string? Pinpoint { get; set; }

    public Guid? RecordId { get; set; }

    public TrackedRecord? Record { get; set; }

    public Guid? StatusChangeId { get; set; }

    public StatusChange? StatusChange { get; set; }

    public Guid? PartyMembershipId { get; set; }

    public PartyMembership? PartyMembership { get; set; }

    public Guid? CommitmentOutcomeId { get; set; }

    public Guid? DateClaimId { get; set; }

    public DateClaim? DateClaim { get; set; }

    public Guid? DisclosureId { get; set; }

    public Guid? AmountId { get; set; }
}
