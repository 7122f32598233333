using PolicyTracker.Core.Amounts;
using PolicyTracker.Core.Disclosures;
using Microsoft.EntityFrameworkCore;
using PolicyTracker.Core.Commitments;
using PolicyTracker.Core.Common;
using PolicyTracker.Core.Data;
using PolicyTracker.Core.Publication;
using PolicyTracker.Core.Records;
using PolicyTracker.Core.Sources;
using PolicyTracker.Core.Timeline;
using PolicyTracker.Core.Workstreams;

namespace PolicyTracker.Core.Agreements;

public sealed record AgreementSummary(
    string Slug,
    string Title,
    string? ShortName,
    AgreementKind AgreementKind,
    string Summary,
    /// <summary>New Zealand's status steps, in date order.</summary>
    IReadOnlyList<StatusChangeView> StatusHistory)
{
    /// <summary>New Zealand's latest status: the last step in date order.</summary>
    public StatusChangeView? CurrentStatus => StatusHistory.Count == 0 ? null : StatusHistory[^1];
}

public sealed record StatusChangeView(
    NzStatus Status,
    FuzzyDate Date,
    string? Note,
    IReadOnlyList<CitationView> Citations,
    IReadOnlyList<DateClaimView> DateClaims,
    /// <summary>Whether and how the public was told of this step: none, or one.</summary>
    IReadOnlyList<DisclosureView> Disclosures)
{
    /// <summary>The one projection of a status change with its public citations, date claims and disclosure.</summary>
    public static readonly System.Linq.Expressions.Expression<Func<StatusChange, StatusChangeView>> Project = s => new StatusChangeView(
        s.Status,
        s.Date,
        s.Note,
        s.Citations.AsQueryable().Where(CitationView.IsPublic).OrderBy(citation => citation.Id).Select(CitationView.Project).ToList(),
        s.DateClaims.AsQueryable().Select(DateClaimView.Project).ToList(),
        s.Disclosures.AsQueryable().Select(DisclosureView.Project).ToList());
}

public sealed record PartyView(string CountryName, string? Role, FuzzyDate Since, IReadOnlyList<CitationView> Citations);

public sealed record WorkstreamView(string Slug, string Title, string Summary, NzStance NzStance, IReadOnlyList<CitationView> Citations);

public sealed record RelatedRecordView(string Slug, RecordKind Kind, string Title, FuzzyDate Date);

public sealed record AgreementDetail(
    Guid Id,
    string Slug,
    string Title,
    string Summary,
    FuzzyDate Date,
    AgreementFacts Facts,
    IReadOnlyList<CitationView> Citations,
    IReadOnlyList<DateClaimView> DateClaims,
    IReadOnlyList<StatusChangeView> StatusHistory,
    IReadOnlyList<PartyView> Parties,
    IReadOnlyList<WorkstreamView> Workstreams,
    IReadOnlyList<RelatedRecordView> Related,
    bool MoreRelated,
    /// <summary>Its published commitments, overdue first.</summary>
    IReadOnlyList<CommitmentSummary> Commitments,
    /// <summary>Sums of money it states.</summary>
    IReadOnlyList<AmountView> Amounts)
{
    /// <summary>New Zealand's latest status: the last step in date order.</summary>
    public StatusChangeView? CurrentStatus => StatusHistory.Count == 0 ? null : StatusHistory[^1];
}

/// <summary>Reads published agreements for public pages, as projections (no tracked entities, no whole tables).</summary>
public sealed class AgreementQueries(PolicyTrackerDbContext db, CommitmentQueries commitments)
{
    /// <summary>How many related records an agreement's page lists; the rest are on the timeline.</summary>
    public const int RelatedShown = 50;

