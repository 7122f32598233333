using Microsoft.AspNetCore.Antiforgery;

namespace PolicyTracker.Web.Caching;

/// <summary>
/// Since .NET 10, an app with interactive render modes has every static page store an antiforgery cookie and
/// mark itself <c>no-store</c> (dotnet/aspnetcore#62653), so no public page could be cached for a reader without
/// cookies. Public pages hold no form that posts, so for an anonymous reader outside the personal areas the
/// tokens are made but not stored; signed-in users, the sign-in page and the workspace keep the full protection,
/// and validation is untouched.
/// </summary>
internal sealed class AnonymousAntiforgery(IAntiforgery inner) : IAntiforgery
{
    public AntiforgeryTokenSet GetAndStoreTokens(HttpContext httpContext) =>
        IsAnonymousPublicRead(httpContext) ? inner.GetTokens(httpContext) : inner.GetAndStoreTokens(httpContext);

    public AntiforgeryTokenSet GetTokens(HttpContext httpContext) => inner.GetTokens(httpContext);

    public Task<bool> IsRequestValidAsync(HttpContext httpContext) => inner.IsRequestValidAsync(httpContext);

    public Task ValidateRequestAsync(HttpContext httpContext) => inner.ValidateRequestAsync(httpContext);

    public void SetCookieTokenAndHeader(HttpContext httpContext) => inner.SetCookieTokenAndHeader(httpContext);

    // HEAD arrives here as GET (PublicCaching.UseHttpCachingRules).
    private static bool IsAnonymousPublicRead(HttpContext context) =>
        HttpMethods.IsGet(context.Request.Method)
        && context.User.Identity?.IsAuthenticated != true
        && !PublicCaching.IsPersonal(context.Request.Path);
}

internal static class AnonymousAntiforgeryRegistration
{
    public static IServiceCollection DecorateAntiforgeryForAnonymousReaders(this IServiceCollection services)
    {
        services.AddAntiforgery();
        var original = services.Last(d => d.ServiceType == typeof(IAntiforgery));
        services.Remove(original);
        services.Add(ServiceDescriptor.Describe(
            typeof(IAntiforgery),
            provider => new AnonymousAntiforgery((IAntiforgery)ActivatorUtilities.CreateInstance(provider, original.ImplementationType!)),
            original.Lifetime));
        return services;
    }
}
