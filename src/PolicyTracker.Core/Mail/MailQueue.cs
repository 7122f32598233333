using Microsoft.EntityFrameworkCore;
using PolicyTracker.Core.Data;

namespace PolicyTracker.Core.Mail;

/// <summary>
/// The outgoing mail queue: requests add to it in one insert, and each instance's outbox claims what is due, one mail at a
/// time, so two instances never send the same mail while both run. A failed attempt is retried later, each wait twice
/// the one before (from <see cref="FirstRetryAfter"/>, at most an hour), until <see cref="MaxAttempts"/>.
/// </summary>
public sealed class MailQueue(PolicyTrackerDbContext db, TimeProvider clock)
{
    public const int MaxAttempts = 10;

    /// <summary>How long an instance may take over one mail before another may take it over.</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    public TimeSpan FirstRetryAfter { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Told once a mail is queued, so this instance's outbox sends it at once rather than at its next look.</summary>
    public Action? Queued { get; init; }

    public async Task EnqueueAsync(string purpose, string recipient, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        db.QueuedMail.Add(new QueuedMail { Purpose = purpose, Recipient = recipient, QueuedAt = now, NextAttemptAt = now });
        await db.SaveChangesAsync(cancellationToken);
        Queued?.Invoke();
    }

    /// <summary>The next mail due that no instance is sending, now claimed by this one; null when nothing is due.</summary>
    public async Task<QueuedMail?> ClaimNextAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var due = db.QueuedMail.Where(m => m.NextAttemptAt <= now && (m.ClaimedUntil == null || m.ClaimedUntil < now));
        foreach (var id in await due.OrderBy(m => m.NextAttemptAt).Select(m => m.Id).Take(5).ToListAsync(cancellationToken))
        {
            // Only one instance's update finds the mail still unclaimed.
            var claimed = await due.Where(m => m.Id == id).ExecuteUpdateAsync(set => set.SetProperty(m => m.ClaimedUntil, now + Lease), cancellationToken);
            if (claimed == 1)
            {
                return await db.QueuedMail.AsNoTracking().SingleAsync(m => m.Id == id, cancellationToken);
            }
        }

        return null;
    }

    public Task SentAsync(QueuedMail mail, CancellationToken cancellationToken = default) =>
        db.QueuedMail.Where(m => m.Id == mail.Id).ExecuteDeleteAsync(cancellationToken);

    /// <summary>Gives a claimed mail back unsent (this instance is stopping), for whichever instance looks next.</summary>
    public Task ReleaseAsync(QueuedMail mail) =>
        db.QueuedMail.Where(m => m.Id == mail.Id).ExecuteUpdateAsync(set => set.SetProperty(m => m.ClaimedUntil, (DateTime?)null), CancellationToken.None);

    /// <summary>Schedules the next attempt; false when this was the last one allowed and the mail is dropped.</summary>
    public async Task<bool> FailedAsync(QueuedMail mail, string failure, CancellationToken cancellationToken = default)
    {
        var attempts = mail.Attempts + 1;
        if (attempts >= MaxAttempts)
        {
            await SentAsync(mail, cancellationToken);
            return false;
        }

        var wait = TimeSpan.FromTicks(Math.Min(FirstRetryAfter.Ticks * (1L << (attempts - 1)), TimeSpan.FromHours(1).Ticks));
        var next = clock.GetUtcNow().UtcDateTime + wait;
        var reason = failure.Length > QueuedMail.FailureMaxLength ? failure[..QueuedMail.FailureMaxLength] : failure;
        await db.QueuedMail.Where(m => m.Id == mail.Id).ExecuteUpdateAsync(
            set => set.SetProperty(m => m.Attempts, attempts).SetProperty(m => m.NextAttemptAt, next)
                .SetProperty(m => m.ClaimedUntil, (DateTime?)null).SetProperty(m => m.LastFailure, reason),
            cancellationToken);
        return true;
    }
}
