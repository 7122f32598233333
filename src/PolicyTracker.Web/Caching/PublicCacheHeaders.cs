using Microsoft.AspNetCore.OutputCaching;
using PolicyTracker.Core.Publication;
using PolicyTracker.Core.Telemetry;

namespace PolicyTracker.Web.Caching;

/// <summary>How long browsers and shared caches (a CDN) may keep a public response, from the Caching section.</summary>
public sealed record PublicCacheHeaders(int MaxAgeSeconds, int SharedMaxAgeSeconds, int StaleWhileRevalidateSeconds)
{
    public string CacheControl =>
        $"public, max-age={MaxAgeSeconds}, s-maxage={SharedMaxAgeSeconds}, stale-while-revalidate={StaleWhileRevalidateSeconds}";

    public static PublicCacheHeaders From(IConfiguration configuration) => new(
        configuration.GetValue("Caching:MaxAgeSeconds", 60),
        configuration.GetValue("Caching:SharedMaxAgeSeconds", 60),
        configuration.GetValue("Caching:StaleWhileRevalidateSeconds", 30));
}

/// <summary>
/// Gives an anonymous public response its cache headers and a validator before the page writes anything: the
/// output cache stores the headers as they are at the first byte, and later answers <c>If-None-Match</c> with 304
/// from the stored <c>ETag</c>. The tag names one rendering, so it changes whenever the entry is evicted.
/// Counts each public request answered from the cache and each rendered after a lookup, whichever store holds the
/// pages: the output cache has no such metric of its own.
/// </summary>
internal sealed class PublicCacheHeadersPolicy(PublicCacheHeaders headers, PolicyTrackerMetrics metrics) : IOutputCachePolicy
{
    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellationToken)
    {
        var response = context.HttpContext.Response;
        if (!context.EnableOutputCaching || !context.AllowCacheStorage)
        {
            // A signed-in reader's copy is theirs alone, and holds their antiforgery token: kept nowhere.
            response.Headers.CacheControl = "private, no-cache, no-store";
            return ValueTask.CompletedTask;
        }

        // One cached copy per encoding the compression middleware (inside the cache) will use, so pages are
        // compressed once when stored, not on every hit; the header is reduced to that choice so both agree.
        var encoding = ContentCoding.Choose(context.HttpContext.Request.Headers.AcceptEncoding);
        context.HttpContext.Request.Headers.AcceptEncoding = encoding;
        context.CacheVaryByRules.VaryByValues["encoding"] = encoding;
        response.Headers.CacheControl = headers.CacheControl;
        response.Headers.ETag = $"\"{Guid.CreateVersion7():N}\"";
        response.OnStarting(() =>
        {
            // Errors and not-found answers are not stored by the output cache, and must not be kept by others either.
            if (response.StatusCode >= 400)
            {
                response.Headers.CacheControl = "no-cache";
                response.Headers.ETag = default;
            }
            else
            {
                // A CDN is told the names the app evicts by, space-separated as Fastly reads them, so it can purge alike.
                response.Headers[PublicCaching.SurrogateKeyHeader] = string.Join(' ', TagsOf(context));
            }

            return Task.CompletedTask;
        });
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellationToken)
    {
        metrics.CountOutputCacheRequest(hit: true);
        return ValueTask.CompletedTask;
    }

    /// <summary>After the answer is written: the tags it is stored under (see <see cref="TagsOf"/>).</summary>
    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellationToken)
    {
        if (context.AllowCacheLookup)
        {
            metrics.CountOutputCacheRequest(hit: false);
        }

        TagsOf(context);
        return ValueTask.CompletedTask;
    }

    /// <summary>
    /// A record's own pages have said so before they write (<see cref="PublicCaching.CacheAsPageOf"/>); any other
    /// public answer is a listing.
    /// </summary>
    private static IEnumerable<string> TagsOf(OutputCacheContext context)
    {
        if (!context.Tags.Any(tag => tag.StartsWith(PublicContentTags.RecordPrefix, StringComparison.Ordinal)))
        {
            context.Tags.Add(PublicContentTags.Listings);
        }

        return context.Tags.Order(StringComparer.Ordinal);
    }
}

/// <summary>The one content coding a response will use: brotli where accepted, else gzip, else none.</summary>
internal static class ContentCoding
{
    public static string Choose(Microsoft.Extensions.Primitives.StringValues acceptEncoding)
    {
        if (!Microsoft.Net.Http.Headers.StringWithQualityHeaderValue.TryParseList(acceptEncoding, out var offered))
        {
            return "identity";
        }

        bool Accepts(string coding) => offered.Any(o =>
            (o.Value.Equals(coding, StringComparison.OrdinalIgnoreCase) || o.Value.Equals("*", StringComparison.Ordinal)) && (o.Quality ?? 1) > 0);

        return Accepts("br") ? "br" : Accepts("gzip") ? "gzip" : "identity";
    }
}
