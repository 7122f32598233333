using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using PolicyTracker.Core.Data;
using PolicyTracker.Core.Publication;
using PolicyTracker.Core.Sources.Fetching;
using PolicyTracker.Core.Telemetry;

namespace PolicyTracker.Core.Sources.Watching;

/// <summary>
/// Checks every source's address again: conditionally, politely (at most <see cref="LinkWatchOptions.RequestsPerHost"/>
/// requests to a host at a time, with a pause between them), on one instance at a time, and resumably: each answer is
/// saved as it comes, so a run cut short by a restart carries on where it stopped.
/// </summary>
public sealed class LinkWatch(
    PolicyTrackerDbContext db, SourceFetcher fetcher, LinkWatchOptions options, TimeProvider clock, IPublicContentCache publicCache,
    PolicyTrackerMetrics metrics, ILogger<LinkWatch> logger)
{
    /// <summary>Who a copy the watch keeps is recorded as taken by.</summary>
    public const string Taker = "the link watch";

    private sealed record Due(Guid SourceId, string Url, string? ETag, string? LastModified, LinkStatus Previous, bool Archived);

    private sealed record Unanswered(Guid SourceId, string Url, string Reason);

    /// <summary>Runs the watch when a run is due or was asked for and no instance is running it; the run, or null when there was none to do.</summary>
    public async Task<LinkWatchRun?> RunDueAsync(CancellationToken cancellationToken)
    {
        await using var held = await LinkWatchLock.TryTakeAsync(db, cancellationToken);
        if (held is null || await DueRunAsync(cancellationToken) is not { } run)
        {
            return null;
        }

        await CheckEveryAddressAsync(run, cancellationToken);
        return run;
    }

    private async Task<LinkWatchRun?> DueRunAsync(CancellationToken cancellationToken)
    {
        var unfinished = await db.LinkWatchRuns.Where(r => r.FinishedAt == null).OrderBy(r => r.RequestedAt).FirstOrDefaultAsync(cancellationToken);
        if (unfinished is not null || !options.Scheduled)
        {
            return unfinished;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var last = await db.LinkWatchRuns.MaxAsync(r => (DateTime?)r.RequestedAt, cancellationToken);
        if (last is not null && now - last < options.Every)
        {
            return null;
        }

        return db.LinkWatchRuns.Add(new LinkWatchRun { RequestedAt = now }).Entity;
    }

    private async Task CheckEveryAddressAsync(LinkWatchRun run, CancellationToken cancellationToken)
    {
        var started = run.StartedAt ??= clock.GetUtcNow().UtcDateTime;
        var due = await db.Sources.AsNoTracking()
            .Where(s => s.Url != null && (s.Link == null || s.Link.Address != s.Url || s.Link.CheckedAt == null || s.Link.CheckedAt < started))
            .Select(s => s.Link == null || s.Link.Address != s.Url
                ? new Due(s.Id, s.Url!, null, null, LinkStatus.NotChecked, s.ArchivedAt != null)
                : new Due(s.Id, s.Url!, s.Link.ETag, s.Link.LastModified, s.Link.Status, s.ArchivedAt != null))
            .ToListAsync(cancellationToken);
        run.Checked = await db.Sources.CountAsync(s => s.Link != null && s.Link.Address == s.Url && s.Link.CheckedAt >= started, cancellationToken);
        run.Total = run.Checked + due.Count;
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Link watch: checking {Due} of {Total} addresses", due.Count, run.Total);

        // What each source is quoted as saying: verified words as its copy has them, and words not yet checked.
        var quoted = await db.Citations.AsNoTracking()
            .Where(c => c.PinpointKind == PinpointKind.Quotation && c.Pinpoint != null)
            .Select(c => new { c.SourceId, Verified = c.VerifiedCopyId != null, Words = c.VerifiedCopyId != null ? c.QuoteExact! : c.Pinpoint! })
            .ToListAsync(cancellationToken);
        var quotations = quoted.Where(q => q.Verified).ToLookup(q => q.SourceId, q => q.Words);
        var notYetChecked = quoted.Where(q => !q.Verified).ToLookup(q => q.SourceId, q => q.Words);
        var unanswered = new ConcurrentBag<Unanswered>();
        var anyHostAnswered = false;
        using var saving = new SemaphoreSlim(1, 1);

        await Parallel.ForEachAsync(
            due.GroupBy(d => new Uri(d.Url).IdnHost, StringComparer.OrdinalIgnoreCase),
            new ParallelOptions { MaxDegreeOfParallelism = options.HostsAtOnce, CancellationToken = cancellationToken },
            (host, hostToken) => new ValueTask(Parallel.ForEachAsync(
                host,
                new ParallelOptions { MaxDegreeOfParallelism = options.RequestsPerHost, CancellationToken = hostToken },
                async (source, token) =>
                {
                    var (answer, finding, reason) = await CheckAsync(source, quotations[source.SourceId].Distinct().ToList(), token);
                    if (answer is not null)
                    {
                        anyHostAnswered = true;
                    }

                    await saving.WaitAsync(token);
                    try
                    {
                        run.Checked++;
                        if (finding is null)
                        {
                            unanswered.Add(new Unanswered(source.SourceId, source.Url, reason!));
                        }
                        else
                        {
                            await SaveAsync(source.SourceId, link => link.RecordAnswer(source.Url, finding, answer!, clock.GetUtcNow().UtcDateTime), token);
                            if (!source.Archived && ConfirmsTheRecord(finding, notYetChecked[source.SourceId]))
                            {
                                await KeepAsync(source.SourceId, answer!.Page!, finding.Readable!, run, token);
                            }
                        }
                    }
                    finally
                    {
                        saving.Release();
                    }

                    if (options.PauseBetweenRequests > TimeSpan.Zero)
                    {
                        await Task.Delay(options.PauseBetweenRequests, clock, token);
                    }
                })));

        await FinishAsync(run, unanswered, anyHostAnswered, cancellationToken);
    }

    private bool ConfirmsTheRecord(LinkFinding finding, IEnumerable<string> uncheckedQuotations)
    {
        if (!options.ArchiveWhereMissing || finding.Status != LinkStatus.Works || finding.Readable is null)
        {
            return false;
        }

        var text = new QuotableText(finding.Readable.Text);
        return uncheckedQuotations.All(words => text.Find(words) is not null);
    }

    /// <summary>Keeps the page just read as the source's first archived copy, which verifies the quotations from it.</summary>
    private async Task KeepAsync(Guid sourceId, FetchedPage page, ReadablePage readable, LinkWatchRun run, CancellationToken cancellationToken)
    {
        await new SourceArchive(db).AddCopyAsync(SourceCopy.OfPage(sourceId, page, readable.Text, Taker), cancellationToken);
        foreach (var entry in db.ChangeTracker.Entries().Where(e => e.Entity != run).ToList())
        {
            entry.State = EntityState.Detached; // the run's context holds only the run between answers
        }
    }

    /// <summary>Asks one address; a finding, or the reason it counts as no answer.</summary>
    private async Task<(LinkAnswer? Answer, LinkFinding? Finding, string? NoAnswer)> CheckAsync(
        Due source, IReadOnlyCollection<string> quotations, CancellationToken cancellationToken)
    {
        try
        {
            var answer = await fetcher.CheckAsync(source.Url, source.ETag, source.LastModified, cancellationToken);
            var finding = LinkClassifier.Classify(source.Url, answer, quotations, source.Previous);
            return (answer, finding, finding is null ? $"the site answered {answer.HttpStatus}." : null);
        }
        catch (FetchRefusedException refused)
        {
            return (null, null, refused.Message);
        }
    }

    /// <summary>
    /// Counts the checks that got no answer, unless no site answered at all in this run: then the fault is the
    /// server's own connection, not the sources', and nothing is held against them.
    /// </summary>
    private async Task FinishAsync(LinkWatchRun run, IReadOnlyCollection<Unanswered> unanswered, bool anyHostAnswered, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (anyHostAnswered)
        {
            foreach (var check in unanswered)
            {
                await SaveAsync(check.SourceId, link => link.RecordNoAnswer(check.Url, check.Reason, now, options), cancellationToken);
            }
        }
        else
        {
            metrics.CountLinkWatchChecks(null, unanswered.Count);
        }

        var needingAttention = await db.SourceLinks.CountAsync(l => l.CheckedAt >= run.StartedAt && SourceLink.Problems.Contains(l.Status), cancellationToken);
        run.FinishedAt = now;
        run.Outcome = unanswered.Count > 0 && !anyHostAnswered
            ? $"No site answered any of the {unanswered.Count} checks: the server itself seemed to be offline, so none was counted against its source."
            : $"Checked {run.Total} address{(run.Total == 1 ? "" : "es")}; {needingAttention} need{(needingAttention == 1 ? "s" : "")} attention.";
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Link watch finished: {Outcome}", run.Outcome);
    }

    /// <summary>Saves one address's new state at once, so a restart loses nothing checked; evicts public pages when what readers are told changed.</summary>
    private async Task SaveAsync(Guid sourceId, Func<SourceLink, bool> record, CancellationToken cancellationToken)
    {
        var link = await db.SourceLinks.FindAsync([sourceId], cancellationToken);
        if (link is null)
        {
            link = db.SourceLinks.Add(new SourceLink { SourceId = sourceId }).Entity;
        }

        var readersToldOtherwise = record(link);
        await db.SaveChangesAsync(cancellationToken);
        // A check with no answer leaves the address's status as it was, until the silence makes it unreachable.
        metrics.CountLinkWatchChecks(link.FailedChecks == 0 || link.Status == LinkStatus.Unreachable ? link.Status : null);
        db.Entry(link).State = EntityState.Detached;
        if (readersToldOtherwise)
        {
            await publicCache.InvalidateAsync([PublicContentTags.Everything], cancellationToken);
        }
    }
}
