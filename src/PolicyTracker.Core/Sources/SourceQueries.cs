using Microsoft.EntityFrameworkCore;
using PolicyTracker.Core.Agreements;
using PolicyTracker.Core.Common;
using PolicyTracker.Core.Data;
using PolicyTracker.Core.Publication;
using PolicyTracker.Core.Records;

namespace PolicyTracker.Core.Sources;

/// <summary>A source in the public list, with its archive facts: when its latest copy was taken, its digest, and what the link watch last found.</summary>
public sealed record SourceSummary(
    string Slug, string Title, string? Outlet, SourceKind SourceKind, FuzzyDate Published, Reliability Reliability, int CitingRecords,
    string? Url, DateTime? ArchivedAt, string? ArchiveSha256, Watching.LinkStatus LinkStatus, DateTime? LinkCheckedAt);

public sealed record CitingRecord(string Slug, RecordKind Kind, string Title, FuzzyDate Date, IReadOnlyList<CitationView> Pinpoints);

/// <summary>The facts of a source's latest archived copy that a reader is shown: when, how, and its digest.</summary>
public sealed record ArchivedCopyFacts(DateTime RetrievedAt, CopyOrigin Origin, string Sha256, string? FinalUrl, int? HttpStatus);

public sealed record SourceDetail(
    string Slug,
    string Title,
    string? Outlet,
    string? Author,
    SourceKind SourceKind,
    string? Url,
    FuzzyDate Published,
    Reliability Reliability,
    string ReliabilityReason,
    string? Notes,
    DateTime UpdatedAt,
    IReadOnlyList<CitingRecord> CitedBy,
    int CitedByCount,
    ArchivedCopyFacts? Archive,
    IReadOnlyDictionary<string, string> PassagesInContext,
    Watching.LinkFacts? Link,
    OpenLicence OpenLicence,
    string? OpenLicenceReason,
    string? FullText)
{
    /// <summary>The licence under which the whole archived text may be read, when it may.</summary>
    public bool FullTextOpen => OpenLicence != OpenLicence.None && FullText is not null;
}

/// <summary>
/// A source's archive as an editor sees it: the latest copy with its whole text, and how its quotations stand against
/// it (the ones not found in it need an editor).
/// </summary>
public sealed record SourceArchiveForEditors(
    string? Url, ArchivedCopyFacts? Latest, string? Text, int Verified, int NotYetVerified, IReadOnlyList<string> NotFound, Watching.LinkFacts? Link);

public sealed class SourceQueries(PolicyTrackerDbContext db)
{
    /// <summary>How many citing records a source's page lists, most recent first.</summary>
    public const int CitingShown = 100;

    public async Task<IReadOnlyList<SourceSummary>> ListPublishedAsync(CancellationToken cancellationToken = default) =>
        await db.Sources.AsNoTracking().VisibleToPublic()
            // Stored by name, so ordered by rank here rather than alphabetically ("Low" would come before "Medium").
            .OrderBy(s => s.Reliability == Reliability.High ? 0 : s.Reliability == Reliability.Medium ? 1 : 2).ThenBy(s => s.Title)
            .Select(s => new SourceSummary(
                s.Slug, s.Title, s.Outlet, s.SourceKind, s.Published, s.Reliability,
                db.Records.VisibleToPublic().Count(r => r.Citations.Any(c => c.SourceId == s.Id)),
                s.Url, s.ArchivedAt,
                db.SourceCopies.Where(c => c.SourceId == s.Id).OrderByDescending(c => c.RetrievedAt).Select(c => c.Sha256).FirstOrDefault(),
                s.Link == null || s.Link.Address != s.Url ? Watching.LinkStatus.NotChecked : s.Link.Status,
                s.Link == null || s.Link.Address != s.Url ? null : s.Link.CheckedAt))
            .ToListAsync(cancellationToken);

