using PolicyTracker.Web.Caching;

namespace PolicyTracker.Web.Security;

/// <summary>
/// Headers every response carries, whatever produced it (pages, API, feeds, CSV, errors, cached copies): no MIME
/// sniffing, no full addresses leaked to other sites, no device features, and a content security policy. No page
/// has an inline script (the JSON-LD block is data, not run), so scripts come from this site only, and no page may
/// be framed, not even by this site (none is); MudBlazor's inline styles stay allowed. Public pages run no script at all and open no connection;
/// the workspace's circuits need Blazor's and MudBlazor's scripts and one websocket back to this site, and
/// nothing more.
/// </summary>
public static class SecurityHeaders
{
    public const string PublicContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; " +
        "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>The public policy plus the circuit's websocket (same origin; CSP 3 lets 'self' match ws: and wss:).</summary>
    public const string WorkspaceContentSecurityPolicy = PublicContentSecurityPolicy + "; connect-src 'self'";

    /// <summary>
    /// HSTS for a year, subdomains included (OWASP ASVS 3.4.1): sent on https only, so a first plain-http visit is
    /// still possible, and every one after it goes straight to https.
    /// </summary>
    public static IServiceCollection AddSecurityHeaders(this IServiceCollection services) =>
        services.AddHsts(hsts => (hsts.MaxAge, hsts.IncludeSubDomains) = (TimeSpan.FromDays(365), true));

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";
            headers.ContentSecurityPolicy = context.GetEndpoint()?.Metadata.GetMetadata<OwnContentSecurityPolicy>()?.Policy
                ?? (PublicCaching.IsPersonal(context.Request.Path) ? WorkspaceContentSecurityPolicy : PublicContentSecurityPolicy);

            return Task.CompletedTask;
        });
        return next(context);
    });
}

/// <summary>An endpoint's stricter policy of its own, in place of the site's (an archived copy's download).</summary>
public sealed record OwnContentSecurityPolicy(string Policy);
