using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Html.Parser;
using PolicyTracker.Tests.Infrastructure;

namespace PolicyTracker.Tests.PublicSite;

/// <summary>
/// What a stranger gets: a crawler, a link preview or a CDN with no cookies must receive a response it may
/// cache, set no cookie, and be answered from the cache from the first request on.
/// </summary>
public class HttpCachingTests(PostgresAppFixture fixture) : IClassFixture<PostgresAppFixture>
{
    public static TheoryData<string> PublicRoutes =>
    [
        "/", "/agreements", "/agreements/pipir", "/timeline", "/timeline?agreement=pipir", "/statements", "/meetings",
        "/meetings/pipir-first-meeting-honolulu", "/people", "/people/judith-collins", "/sources",
        "/sources/rnz-nz-joins-pipir", "/search?q=PIPIR", "/corrections", "/about",
        "/feed.atom", "/sitemap.xml", "/robots.txt", "/timeline.csv", "/openapi/v1.json",
        "/api/records", "/api/agreements", "/api/agreements/pipir", "/api/sources", "/api/people",
    ];

    [Fact]
    public async Task A_parameter_the_page_does_not_read_is_not_written_into_the_cached_timeline()
    {
        using var client = NewClient();

        var poisoned = await client.GetStringAsync("/timeline?from=2024-01&to=2024-12&next=%2F%2Fevil.example");
        var later = await client.GetStringAsync("/timeline?from=2024-01&to=2024-12");

        Assert.DoesNotContain("evil.example", poisoned);
        Assert.DoesNotContain("evil.example", later);
        Assert.Contains("/timeline.csv?from=2024-01-01&amp;to=2024-12-31", later);
    }

