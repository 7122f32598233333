using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace PolicyTracker.Web.Accounts;

/// <summary>The <c>Accounts:Smtp</c> section: where password-reset mail is sent from. Without a host, no mail is sent.</summary>
public sealed class SmtpOptions
{
    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    public string From { get; set; } = "PolicyTracker <no-reply@policytracker.local>";

    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary>Auto: STARTTLS when the server offers it (TLS at once on port 465); None only for a server on this machine.</summary>
    public SecureSocketOptions Security { get; set; } = SecureSocketOptions.Auto;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host);
}

/// <summary>Sends the one mail the site sends: a link to set a new password, to the account's own address.</summary>
public sealed class PasswordMail(IOptions<SmtpOptions> options)
{
    public bool CanSend => options.Value.IsConfigured;

    public async Task SendSetPasswordLinkAsync(string to, Uri link, TimeSpan lifetime, CancellationToken cancellationToken = default)
    {
        var smtp = options.Value;
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(smtp.From));
        message.To.Add(MailboxAddress.Parse(to));
        message.Subject = "Set a new PolicyTracker password";
        message.Body = new TextPart("plain")
        {
            Text = $"Someone (we hope you) asked to set a new password for this address on PolicyTracker.\n\n" +
                   $"Set it here; the link works once, within {lifetime.TotalDays:0} days:\n{link}\n\n" +
                   "If you did not ask, ignore this mail: your password has not changed.\n",
        };

        using var client = new SmtpClient();
        await client.ConnectAsync(smtp.Host!, smtp.Port, smtp.Security, cancellationToken);
        if (!string.IsNullOrEmpty(smtp.UserName))
        {
            await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? "", cancellationToken);
        }

        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }
}
