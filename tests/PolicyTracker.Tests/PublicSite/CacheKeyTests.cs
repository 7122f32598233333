using System.Reflection;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using PolicyTracker.Tests.Infrastructure;
using PolicyTracker.Web.Caching;

namespace PolicyTracker.Tests.PublicSite;

/// <summary>
/// The output cache is keyed by the query parameters public routes read and no others, so junk query strings
/// (tracking tags, cache-busting noise) are served the one cached copy and cannot push out the pages people read.
/// </summary>
public class CacheKeyTests(PostgresAppFixture fixture) : IClassFixture<PostgresAppFixture>
{
    [Theory]
    [InlineData("/agreements/pipir", "?utm_source=news&fbclid=abc")]
    [InlineData("/timeline?agreement=pipir", "&x=1")]
    [InlineData("/api/agreements", "?cachebust=12345")]
    public async Task Unknown_query_parameters_are_served_the_cached_copy(string path, string junk)
    {
        using var client = fixture.App.CreateClient(new() { HandleCookies = false });
        using var first = await client.GetAsync(path);

        using var withJunk = await client.GetAsync(path + junk);

        // One rendering for both: an ETag names a rendering, and a second rendering would have a new one.
        Assert.Equal(first.Headers.ETag, withJunk.Headers.ETag);
    }

    [Fact]
    public async Task A_parameter_the_route_reads_still_makes_its_own_copy()
    {
        using var client = fixture.App.CreateClient(new() { HandleCookies = false });
        using var all = await client.GetAsync("/timeline");
        using var filtered = await client.GetAsync("/timeline?agreement=pipir");

        Assert.NotEqual(all.Headers.ETag, filtered.Headers.ETag);
        Assert.NotEqual(await all.Content.ReadAsStringAsync(), await filtered.Content.ReadAsStringAsync());
    }

    [Fact]
    public void Every_query_parameter_a_public_page_or_API_handler_reads_is_part_of_the_cache_key()
    {
        var pages = typeof(PublicCaching).Assembly.GetTypes()
            .Where(t => t.GetCustomAttributes<RouteAttribute>().Any(r => !PublicCaching.IsPersonal(r.Template)))
            .SelectMany(t => t.GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
                .Select(p => (Where: t.Name, Query: p.GetCustomAttribute<SupplyParameterFromQueryAttribute>() is { } q ? q.Name ?? p.Name : null)))
            .Where(x => x.Query is not null);

        var endpoints = fixture.App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => !PublicCaching.IsPersonal("/" + e.RoutePattern.RawText?.TrimStart('/')) && e.Metadata.GetMetadata<MethodInfo>() is not null)
            .SelectMany(e => e.Metadata.GetMetadata<MethodInfo>()!.GetParameters()
                .Where(p => IsQueryValue(p.ParameterType) && e.RoutePattern.GetParameter(p.Name!) is null)
                .Select(p => (Where: e.DisplayName ?? "", Query: (string?)p.Name)));

        var read = pages.Concat(endpoints).ToList();
        Assert.NotEmpty(read);
        Assert.All(read, x => Assert.True(PublicCaching.QueryKeys.Contains(x.Query, StringComparer.OrdinalIgnoreCase), $"{x.Where} reads '{x.Query}', which the cache key leaves out."));
    }

    private static bool IsQueryValue(Type type) =>
        (Nullable.GetUnderlyingType(type) ?? type) is var t && (t == typeof(string) || t.IsPrimitive || t.IsEnum);
}
