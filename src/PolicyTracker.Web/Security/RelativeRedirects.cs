namespace PolicyTracker.Web.Security;

/// <summary>
/// Redirects within the site are sent as paths ("/account/login?…"), never as addresses built from the request's
/// Host header: with <c>AllowedHosts: *</c> anyone can name a host, and a proxy or CDN that keeps a redirect would
/// hand that host to every later reader. Whatever wrote the redirect (a page's NavigateTo, sign-in, an endpoint),
/// a Location on the request's own host loses its scheme and host as the response starts.
/// </summary>
public static class RelativeRedirects
{
    public static IApplicationBuilder UseRelativeRedirects(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        context.Response.OnStarting(() =>
        {
            if (WithinSite(context.Response.Headers.Location, context.Request.Host) is { } path)
            {
                context.Response.Headers.Location = path;
            }

            return Task.CompletedTask;
        });
        return next(context);
    });

    /// <summary>The path of a redirect to the request's own host; null for a relative one or another site's.</summary>
    public static string? WithinSite(string? location, HostString requestHost) =>
        Uri.TryCreate(location, UriKind.Absolute, out var address)
        && address.Scheme is "http" or "https"
        && string.Equals(address.Host, requestHost.Host, StringComparison.OrdinalIgnoreCase)
            ? address.PathAndQuery + address.Fragment
            : null;
}
