using System.Linq.Expressions;
using PolicyTracker.Core.Common;

namespace PolicyTracker.Core.Sources;

/// <summary>What a reader may be told about a pinpoint's words.</summary>
public enum PinpointStatus
{
    /// <summary>No pinpoint: the source as a whole supports the fact.</summary>
    None,

    /// <summary>The source's own words, found in its archived copy: the only pinpoint shown as a quotation.</summary>
    VerifiedQuotation,

    /// <summary>Given as the source's words, but the tracker holds no copy of the source to check them against yet.</summary>
    NotYetVerified,

    /// <summary>Given as the source's words, and not found in the copy taken since: an editor must look at it.</summary>
    NotInArchivedCopy,

    /// <summary>The tracker's own wording of what the source says.</summary>
    Paraphrase,
}

/// <summary>
/// A citation as a reader sees it: the source, how far to trust it, and the pinpoint with whether its words were
/// verified. Queries list citations in the order they were added (their ids are time-ordered), so every copy of the
/// database, a restored one too, lists them alike.
/// </summary>
public sealed record CitationView(
    string SourceSlug,
    string SourceTitle,
    string? Outlet,
    string? Url,
    FuzzyDate SourcePublished,
    Reliability Reliability,
    string? Pinpoint,
    PinpointKind PinpointKind,
    bool SourceArchived,
    TextQuoteSelector? Quote,
    Watching.LinkStatus OriginalStatus,
    DateTime? OriginalCheckedAt)
{
    /// <summary>A citation is shown to the public only when its source is published.</summary>
    public static readonly Expression<Func<Citation, bool>> IsPublic = c => c.Source.State == PublicationState.Published;

    /// <summary>The one projection every public query uses, so a citation looks the same everywhere.</summary>
    public static readonly Expression<Func<Citation, CitationView>> Project = c => new CitationView(
        c.Source.Slug, c.Source.Title, c.Source.Outlet, c.Source.Url,
        FuzzyDate.FromColumns(c.Source.Published.Start, c.Source.Published.Precision, c.Source.Published.Approximate, c.Source.Published.Until),
        c.Source.Reliability, c.Pinpoint, c.PinpointKind, c.Source.ArchivedAt != null,
        c.VerifiedCopyId == null ? null : new TextQuoteSelector(c.QuotePrefix!, c.QuoteExact!, c.QuoteSuffix!),
        // What the watch found at an earlier address says nothing of the one the source has now.
        c.Source.Link == null || c.Source.Link.Address != c.Source.Url ? Watching.LinkStatus.NotChecked : c.Source.Link.Status,
        c.Source.Link == null || c.Source.Link.Address != c.Source.Url ? null : c.Source.Link.CheckedAt);

    public PinpointStatus Status => string.IsNullOrWhiteSpace(Pinpoint) ? PinpointStatus.None
        : PinpointKind == PinpointKind.Paraphrase ? PinpointStatus.Paraphrase
        : Quote is not null ? PinpointStatus.VerifiedQuotation
        : SourceArchived ? PinpointStatus.NotInArchivedCopy
        : PinpointStatus.NotYetVerified;

    /// <summary>The original page, opened at the quoted words; null unless the quotation is verified and the original still has them.</summary>
    public string? OriginalAtQuote => Quote is not null && Url is not null && !Watching.SourceLink.IsToldToReaders(OriginalStatus) ? TextFragment.Link(Url, Quote) : null;
}
