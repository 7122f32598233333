using Microsoft.EntityFrameworkCore;
using PolicyTracker.Core.Common;
using PolicyTracker.Core.Data;
using PolicyTracker.Core.Publication;
using PolicyTracker.Core.Records;

namespace PolicyTracker.Core.Commitments;

/// <summary>A published commitment in a list: where it stands today, and who made it.</summary>
public sealed record CommitmentSummary(
    string Slug, string Title, FuzzyDate Date, FuzzyDate DueBy, string? MadeBy, CommitmentStatus Status, bool Overdue);

/// <summary>Reads published commitments for the public Commitments page and for an agreement's page.</summary>
public sealed class CommitmentQueries(PolicyTrackerDbContext db, TimeProvider clock)
{
    /// <summary>
    /// Published commitments, overdue first, then by due date (soonest first, undated last), then the newest promise;
    /// only those standing at <paramref name="status"/> when given, only those about the agreement at
    /// <paramref name="agreementSlug"/> when given. Where each stands is computed from its outcomes, so the list is
    /// ordered in memory: commitments number in the hundreds, not the thousands the timeline pages through.
    /// </summary>
    public async Task<IReadOnlyList<CommitmentSummary>> ListPublishedAsync(
        CommitmentStatus? status = null, bool overdueOnly = false, string? agreementSlug = null, CancellationToken cancellationToken = default)
    {
        var published = PublicationState.Published;
        var rows = await db.Set<Commitment>().AsNoTracking().VisibleToPublic()
            .Where(c => agreementSlug == null || c.Agreements.Any(a => a.Slug == agreementSlug && a.State == published))
            .Select(c => new
            {
                c.Slug,
                c.Title,
                Date = FuzzyDate.FromColumns(c.Date.Start, c.Date.Precision, c.Date.Approximate, c.Date.Until),
                DueBy = FuzzyDate.FromColumns(c.DueBy.Start, c.DueBy.Precision, c.DueBy.Approximate, c.DueBy.Until),
                MadeBy = c.MadeBy != null && c.MadeBy.State == published ? c.MadeBy.Name
                    : c.MadeByOrganisation != null && c.MadeByOrganisation.State == published ? c.MadeByOrganisation.Name : null,
                Outcomes = c.Outcomes.OrderBy(o => o.Id).Select(o => new { o.Status, Date = FuzzyDate.FromColumns(o.Date.Start, o.Date.Precision, o.Date.Approximate, o.Date.Until) }).ToList(),
            })
            .ToListAsync(cancellationToken);
        var today = NewZealandTime.Today(clock);
        return rows
            .Select(r =>
            {
                var outcomes = r.Outcomes.OrderBy(o => o.Date).Select(o => o.Status).ToList();
                return new CommitmentSummary(
                    r.Slug, r.Title, r.Date, r.DueBy, r.MadeBy, CommitmentOutcome.Standing(outcomes), CommitmentOutcome.IsOverdue(r.DueBy, outcomes, today));
            })
            .Where(c => (status is null || c.Status == status) && (!overdueOnly || c.Overdue))
            .OrderByDescending(c => c.Overdue)
            .ThenBy(c => c.DueBy.IsKnown ? 0 : 1).ThenBy(c => c.DueBy)
            .ThenByDescending(c => c.Date)
            .ToList();
    }
}