    [Theory]
    [MemberData(nameof(PublicRoutes))]
    public async Task A_reader_without_cookies_gets_a_cacheable_response_and_no_cookie(string path)
    {
        using var client = NewClient();

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies), $"{path} set a cookie: {string.Join("; ", cookies ?? [])}");
        var cacheControl = response.Headers.CacheControl!;
        Assert.True(cacheControl.Public, $"{path}: Cache-Control {cacheControl}");
        Assert.False(cacheControl.NoStore);
        Assert.NotNull(cacheControl.MaxAge);
        Assert.NotNull(cacheControl.SharedMaxAge);
        Assert.Contains("stale-while-revalidate", cacheControl.ToString());
        Assert.NotNull(response.Headers.ETag);
    }

    [Theory]
    [MemberData(nameof(PublicRoutes))]
    public async Task The_first_cookieless_request_is_cached_and_a_matching_validator_gets_304(string path)
    {
        using var client = NewClient();
        using var first = await client.GetAsync(path);
        var etag = first.Headers.ETag!;

        // The same rendering, not a new one: the output cache stored the first answer.
        using var second = await client.GetAsync(path);
        Assert.Equal(etag, second.Headers.ETag);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());

        using var conditional = new HttpRequestMessage(HttpMethod.Get, path);
        conditional.Headers.IfNoneMatch.Add(etag);
        using var notModified = await client.SendAsync(conditional);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [MemberData(nameof(PublicRoutes))]
    public async Task HEAD_answers_wherever_GET_does_with_the_same_headers_and_no_body(string path)
    {
        using var client = NewClient();
        using var get = await client.GetAsync(path);

        using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, path));

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
        Assert.Equal(get.Content.Headers.ContentType, head.Content.Headers.ContentType);
        Assert.Equal(get.Headers.ETag, head.Headers.ETag);
    }

    [Theory]
    [MemberData(nameof(PublicRoutes))]
    public async Task A_reader_with_unrelated_cookies_gets_the_same_body_and_no_new_cookie(string path)
    {
        using var client = NewClient();
        var plain = await client.GetStringAsync(path);

        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Cookie", "_ga=GA1.1.123; theme=dark");
        using var withCookies = await client.SendAsync(request);

        Assert.Equal(plain, await withCookies.Content.ReadAsStringAsync());
        Assert.False(withCookies.Headers.Contains("Set-Cookie"));
    }

    [Theory]
    [InlineData("/agreements/pipir", "br")]
    [InlineData("/timeline", "gzip")]
    [InlineData("/api/records", "br")]
    [InlineData("/feed.atom", "br")]
    [InlineData("/timeline.csv", "gzip")]
    public async Task Text_is_compressed_once_and_served_compressed_from_the_cache(string path, string coding)
    {
        using var client = NewClient();
        var plain = await client.GetStringAsync(path);

        using var first = await GetEncodedAsync(client, path, coding == "br" ? "gzip, deflate, br" : "gzip");
        using var second = await GetEncodedAsync(client, path, coding == "br" ? "br" : "gzip;q=1.0, identity;q=0.5");

        Assert.Equal(coding, Assert.Single(first.Content.Headers.ContentEncoding));
        Assert.Equal(first.Headers.ETag, second.Headers.ETag); // the stored compressed copy, not a new rendering
        var bytes = await first.Content.ReadAsByteArrayAsync();
        Assert.True(bytes.Length * 2 < System.Text.Encoding.UTF8.GetByteCount(plain), $"{path}: {bytes.Length} bytes compressed, {plain.Length} plain");
        Assert.Equal(RenderedPage.WithoutRenderingNoise(plain), RenderedPage.WithoutRenderingNoise(Decompress(bytes, coding)));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/agreements/pipir")]
    [InlineData("/timeline")]
    [InlineData("/account/login")]
    public async Task Every_stylesheet_and_script_a_page_links_is_fingerprinted_kept_a_year_and_compressed(string path)
    {
        using var client = NewClient();
        var page = new HtmlParser().ParseDocument(await client.GetStringAsync(path));

        var assets = page.QuerySelectorAll("link[rel=stylesheet]").Select(link => link.GetAttribute("href")!)
            .Concat(page.QuerySelectorAll("script[src]").Select(script => script.GetAttribute("src")!))
            .ToList();

        Assert.Contains(assets, asset => asset.Contains("MudBlazor", StringComparison.Ordinal));
        foreach (var asset in assets)
        {
            Assert.Matches(@"\.[a-z0-9]{10}\.(css|js)$", asset);
            // Pages set <base href="/">: a relative address is from the root.
            using var response = await GetEncodedAsync(client, "/" + asset, "gzip, br");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var cacheControl = response.Headers.CacheControl!;
            Assert.True(
                cacheControl.MaxAge == TimeSpan.FromSeconds(31536000) && cacheControl.Extensions.Any(e => e.Name == "immutable"),
                $"{asset}: Cache-Control {cacheControl}");
            Assert.NotEmpty(response.Content.Headers.ContentEncoding);
        }
    }

    private static async Task<HttpResponseMessage> GetEncodedAsync(HttpClient client, string path, string acceptEncoding)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        return await client.SendAsync(request);
    }

    private static string Decompress(byte[] bytes, string coding)
    {
        using Stream compressed = new MemoryStream(bytes);
        using Stream plain = coding == "br"
            ? new System.IO.Compression.BrotliStream(compressed, System.IO.Compression.CompressionMode.Decompress)
            : new System.IO.Compression.GZipStream(compressed, System.IO.Compression.CompressionMode.Decompress);
        using var reader = new StreamReader(plain);
        return reader.ReadToEnd();
    }

    [Theory]
    [MemberData(nameof(PublicRoutes))]
    [InlineData("/agreements/no-such-agreement")]
    [InlineData("/account/login")]
    public async Task Every_response_carries_the_security_headers(string path)
    {
        using var client = NewClient();

        using var response = await client.GetAsync(path);

        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("strict-origin-when-cross-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.Contains("camera=()", Assert.Single(response.Headers.GetValues("Permissions-Policy")));
        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self';", policy);
        Assert.DoesNotContain("unsafe-eval", policy);
        Assert.Contains("object-src 'none'", policy);
        Assert.Contains("base-uri 'self'", policy);
        // Only the workspace's circuits open a connection back to the site.
        Assert.Equal(path.StartsWith("/account", StringComparison.Ordinal), policy.Contains("connect-src 'self'", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/account/login")]
    [InlineData("/workspace")]
    public async Task Personal_pages_are_never_stored(string path)
    {
        using var client = NewClient();

        using var response = await client.GetAsync(path);

        Assert.True(response.Headers.CacheControl!.NoStore, $"{path}: Cache-Control {response.Headers.CacheControl}");
        Assert.True(response.Headers.CacheControl.Private);
    }

    [Fact]
    public async Task A_not_found_answer_is_not_kept_by_shared_caches()
    {
        using var client = NewClient();

        using var response = await client.GetAsync("/agreements/no-such-agreement");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.False(response.Headers.CacheControl?.Public ?? false);
        Assert.Null(response.Headers.ETag);
    }

    private HttpClient NewClient() =>
        fixture.App.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
}
