using MailKit.Security;

namespace PolicyTracker.Web.Mail;

/// <summary>The <c>Accounts:Smtp</c> section: the server mail is sent through. Without a host, no mail is sent.</summary>
public sealed class SmtpOptions
{
    public const string Section = "Accounts:Smtp";

    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    public string From { get; set; } = "PolicyTracker <no-reply@policytracker.local>";

    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary>Auto: STARTTLS when the server offers it (TLS at once on port 465); None only for a server on this machine.</summary>
    public SecureSocketOptions Security { get; set; } = SecureSocketOptions.Auto;

    /// <summary>How long after a failed attempt the first retry waits; each later wait is twice the one before.</summary>
    public TimeSpan FirstRetryAfter { get; set; } = TimeSpan.FromSeconds(30);

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host);
}