    public async Task<IReadOnlyList<AgreementSummary>> ListPublishedAsync(CancellationToken cancellationToken = default)
    {
        var rows = await db.Set<Agreement>().AsNoTracking().VisibleToPublic()
            .OrderBy(a => a.Title)
            .Select(a => new
            {
                a.Slug,
                a.Title,
                a.ShortName,
                a.AgreementKind,
                a.Summary,
                History = a.StatusHistory.AsQueryable().Select(StatusChangeView.Project).ToList(),
            })
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        return rows
            .Select(a => new AgreementSummary(a.Slug, a.Title, a.ShortName, a.AgreementKind, a.Summary, InDateOrder(a.History)))
            .ToList();
    }

    public async Task<AgreementDetail?> GetPublishedAsync(string slug, CancellationToken cancellationToken = default)
    {
        var published = PublicationState.Published;
        var row = await db.Set<Agreement>().AsNoTracking().VisibleToPublic()
            .Where(a => a.Slug == slug)
            .Select(a => new
            {
                a.Slug,
                a.Title,
                a.Summary,
                a.Date,
                Facts = new AgreementFacts(a.ShortName, a.AgreementKind, a.IsBinding, a.PubliclyAnnouncedByNz, a.PartyCount, a.UnnamedParties),
                Citations = a.Citations.AsQueryable().Where(CitationView.IsPublic).OrderBy(citation => citation.Id).Select(CitationView.Project).ToList(),
                DateClaims = a.DateClaims.AsQueryable().Select(DateClaimView.Project).ToList(),
                History = a.StatusHistory.AsQueryable().Select(StatusChangeView.Project).ToList(),
                Amounts = a.Amounts.AsQueryable().OrderBy(amount => amount.Id).Select(AmountView.Project).ToList(),
                Parties = a.Parties.Where(p => p.Country.State == published).Select(p => new PartyView(
                    p.Country.Name, p.Role, p.Since, p.Citations.AsQueryable().Where(CitationView.IsPublic).OrderBy(citation => citation.Id).Select(CitationView.Project).ToList())).ToList(),
                Workstreams = a.Workstreams.Where(w => w.State == published).OrderBy(w => w.Title).Select(w => new WorkstreamView(
                    w.Slug, w.Title, w.Summary, w.NzStance, w.Citations.AsQueryable().Where(CitationView.IsPublic).OrderBy(citation => citation.Id).Select(CitationView.Project).ToList())).ToList(),
                a.Id,
            })
            .AsSplitQuery()
            .SingleOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return null;
        }

        // An agreement can gather thousands of records: the page lists the most recent, in timeline order (its
        // workstreams and commitments have their own sections).
        var related = db.Records.AsNoTracking().VisibleToPublic()
            .Where(r => r.Kind != RecordKind.Workstream && r.Kind != RecordKind.Agreement && r.Kind != RecordKind.Commitment && r.Agreements.Any(a => a.Id == row.Id));
        var latest = await related
            .InReverseTimelineOrder()
            .Take(RelatedShown + 1)
            .Select(r => new RelatedRecordView(r.Slug, r.Kind, r.Title, FuzzyDate.FromColumns(r.Date.Start, r.Date.Precision, r.Date.Approximate, r.Date.Until)))
            .ToListAsync(cancellationToken);

        return new AgreementDetail(
            row.Id, row.Slug, row.Title, row.Summary, row.Date, row.Facts, row.Citations, InDateOrder(row.DateClaims),
            InDateOrder(row.History), row.Parties.OrderBy(p => p.CountryName).ToList(), row.Workstreams,
            latest.Take(RelatedShown).OrderBy(r => r.Date).ToList(), latest.Count > RelatedShown,
            await commitments.ListPublishedAsync(agreementSlug: slug, cancellationToken: cancellationToken),
            row.Amounts);
    }

    private static List<StatusChangeView> InDateOrder(IEnumerable<StatusChangeView> history) => history.OrderBy(s => s.Date).ToList();

    private static List<DateClaimView> InDateOrder(IEnumerable<DateClaimView> claims) => claims.OrderBy(c => c.Date).ToList();
}
