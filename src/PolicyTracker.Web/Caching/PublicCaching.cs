using Microsoft.AspNetCore.OutputCaching;
using PolicyTracker.Core.Editing;

namespace PolicyTracker.Web.Caching;

/// <summary>
/// Public pages, feeds and API answers are served from the output cache (anonymous GETs only: ASP.NET Core's
/// default policy never caches signed-in users). Everything cached carries one tag, evicted whenever a save
/// changes what the public can see.
/// </summary>
public static class PublicCaching
{
    public const string Policy = "public";
    public const string Tag = "public";

    public static IServiceCollection AddPublicCaching(this IServiceCollection services)
    {
        services.AddOutputCache(options => options.AddPolicy(Policy, policy => policy
            .Expire(TimeSpan.FromMinutes(30))
            .Tag(Tag)
            // The workspace and the sign-in pages are personal (antiforgery tokens, drafts): never cached.
            .With(context => !context.HttpContext.Request.Path.StartsWithSegments("/workspace")
                && !context.HttpContext.Request.Path.StartsWithSegments("/account"))));
        services.AddSingleton<IPublicContentCache, OutputCachePublicContent>();
        return services;
    }
}

internal sealed class OutputCachePublicContent(IOutputCacheStore store) : IPublicContentCache
{
    public ValueTask InvalidateAsync(CancellationToken cancellationToken) => store.EvictByTagAsync(PublicCaching.Tag, cancellationToken);
}
