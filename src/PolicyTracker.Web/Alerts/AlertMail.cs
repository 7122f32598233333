using System.Text;
using MimeKit;
using PolicyTracker.Core.Alerts;
using PolicyTracker.Core.History;
using PolicyTracker.Core.Timeline;
using PolicyTracker.Web.Components.Shared;
using PolicyTracker.Web.Feeds;
using PolicyTracker.Web.Security;

namespace PolicyTracker.Web.Alerts;

/// <summary>The confirmation a subscription asks for: the only mail an unconfirmed address ever gets.</summary>
public sealed class AlertConfirmationMail(AlertSubscriptions subscriptions, AlertLinks links, SiteAddress site) : Mail.IMailComposer
{
    public string Purpose => AlertSubscriptions.ConfirmationPurpose;

    public async Task<MimeMessage?> ComposeAsync(string recipient, CancellationToken cancellationToken)
    {
        if (!site.IsConfigured || !Guid.TryParse(recipient, out var id) || await subscriptions.FindAsync(id, cancellationToken) is not { ConfirmedAt: null } subscription)
        {
            return null;
        }

        var message = new MimeMessage { Subject = $"Confirm your PolicyTracker alert: {subscription.ThreadName}" };
        message.To.Add(MailboxAddress.Parse(subscription.Email));
        message.Body = new TextPart("plain")
        {
            Text = $"""
                Someone, we hope you, asked PolicyTracker to mail this address {Words(subscription.Frequency)} when a record about {subscription.ThreadName} is published, corrected or retracted.

                To start, confirm within {AlertSubscriptions.ConfirmWithin.TotalHours:0} hours:
                {links.Confirm(id)}

                If it was not you, ignore this mail: nothing more will be sent, and the address is forgotten when the link expires.
                """,
        };
        return message;
    }

    public static string Words(AlertFrequency frequency) => frequency == AlertFrequency.Immediately ? "each time" : "once a day at most";
}

/// <summary>
/// An alert: the public changes in a subscription's thread over the span the dispatcher queued, each with its public
/// note; null (nothing sent) when none falls in the thread. Every alert carries one-click unsubscribe (RFC 8058) and a
/// link to manage the subscription.
/// </summary>
public sealed class AlertChangesMail(AlertSubscriptions subscriptions, AlertLinks links, ChangeLogQueries changeLog, TimelineQueries timeline, SiteAddress site) : Mail.IMailComposer
{
    public string Purpose => AlertSubscriptions.AlertPurpose;

    public async Task<MimeMessage?> ComposeAsync(string recipient, CancellationToken cancellationToken)
    {
        if (!site.IsConfigured || AlertMailKey.Read(recipient) is not { } key
            || await subscriptions.FindAsync(key.Subscription, cancellationToken) is not { ConfirmedAt: not null } subscription
            || !FeedThread.TryRead(subscription.Thread, out var filter))
        {
            return null;
        }

        var among = filter == TimelineFilter.None ? null : timeline.PublicIdsMatching(filter);
        var changes = await changeLog.BetweenAsync(key.After, key.Until, cancellationToken, among);
        if (changes.Count == 0)
        {
            return null;
        }

        var body = new StringBuilder();
        foreach (var change in changes.OrderBy(c => c.At))
        {
            body.AppendLine($"{Labels.For(change.Action)}: {change.Title}");
            body.AppendLine($"{site.Base}{Paths.Record(change.Kind, change.Slug)}");
            if ((change.Reason ?? change.Summary) is { } words)
            {
                body.AppendLine(words);
            }

            body.AppendLine();
        }

        body.AppendLine($"You asked to be told {AlertConfirmationMail.Words(subscription.Frequency)} of changes about {subscription.ThreadName}.");
        body.AppendLine($"Change or end this alert: {links.Manage(subscription.Id)}");
        body.AppendLine($"Stop these mails: {links.Unsubscribe(subscription.Id)}");

        var message = new MimeMessage { Subject = $"PolicyTracker: {changes.Count} {(changes.Count == 1 ? "change" : "changes")} about {subscription.ThreadName}" };
        message.To.Add(MailboxAddress.Parse(subscription.Email));
        message.Headers.Add("List-Unsubscribe", $"<{links.Unsubscribe(subscription.Id)}>");
        message.Headers.Add("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        message.Body = new TextPart("plain") { Text = body.ToString() };
        return message;
    }
}
