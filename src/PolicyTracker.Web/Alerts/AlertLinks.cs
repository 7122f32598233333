using Microsoft.AspNetCore.DataProtection;
using PolicyTracker.Core.Alerts;
using PolicyTracker.Web.Security;

namespace PolicyTracker.Web.Alerts;

/// <summary>
/// The links an alert mail carries, signed with the app's data-protection keys (shared by every instance through the
/// database): a confirmation that stops working after <see cref="AlertSubscriptions.ConfirmWithin"/>, and a link to
/// manage or end the subscription that works as long as it exists. Nothing in them can be guessed or changed.
/// </summary>
public sealed class AlertLinks(IDataProtectionProvider protection, SiteAddress site, TimeProvider clock)
{
    public const string ConfirmPath = "/alerts/confirm";
    public const string ManagePath = "/alerts/manage";
    public const string UnsubscribePath = "/alerts/unsubscribe";

    private readonly ITimeLimitedDataProtector confirming = protection.CreateProtector("PolicyTracker.Alerts.Confirm").ToTimeLimitedDataProtector();
    private readonly IDataProtector managing = protection.CreateProtector("PolicyTracker.Alerts.Manage");

    public string Confirm(Guid id) =>
        Link(ConfirmPath, confirming.Protect(id.ToString("N"), clock.GetUtcNow() + AlertSubscriptions.ConfirmWithin));

    public string Manage(Guid id) => Link(ManagePath, managing.Protect(id.ToString("N")));

    /// <summary>The one-click unsubscribe address (RFC 8058): a bare POST to it ends the subscription.</summary>
    public string Unsubscribe(Guid id) => Link(UnsubscribePath, managing.Protect(id.ToString("N")));

    /// <summary>The subscription a confirmation token names, while it has not expired; null otherwise.</summary>
    public Guid? ReadConfirmation(string? token) => Read(token, text => confirming.Unprotect(text, out var expires) is var id && expires > clock.GetUtcNow() ? id : null);

    /// <summary>The subscription a manage or unsubscribe token names; null for anything else.</summary>
    public Guid? ReadManagement(string? token) => Read(token, managing.Unprotect);

    private static Guid? Read(string? token, Func<string, string?> unprotect)
    {
        try
        {
            return token is { Length: > 0 and < 1000 } && unprotect(token) is { } text && Guid.TryParseExact(text, "N", out var id) ? id : null;
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
    }

    private string Link(string path, string token) => $"{site.Base}{path}?token={Uri.EscapeDataString(token)}";
}
