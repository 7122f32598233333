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
