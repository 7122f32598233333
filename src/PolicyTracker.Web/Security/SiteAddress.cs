namespace PolicyTracker.Web.Security;

/// <summary>
/// The site's public address for every absolute link it writes (canonical links, JSON-LD, the sitemap, robots.txt,
/// the feed, the CSV), from <c>Site:BaseUrl</c>, so no request's Host header is ever written back into a page a
/// cache or CDN will serve to others. Without the setting (development), the request's own address is used.
/// </summary>
public sealed class SiteAddress(IConfiguration configuration, IHttpContextAccessor accessor)
{
    private readonly string? configured = configuration["Site:BaseUrl"]?.TrimEnd('/') is { Length: > 0 } url ? url : null;

    public bool IsConfigured => configured is not null;

    public string Base
    {
        get
        {
            if (configured is not null)
            {
                return configured;
            }

            var request = accessor.HttpContext?.Request ?? throw new InvalidOperationException("No request to take the site's address from; set Site:BaseUrl.");
            return $"{request.Scheme}://{request.Host}{request.PathBase}";
        }
    }

    /// <summary>The absolute address of a path on this site: "/agreements/pipir" → "https://…/agreements/pipir".</summary>
    public Uri Absolute(string path) => new(Base + path);
}

public static class HostChecks
{
    public const string AnyHostWarning =
        "Neither AllowedHosts nor Site:BaseUrl is set: the app answers requests for any host name. Set AllowedHosts to the public host name, or Site:BaseUrl to the public address (see the README's settings).";

    /// <summary>
    /// In production the site must know its own name one way or the other: <c>AllowedHosts</c> (requests naming any
    /// other host are refused) or <c>Site:BaseUrl</c> (links are written from it, whatever the request says).
    /// </summary>
    public static bool BelievesAnyHost(IConfiguration configuration, IHostEnvironment environment) =>
        environment.IsProduction()
        && configuration["AllowedHosts"] is null or "" or "*"
        && string.IsNullOrWhiteSpace(configuration["Site:BaseUrl"]);

    public static void WarnWhenAnyHostIsBelieved(this WebApplication app)
    {
        if (BelievesAnyHost(app.Configuration, app.Environment))
        {
            app.Logger.LogWarning(AnyHostWarning);
        }
    }
}
