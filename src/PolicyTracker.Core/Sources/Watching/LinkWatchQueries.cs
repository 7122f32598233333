using Microsoft.EntityFrameworkCore;
using PolicyTracker.Core.Accounts;
using PolicyTracker.Core.Common;
using PolicyTracker.Core.Data;

namespace PolicyTracker.Core.Sources.Watching;

/// <summary>What the link watch last found at an address, as the pages show it.</summary>
public sealed record LinkFacts(LinkStatus Status, DateTime? CheckedAt, DateTime? StatusSince, string? Detail, string? MovedTo);

/// <summary>A source whose address an editor should look at.</summary>
public sealed record SourceNeedingAttention(
    Guid SourceId, string Title, string? Url, LinkFacts Link, bool Archived, int Citations);

/// <summary>The watch as the workspace shows it: its latest run, and the sources it found problems with.</summary>
public sealed record LinkWatchOverview(LinkWatchRun? LatestRun, int Watched, IReadOnlyList<SourceNeedingAttention> NeedingAttention);

/// <summary>The link watch in the workspace: what it found, and an editor's "Check now".</summary>
public sealed class LinkWatchQueries(PolicyTrackerDbContext db, IActor actor, TimeProvider clock)
{
    public async Task<LinkWatchOverview> OverviewAsync(CancellationToken cancellationToken = default)
    {
        actor.Require(Roles.Analyst);
        var latest = await db.LinkWatchRuns.AsNoTracking().OrderByDescending(r => r.RequestedAt).FirstOrDefaultAsync(cancellationToken);
        var watched = await db.Sources.CountAsync(s => s.Url != null, cancellationToken);
        var problems = await db.Sources.AsNoTracking()
            .Where(s => s.Link != null && s.Link.Address == s.Url && SourceLink.Problems.Contains(s.Link.Status))
            .OrderBy(s => s.Link!.StatusSince).ThenBy(s => s.Title)
            .Select(s => new SourceNeedingAttention(
                s.Id, s.Title, s.Url,
                new LinkFacts(s.Link!.Status, s.Link.CheckedAt, s.Link.StatusSince, s.Link.Detail, s.Link.MovedTo),
                s.ArchivedAt != null, db.Citations.Count(c => c.SourceId == s.Id)))
            .ToListAsync(cancellationToken);
        return new LinkWatchOverview(latest, watched, problems);
    }

    /// <summary>
    /// Asks for a run now. The instance that holds the watch's lock takes it up; asking while a run is waiting or
    /// under way asks for nothing more.
    /// </summary>
    public async Task<LinkWatchRun> RequestCheckAsync(CancellationToken cancellationToken = default)
    {
        actor.Require(Roles.Editor);
        var waiting = await db.LinkWatchRuns.AsNoTracking().Where(r => r.FinishedAt == null).OrderBy(r => r.RequestedAt).FirstOrDefaultAsync(cancellationToken);
        if (waiting is not null)
        {
            return waiting;
        }

        var run = new LinkWatchRun { RequestedAt = clock.GetUtcNow().UtcDateTime, RequestedBy = actor.Name };
        db.LinkWatchRuns.Add(run);
        await db.SaveChangesAsync(cancellationToken);
        db.Entry(run).State = EntityState.Detached;
        return run;
    }
}
