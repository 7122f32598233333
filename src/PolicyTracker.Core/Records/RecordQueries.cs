using PolicyTracker.Core.Amounts;
using PolicyTracker.Core.Disclosures;
using Microsoft.EntityFrameworkCore;
using PolicyTracker.Core.Common;
using PolicyTracker.Core.Data;
using PolicyTracker.Core.History;
using PolicyTracker.Core.Publication;
using PolicyTracker.Core.Sources;

namespace PolicyTracker.Core.Records;

public sealed record LinkView(string Slug, string Name);

/// <summary>A published meeting, statement, event or workstream as its public page shows it.</summary>
public sealed record RecordDetail(
    Guid Id,
    string Slug,
    RecordKind Kind,
    string Title,
    string Summary,
    FuzzyDate Date,
    DateTime UpdatedAt,
    IReadOnlyList<CitationView> Citations,
    IReadOnlyList<DateClaimView> DateClaims,
    /// <summary>Whether and how the public was told of it: none, or one.</summary>
    IReadOnlyList<DisclosureView> Disclosures,
    /// <summary>Sums of money the record states.</summary>
    IReadOnlyList<AmountView> Amounts,
    IReadOnlyList<LinkView> Agreements,
    IReadOnlyList<LinkView> People,
    IReadOnlyList<LinkView> Organisations,
    IReadOnlyList<LinkView> Countries,
    /// <summary>The kind's own facts (a <c>MeetingFacts</c> for a meeting); see <see cref="RecordKindInfo.PublicFacts"/>.</summary>
    RecordFacts Facts);

/// <summary>What a reader finds at the address of a record that is not (or no longer) on public view.</summary>
public abstract record RecordLookup
{
    public sealed record Found(RecordDetail Record) : RecordLookup;

    /// <summary>The record is on view there; only its id and title were read (<see cref="RecordQueries.LocatePublishedAsync"/>).</summary>
    public sealed record Located(Guid Id, string Title) : RecordLookup;

    /// <summary>The record moved to a new slug, or lives under another kind's address.</summary>
    public sealed record Moved(RecordKind Kind, string Slug) : RecordLookup;

    /// <summary>Retracted: only the title and the public reason remain.</summary>
    public sealed record Retracted(string Title, string? Reason, DateTime RetractedAt) : RecordLookup;

    public sealed record Missing : RecordLookup;
}

public sealed class RecordQueries(PolicyTrackerDbContext db, TimeProvider clock)
{
    /// <summary>
    /// Finds the published record at <paramref name="slug"/>, following old slugs. When <paramref name="kind"/> is
    /// given and the record is of another kind, it is reported as moved to that kind's address.
    /// </summary>
    public async Task<RecordLookup> FindPublishedAsync(RecordKind? kind, string slug, CancellationToken cancellationToken = default) =>
        await LocatePublishedAsync(kind, slug, cancellationToken) switch
        {
            RecordLookup.Located located => new RecordLookup.Found(await LoadAsync(located.Id, cancellationToken)),
            var elsewhere => elsewhere,
        };

    /// <summary>
    /// Where a public address leads, as <see cref="FindPublishedAsync"/> says, without reading the record itself:
    /// <see cref="RecordLookup.Located"/> where it would be found. For the pages that read a version of it instead.
    /// </summary>
    public async Task<RecordLookup> LocatePublishedAsync(RecordKind? kind, string slug, CancellationToken cancellationToken = default)
    {
        var current = await db.Records.AsNoTracking().AtPublicAddress(db.Revisions)
            .Where(r => r.Slug == slug)
            .Select(r => new { r.Id, r.Kind, r.State, r.Title })
            .SingleOrDefaultAsync(cancellationToken);
        if (current is null)
        {
            var moved = await db.SlugRedirects.AsNoTracking()
                .Where(s => s.EntityType == "Record" && s.OldSlug == slug)
                .Join(db.Records.VisibleToPublic(), s => s.EntityId, r => r.Id, (s, r) => new { r.Kind, r.Slug })
                .SingleOrDefaultAsync(cancellationToken);
            return moved is null ? new RecordLookup.Missing() : new RecordLookup.Moved(moved.Kind, moved.Slug);
        }

        if (current.State == PublicationState.Retracted)
        {
            var retraction = await db.Revisions.AsNoTracking()
                .Where(r => r.EntityId == current.Id && r.Action == RevisionAction.Retracted)
                .OrderByDescending(r => r.Number)
                .Select(r => new { r.Reason, r.ChangedAt })
                .FirstOrDefaultAsync(cancellationToken);
            return new RecordLookup.Retracted(current.Title, retraction?.Reason, retraction?.ChangedAt ?? DateTime.MinValue);
        }

        if (kind is not null && current.Kind != kind)
        {
            return new RecordLookup.Moved(current.Kind, slug);
        }

        return new RecordLookup.Located(current.Id, current.Title);
    }

    private async Task<RecordDetail> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var published = PublicationState.Published;
        var detail = await db.Records.AsNoTracking()
            .Where(r => r.Id == id)
            .Select(r => new RecordDetail(
                r.Id,
                r.Slug,
                r.Kind,
                r.Title,
                r.Summary,
                r.Date,
                r.UpdatedAt,
                r.Citations.AsQueryable().Where(CitationView.IsPublic).OrderBy(citation => citation.Id).Select(CitationView.Project).ToList(),
                r.DateClaims.AsQueryable().Select(DateClaimView.Project).ToList(),
                r.Disclosures.AsQueryable().Select(DisclosureView.Project).ToList(),
                r.Amounts.AsQueryable().OrderBy(a => a.Id).Select(AmountView.Project).ToList(),
                r.Agreements.Where(a => a.State == published).Select(a => new LinkView(a.Slug, a.Title)).ToList(),
                r.People.Where(p => p.State == published).OrderBy(p => p.Name).Select(p => new LinkView(p.Slug, p.Name)).ToList(),
                r.Organisations.Where(o => o.State == published).OrderBy(o => o.Name).Select(o => new LinkView(o.Slug, o.Name)).ToList(),
                r.Countries.Where(c => c.State == published).OrderBy(c => c.Name).Select(c => new LinkView(c.Slug, c.Name)).ToList(),
                null!))
            .AsSplitQuery()
            .SingleAsync(cancellationToken);
        // One query: a kind's facts nest their lists (a commitment's outcomes, each with its citations) rather than set
        // lists side by side, so joining them multiplies nothing.
        var facts = await RecordKinds.Of(detail.Kind).PublicFacts(db.Records.AsNoTracking().Where(r => r.Id == id)).AsSingleQuery().SingleAsync(cancellationToken);
        return detail with { DateClaims = detail.DateClaims.OrderBy(c => c.Date).ToList(), Facts = facts.AsOf(NewZealandTime.Today(clock)) };
    }
}