    public async Task<SourceDetail?> GetPublishedAsync(string slug, CancellationToken cancellationToken = default)
    {
        var source = await db.Sources.AsNoTracking().VisibleToPublic()
            .Where(s => s.Slug == slug)
            .Select(s => new { s.Id, Detail = new SourceDetail(s.Slug, s.Title, s.Outlet, s.Author, s.SourceKind, s.Url, s.Published, s.Reliability, s.ReliabilityReason, s.Notes, s.UpdatedAt, new List<CitingRecord>(), 0, null, new Dictionary<string, string>(), s.Link == null || s.Link.Address != s.Url ? null : new Watching.LinkFacts(s.Link.Status, s.Link.CheckedAt, s.Link.StatusSince, null, null), s.OpenLicence, s.OpenLicenceReason, null) })
            .SingleOrDefaultAsync(cancellationToken);
        if (source is null)
        {
            return null;
        }

        var id = source.Id;
        // A record cites the source directly, through one of its date claims, or (for an agreement) through a
        // status change, a party membership or a status change's date claim; a commitment through an outcome; any of
        // them through a disclosure; a record through an amount. Starting from the source's
        // citations (indexed by source) keeps this cheap however many records there are.
        var citations = db.Citations.Where(c => c.SourceId == id);
        var disclosures = citations.Where(c => c.DisclosureId != null).Join(db.Disclosures, c => c.DisclosureId, d => d.Id, (c, d) => d);
        var citingIds = citations.Where(c => c.RecordId != null).Select(c => c.RecordId!.Value)
            .Concat(citations.Where(c => c.StatusChangeId != null).Select(c => c.StatusChange!.AgreementId))
            .Concat(citations.Where(c => c.PartyMembershipId != null).Select(c => c.PartyMembership!.AgreementId))
            .Concat(citations.Where(c => c.CommitmentOutcomeId != null)
                .Join(db.Set<Commitments.CommitmentOutcome>(), c => c.CommitmentOutcomeId, o => o.Id, (c, o) => o.CommitmentId))
            .Concat(citations.Where(c => c.DateClaimId != null && c.DateClaim!.RecordId != null).Select(c => c.DateClaim!.RecordId!.Value))
            .Concat(citations.Where(c => c.DateClaimId != null && c.DateClaim!.StatusChangeId != null)
                .Join(db.StatusChanges, c => c.DateClaim!.StatusChangeId, s => s.Id, (c, s) => s.AgreementId))
            .Concat(citations.Where(c => c.AmountId != null)
                .Join(db.Amounts, c => c.AmountId, a => a.Id, (c, a) => a.RecordId))
            .Concat(disclosures.Where(d => d.RecordId != null).Select(d => d.RecordId!.Value))
            .Concat(disclosures.Join(db.StatusChanges, d => d.StatusChangeId, s => s.Id, (d, s) => s.AgreementId));
        var citingRecords = db.Records.AsNoTracking().VisibleToPublic().Where(r => citingIds.Contains(r.Id));
        var count = await citingRecords.CountAsync(cancellationToken);
        var citing = await citingRecords
            .OrderByDescending(r => r.Date.Start).ThenByDescending(r => r.Id).Take(CitingShown)
            .Select(r => new CitingRecord(
                r.Slug, r.Kind, r.Title, r.Date,
                r.Citations.AsQueryable().Where(c => c.SourceId == id && c.Pinpoint != null).OrderBy(c => c.Id).Select(CitationView.Project).ToList()))
            .ToListAsync(cancellationToken);
        var copy = await LatestCopyAsync(id, cancellationToken);
        // The public sees each verified quotation with the sentences around it, not the whole copy: the text is the publisher's.
        var quotable = copy is null ? null : new QuotableText(copy.Text);
        var passages = quotable is null ? new Dictionary<string, string>() : citing.SelectMany(r => r.Pinpoints)
            .Where(c => c.Status == PinpointStatus.VerifiedQuotation).Select(c => c.Pinpoint!).Distinct()
            .Select(pinpoint => (pinpoint, passage: quotable.InContext(pinpoint)))
            .Where(p => p.passage is not null).ToDictionary(p => p.pinpoint, p => p.passage!);
        return source.Detail with
        {
            CitedBy = citing.OrderBy(r => r.Date).ToList(), CitedByCount = count, Archive = copy?.Facts, PassagesInContext = passages,
            // The publisher's text stays the publisher's: only an openly licensed source's whole copy is public.
            FullText = source.Detail.OpenLicence == OpenLicence.None ? null : copy?.Text,
        };
    }

    public async Task<SourceArchiveForEditors?> ArchiveForEditorsAsync(Guid sourceId, CancellationToken cancellationToken = default)
    {
        var source = await db.Sources.AsNoTracking().Where(s => s.Id == sourceId)
            .Select(s => new { s.Url, Link = s.Link == null || s.Link.Address != s.Url ? null : new Watching.LinkFacts(s.Link.Status, s.Link.CheckedAt, s.Link.StatusSince, s.Link.Detail, s.Link.MovedTo) })
            .SingleOrDefaultAsync(cancellationToken);
        if (source is null)
        {
            return null;
        }

        var latest = await LatestCopyAsync(sourceId, cancellationToken);
        var quotations = await db.Citations.AsNoTracking()
            .Where(c => c.SourceId == sourceId && c.PinpointKind == PinpointKind.Quotation && c.Pinpoint != null)
            .Select(c => new { c.Pinpoint, Verified = c.VerifiedCopyId != null })
            .ToListAsync(cancellationToken);
        var unverified = quotations.Where(q => !q.Verified).Select(q => q.Pinpoint!).Distinct().ToList();
        return new SourceArchiveForEditors(
            source.Url, latest?.Facts, latest?.Text, quotations.Count(q => q.Verified),
            latest is null ? unverified.Count : 0, latest is null ? [] : unverified, source.Link);
    }

    /// <summary>The facts and text of a source's latest copy, or null while it has none.</summary>
    private Task<LatestCopy?> LatestCopyAsync(Guid sourceId, CancellationToken cancellationToken) =>
        db.SourceCopies.AsNoTracking().Where(c => c.SourceId == sourceId).OrderByDescending(c => c.RetrievedAt)
            .Select(c => new LatestCopy(new ArchivedCopyFacts(c.RetrievedAt, c.Origin, c.Sha256, c.FinalUrl, c.HttpStatus), c.Text))
            .FirstOrDefaultAsync(cancellationToken);

    private sealed record LatestCopy(ArchivedCopyFacts Facts, string Text);
}
