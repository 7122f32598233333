using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using MimeKit;
using PolicyTracker.Core.Accounts;
using PolicyTracker.Web.Mail;
using PolicyTracker.Web.Security;

namespace PolicyTracker.Web.Accounts;

/// <summary>
/// A link to set a new password, mailed to an account's own address when someone asks for it. Asking only queues the
/// address (one insert, whether or not it has an account), so the answer takes the same time either way and tells
/// nobody who has an account; the outbox writes the mail when it sends it, and sends nothing for an address without
/// an account or a locked one. The link is written from <c>Site:BaseUrl</c>, never from a request's Host header,
/// so mail needs both that and an SMTP server.
/// </summary>
public sealed class PasswordMail(
    UserManager<IdentityUser> users, AccountAudit audit, SiteAddress site, IOptions<SmtpOptions> smtp, ILogger<PasswordMail> logger) : IMailComposer
{
    public const string PasswordLink = "password-link";

    public string Purpose => PasswordLink;

    public bool CanSend => smtp.Value.IsConfigured && site.IsConfigured;

    public async Task<MimeMessage?> ComposeAsync(string recipient, CancellationToken cancellationToken)
    {
        var user = await users.FindByEmailAsync(recipient);
        if (user is null || await users.IsLockedOutAsync(user))
        {
            logger.LogWarning("Password link not sent for {Email}: {Reason}", recipient, user is null ? "no such account" : "locked");
            return null;
        }

        var link = site.Absolute(await UserAdministration.SetPasswordLinkAsync(users, user));
        await audit.RecordAsync(user.Id, user.Email ?? "", Core.History.RevisionAction.PasswordLinkIssued, "password reset by mail");
        var message = new MimeMessage();
        message.To.Add(MailboxAddress.Parse(user.Email!));
        message.Subject = "Set a new PolicyTracker password";
        message.Body = new TextPart("plain")
        {
            Text = $"Someone (we hope you) asked to set a new password for this address on PolicyTracker.\n\n" +
                   $"Set it here; the link works once, within {AccountsSetup.SetPasswordLinkLifetime.TotalDays:0} days:\n{link}\n\n" +
                   "If you did not ask, ignore this mail: your password has not changed.\n",
        };
        return message;
    }
}
