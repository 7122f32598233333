using Microsoft.AspNetCore.OutputCaching;
using PolicyTracker.Core.Publication;

namespace PolicyTracker.Web.Caching;

/// <summary>
/// Public pages, feeds and API answers are served from the output cache to anonymous readers, and carry
/// headers a browser or CDN may cache by. Everything cached carries one tag, evicted whenever a save changes
/// what the public can see. Signed-in users are never served from the cache (ASP.NET Core's default policy).
/// The cache is in memory, shared through Redis when <c>Caching:Redis</c> is set (required when more than one
/// instance runs; <see cref="SharedOutputCacheStore"/>).
/// </summary>
public static class PublicCaching
{
    public const string Policy = "public";

    /// <summary>Names the cache tags of a public answer for a CDN (<see cref="PublicContentTags"/>), space-separated.</summary>
    public const string SurrogateKeyHeader = "Surrogate-Key";

    /// <summary>
    /// The query parameters public pages, feeds and the API read; the cache key holds these and no others, so
    /// "?utm_source=…" or any made-up parameter is served the page's one cached copy instead of filling the cache
    /// with copies that push out the pages people read. A public route that reads a new parameter must add it here
    /// (a test checks every public page and API handler).
    /// </summary>
    public static readonly string[] QueryKeys =
        ["agreement", "kind", "person", "country", "organisation", "record", "from", "to", "text", "page", "after", "before", "q", "currency", "status", "overdue"];

    public static IServiceCollection AddPublicCaching(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(PublicCacheHeaders.From(configuration));
        if (configuration["Caching:Redis"] is { Length: > 0 } redis)
        {
            // Instances behind one address share one cache, so a publication or retraction made through one
            // instance evicts every instance's copy at once, not after the 30-minute expiry.
            SharedOutputCacheStore.Register(services, redis, configuration);
        }

        services.AddOutputCache(options => options.AddPolicy(Policy, policy => policy
            .Expire(TimeSpan.FromMinutes(30))
            .Tag(PublicContentTags.Everything)
            .SetVaryByQuery(QueryKeys)
            // The workspace and the sign-in pages are personal (antiforgery tokens, drafts): never cached.
            .With(context => !IsPersonal(context.HttpContext.Request.Path))
            .AddPolicy<PublicCacheHeadersPolicy>()));
        var evictAgainAfter = TimeSpan.FromSeconds(configuration.GetValue("Caching:EvictAgainAfterSeconds", 5));
        services.AddSingleton<IPublicContentCache>(provider => new OutputCachePublicContent(
            provider.GetRequiredService<IOutputCacheStore>(), provider.GetRequiredService<TimeProvider>(), evictAgainAfter,
            provider.GetRequiredService<ILogger<OutputCachePublicContent>>()));
        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.Providers.Add<Microsoft.AspNetCore.ResponseCompression.BrotliCompressionProvider>();
            options.Providers.Add<Microsoft.AspNetCore.ResponseCompression.GzipCompressionProvider>();
            options.MimeTypes = Microsoft.AspNetCore.ResponseCompression.ResponseCompressionDefaults.MimeTypes
                .Concat(["application/atom+xml", "text/csv", "application/problem+json", "image/svg+xml"]);
        });
        services.DecorateAntiforgeryForAnonymousReaders();
        return services;
    }

    /// <summary>
    /// Public responses are compressed inside the output cache, so a stored copy is already compressed. Personal
    /// pages are not compressed at all: they carry secrets (antiforgery tokens) beside text a reader can choose,
    /// which is what compression side channels (BREACH) need.
    /// </summary>
    public static IApplicationBuilder UsePublicCompression(this IApplicationBuilder app) =>
        app.UseWhen(context => !IsPersonal(context.Request.Path), branch => branch.UseResponseCompression());

    /// <summary>
    /// Marks a public answer as one of this record's own pages (its page, its "what changed" page, its API answer):
    /// cached, it is evicted when the record or a record shown with it changes, and not by every publication.
    /// Any public answer not marked is a listing.
    /// </summary>
    public static void CacheAsPageOf(this HttpContext context, Guid recordId) =>
        context.Features.Get<IOutputCacheFeature>()?.Context.Tags.Add(PublicContentTags.Record(recordId));

    /// <summary>Pages that hold a person's own data or a form they post: never cached anywhere.</summary>
    public static bool IsPersonal(PathString path) =>
        path.StartsWithSegments("/workspace") || path.StartsWithSegments("/account") || path.StartsWithSegments("/alerts");

    /// <summary>
    /// HEAD is answered wherever GET is (uptime monitors and link checkers use it): the request runs as a GET,
    /// from the cache when it can, and the body is dropped. <see cref="HttpMethods.IsHead"/> stays false downstream,
    /// so the output cache shares its entries between the two.
    /// Personal responses are marked private and never stored.
    /// </summary>
    public static IApplicationBuilder UseHttpCachingRules(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (IsPersonal(context.Request.Path))
        {
            context.Response.OnStarting(() =>
            {
                context.Response.Headers.CacheControl = "private, no-store";
                return Task.CompletedTask;
            });
        }

        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await next(context);
            return;
        }

        var body = context.Response.Body;
        context.Request.Method = HttpMethods.Get;
        context.Response.Body = Stream.Null;
        try
        {
            await next(context);
        }
        finally
        {
            context.Request.Method = HttpMethods.Head;
            context.Response.Body = body;
        }
    });
}

/// <summary>
/// Evicts the tags a save names at once, and again a few seconds later (<c>Caching:EvictAgainAfterSeconds</c>): a
/// rendering that read the database just before the save landed, and was stored just after the first eviction,
/// would otherwise be served, out of date, until it expired.
/// </summary>
public sealed class OutputCachePublicContent(
    IOutputCacheStore store, TimeProvider clock, TimeSpan evictAgainAfter, ILogger<OutputCachePublicContent> log) : IPublicContentCache
{
    public async ValueTask InvalidateAsync(IReadOnlyCollection<string> tags, CancellationToken cancellationToken)
    {
        await EvictAsync(tags, cancellationToken);
        _ = EvictAgainAsync(tags);
    }

    private async Task EvictAgainAsync(IReadOnlyCollection<string> tags)
    {
        try
        {
            await Task.Delay(evictAgainAfter, clock);
            await EvictAsync(tags, CancellationToken.None);
        }
        catch (Exception failure)
        {
            log.LogWarning(failure, "The second eviction of {Tags} failed; those pages expire on their own within 30 minutes.", string.Join(' ', tags));
        }
    }

    private async Task EvictAsync(IReadOnlyCollection<string> tags, CancellationToken cancellationToken)
    {
        foreach (var tag in tags)
        {
            await store.EvictByTagAsync(tag, cancellationToken);
        }
    }
}
