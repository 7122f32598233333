using PolicyTracker.Core.Agreements;
using PolicyTracker.Core.Records;

namespace PolicyTracker.Core.Sources;

/// <summary>What a pinpoint's words are: the source's own, or the tracker's.</summary>
public enum PinpointKind
{
    /// <summary>The source's own words, shown as a quotation once found in an archived copy of it.</summary>
    Quotation,

    /// <summary>The tracker's wording of what the source says (or a page or paragraph reference): never shown as a quotation.</summary>
    Paraphrase,
}

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

    public PinpointKind PinpointKind { get; set; }

    /// <summary>
    /// Where a quotation was found in its source's archived copy, as a W3C TextQuoteSelector: the words as the copy
    /// has them, with a few words either side, so they can be found again in a changed page and opened in the
    /// original with a text fragment. Null until the quotation is verified.
    /// </summary>
    public Guid? VerifiedCopyId { get; set; }

    public string? QuoteExact { get; set; }

    public string? QuotePrefix { get; set; }

    public string? QuoteSuffix { get; set; }

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
