using Microsoft.EntityFrameworkCore;
using PolicyTracker.Core.Common;
using PolicyTracker.Core.Data;
using PolicyTracker.Core.Mail;

namespace PolicyTracker.Core.Alerts;

/// <summary>
/// Email alerts without an account, double opt-in: a request queues one confirmation (at most one per address per day,
/// so nobody can flood someone else's inbox), and only a confirmed subscription is ever mailed again. Unsubscribing
/// deletes it, address and all.
/// </summary>
public sealed class AlertSubscriptions(PolicyTrackerDbContext db, MailQueue mail, TimeProvider clock)
{
    public const string ConfirmationPurpose = "alert-confirmation";
    public const string AlertPurpose = "alert";

    /// <summary>How long a confirmation link works.</summary>
    public static readonly TimeSpan ConfirmWithin = TimeSpan.FromHours(48);

    /// <summary>
    /// Records the request and queues its confirmation, unless one went to the address in the last day. The reader is
    /// told the same either way, so the answer says nothing of who subscribes to what.
    /// </summary>
    public async Task RequestAsync(string email, string thread, string threadName, AlertFrequency frequency, CancellationToken cancellationToken = default)
    {
        var address = Check(email, thread, threadName);
        var now = clock.GetUtcNow().UtcDateTime;
        var subscription = await db.Set<AlertSubscription>().SingleOrDefaultAsync(s => s.Email == address && s.Thread == thread, cancellationToken);
        if (subscription is null)
        {
            subscription = new AlertSubscription { Email = address, Thread = thread, ThreadName = threadName, CreatedAt = now, MailedUpTo = now };
            db.Add(subscription);
        }

        if (subscription.ConfirmedAt is null)
        {
            subscription.Frequency = frequency;
        }

        var sentToday = await db.Set<AlertSubscription>().AnyAsync(s => s.Email == address && s.ConfirmationSentAt > now.AddDays(-1), cancellationToken);
        if (sentToday || subscription.ConfirmedAt is not null)
        {
            await db.SaveChangesAsync(cancellationToken);
            return;
        }

        subscription.ConfirmationSentAt = now;
        await db.SaveChangesAsync(cancellationToken);
        await mail.EnqueueAsync(ConfirmationPurpose, subscription.Id.ToString(), cancellationToken);
    }

    /// <summary>Confirms a subscription (its link checked by the caller); from now on its thread's changes are mailed.</summary>
    public async Task<AlertSubscription?> ConfirmAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var subscription = await db.Set<AlertSubscription>().SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (subscription is { ConfirmedAt: null })
        {
            var now = clock.GetUtcNow().UtcDateTime;
            (subscription.ConfirmedAt, subscription.MailedUpTo) = (now, now);
            await db.SaveChangesAsync(cancellationToken);
        }

        return subscription;
    }

    public Task<AlertSubscription?> FindAsync(Guid id, CancellationToken cancellationToken = default) =>
        db.Set<AlertSubscription>().AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, cancellationToken);

    public Task SetFrequencyAsync(Guid id, AlertFrequency frequency, CancellationToken cancellationToken = default) =>
        db.Set<AlertSubscription>().Where(s => s.Id == id).ExecuteUpdateAsync(set => set.SetProperty(s => s.Frequency, frequency), cancellationToken);

    /// <summary>Deletes the subscription and with it the address; true when there was one.</summary>
    public async Task<bool> UnsubscribeAsync(Guid id, CancellationToken cancellationToken = default) =>
        await db.Set<AlertSubscription>().Where(s => s.Id == id).ExecuteDeleteAsync(cancellationToken) > 0;

    /// <summary>
    /// Queues the mail each confirmed subscription is due (immediately: any public change since it was last mailed; a
    /// digest: once a New Zealand day). Each subscription's mark moves forward in the same transaction that queues its
    /// mail, on the condition that it has not moved, so two instances never queue the same changes twice.
    /// </summary>
    public async Task<int> QueueDueAsync(DateTime lastPublicChange, CancellationToken cancellationToken = default)
    {
        var today = NewZealandTime.Today(clock);
        var due = await db.Set<AlertSubscription>().AsNoTracking()
            .Where(s => s.ConfirmedAt != null && s.MailedUpTo < lastPublicChange
                && (s.Frequency == AlertFrequency.Immediately || s.LastDigestDay == null || s.LastDigestDay < today))
            .Select(s => new { s.Id, s.MailedUpTo, s.Frequency })
            .ToListAsync(cancellationToken);
        var queued = 0;
        foreach (var subscription in due)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            DateOnly? digestDay = subscription.Frequency == AlertFrequency.DailyDigest ? today : null;
            var moved = await db.Set<AlertSubscription>()
                .Where(s => s.Id == subscription.Id && s.MailedUpTo == subscription.MailedUpTo)
                .ExecuteUpdateAsync(set => set.SetProperty(s => s.MailedUpTo, lastPublicChange).SetProperty(s => s.LastDigestDay, s => digestDay ?? s.LastDigestDay), cancellationToken);
            if (moved == 1)
            {
                await mail.EnqueueAsync(AlertPurpose, AlertMailKey.Of(subscription.Id, subscription.MailedUpTo, lastPublicChange), cancellationToken);
                queued++;
            }

            await transaction.CommitAsync(cancellationToken);
        }

        return queued;
    }

    private static string Check(string email, string thread, string threadName)
    {
        var problems = new ValidationProblems();
        var address = email.Trim();
        if (address.Length == 0 || address.Length > AlertSubscription.EmailMaxLength || !System.Net.Mail.MailAddress.TryCreate(address, out var parsed)
            || parsed.Address != address || parsed.DisplayName.Length > 0)
        {
            problems.Add("Email", "Give an email address, such as reader@example.org.");
        }

        problems.Text("Thread", thread, AlertSubscription.ThreadMaxLength);
        problems.Text("Thread", threadName, AlertSubscription.ThreadNameMaxLength);
        problems.ThrowIfInvalid("The alert");
        return address;
    }
}

/// <summary>What an alert mail covers, as the mail queue carries it: the subscription and the span of changes.</summary>
public static class AlertMailKey
{
    public static string Of(Guid subscription, DateTime after, DateTime until) => $"{subscription:N}|{after.Ticks}|{until.Ticks}";

    public static (Guid Subscription, DateTime After, DateTime Until)? Read(string key) =>
        key.Split('|') is [var id, var after, var until] && Guid.TryParse(id, out var subscription)
            && long.TryParse(after, out var from) && long.TryParse(until, out var to)
            ? (subscription, new DateTime(from, DateTimeKind.Utc), new DateTime(to, DateTimeKind.Utc))
            : null;
}
