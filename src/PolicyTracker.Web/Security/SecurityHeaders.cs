using PolicyTracker.Web.Caching;

namespace PolicyTracker.Web.Security;

/// <summary>
/// Headers every response carries, whatever produced it (pages, API, feeds, CSV, errors, cached copies): no MIME
/// sniffing, no full addresses leaked to other sites, no device features. Public pages run no script at all, so
/// their policy allows scripts from this site only and nothing embedded; MudBlazor's inline styles stay allowed.
/// The workspace keeps the policy Blazor sets for its circuits.
/// </summary>
public static class SecurityHeaders
{
    public const string PublicContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; " +
        "base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";
            if (!PublicCaching.IsPersonal(context.Request.Path))
            {
                headers.ContentSecurityPolicy = PublicContentSecurityPolicy;
            }

            return Task.CompletedTask;
        });
        return next(context);
    });
}
