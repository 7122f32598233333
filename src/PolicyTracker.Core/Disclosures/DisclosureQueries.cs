using Microsoft.EntityFrameworkCore;
using PolicyTracker.Core.Agreements;
using PolicyTracker.Core.Common;
using PolicyTracker.Core.Data;
using PolicyTracker.Core.Publication;
using PolicyTracker.Core.Records;
using PolicyTracker.Core.Sources;

namespace PolicyTracker.Core.Disclosures;

/// <summary>
/// An act New Zealand did not announce: a record (an event, a meeting), or a step in its relationship to an
/// agreement (<see cref="Step"/> set, <see cref="Kind"/> and <see cref="Slug"/> the agreement's).
/// </summary>
public sealed record UnannouncedAct(
    string Title,
    NzStatus? Step,
    RecordKind Kind,
    string Slug,
    FuzzyDate ActDate,
    GovernmentAnnouncement Announcement,
    DisclosureChannel Through,
    FuzzyDate PublicOn,
    IReadOnlyList<CitationView> Citations)
{
    public DisclosureLag? Lag => DisclosureLag.Between(ActDate, PublicOn);
}

public sealed class DisclosureQueries(PolicyTrackerDbContext db)
{
    /// <summary>Every published act the government did not announce, the longest kept from the public first.</summary>
    public async Task<IReadOnlyList<UnannouncedAct>> NotAnnouncedAsync(CancellationToken cancellationToken = default)
    {
        var unannounced = db.Disclosures.AsNoTracking().Where(d => d.Announcement != GovernmentAnnouncement.Announced);
        var records = await unannounced
            .Join(db.Records.VisibleToPublic(), d => d.RecordId, r => r.Id, (d, r) => new UnannouncedAct(
                r.Title, null, r.Kind, r.Slug, r.Date, d.Announcement, d.Through, d.PublicOn,
                d.Citations.AsQueryable().Where(CitationView.IsPublic).OrderBy(citation => citation.Id).Select(CitationView.Project).ToList()))
            .ToListAsync(cancellationToken);
        var steps = await unannounced
            .Join(db.StatusChanges, d => d.StatusChangeId, s => s.Id, (d, s) => new { d, s })
            .Join(db.Set<Agreement>().VisibleToPublic(), x => x.s.AgreementId, a => a.Id, (x, a) => new UnannouncedAct(
                a.Title, x.s.Status, a.Kind, a.Slug, x.s.Date, x.d.Announcement, x.d.Through, x.d.PublicOn,
                x.d.Citations.AsQueryable().Where(CitationView.IsPublic).OrderBy(citation => citation.Id).Select(CitationView.Project).ToList()))
            .ToListAsync(cancellationToken);
        return records.Concat(steps)
            .OrderBy(act => act.Lag is null)
            .ThenByDescending(act => act.Lag?.LeastDays)
            .ThenByDescending(act => act.Lag?.MostDays)
            .ThenBy(act => act.Title, StringComparer.Ordinal)
            .ToList();
    }
}
