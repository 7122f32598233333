using System.Net;
using System.Text.RegularExpressions;

namespace PolicyTracker.Bench;

/// <summary>Bytes a reader's browser moves for the home page, against any running deployment (the published build serves precompressed assets).</summary>
public static partial class HomeVisits
{
    /// <summary>
    /// The home page and what it links to (stylesheets, icon, manifest), as a browser fetches them on a first visit
    /// with brotli, then again with the validators it was given (If-None-Match, If-Modified-Since), as a browser
    /// revalidates once <c>max-age</c> has passed. Bodies are counted as sent; headers approximately, as text.
    /// </summary>
    public static async Task RunAsync(string baseUrl)
    {
        using var client = new HttpClient(new HttpClientHandler { AutomaticDecompression = DecompressionMethods.None, UseCookies = false })
        {
            BaseAddress = new Uri(baseUrl),
        };
        var home = await FetchAsync(client, "/", validators: null);
        using var reader = new HttpClient { BaseAddress = new Uri(baseUrl) };
        var html = await reader.GetStringAsync("/");
        // What a browser fetches for the page itself: stylesheets, icons and the manifest (not canonical or feed links).
        var linked = Links().Matches(html)
            .Select(link => (Rel: Attribute(link.Value, "rel"), Href: Attribute(link.Value, "href")))
            .Where(link => link.Rel is "stylesheet" or "icon" or "manifest" && link.Href is { } href && !href.Contains(':'))
            .Select(link => link.Href!)
            .Distinct()
            .ToList();
        var first = new List<(string Path, Fetched Got)> { ("/", home) };
        foreach (var href in linked)
        {
            first.Add((href, await FetchAsync(client, "/" + href.TrimStart('/'), validators: null)));
        }

        var repeat = new List<(string Path, Fetched Got)>();
        foreach (var (path, got) in first)
        {
            repeat.Add((path, await FetchAsync(client, "/" + path.TrimStart('/'), got.Response)));
        }

        Console.WriteLine("| home page visit (brotli) | responses | body bytes | header bytes (approx.) | total |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        foreach (var (name, visit) in new[] { ("first", first), ("repeat, revalidated", repeat) })
        {
            var body = visit.Sum(v => v.Got.BodyBytes);
            var headers = visit.Sum(v => v.Got.HeaderBytes);
            var statuses = string.Join(", ", visit.GroupBy(v => (int)v.Got.Response.StatusCode).Select(g => $"{g.Count()} × {g.Key}"));
            Console.WriteLine($"| {name} | {statuses} | {body:N0} | {headers:N0} | {body + headers:N0} |");
        }
    }

    private sealed record Fetched(HttpResponseMessage Response, int BodyBytes, int HeaderBytes);

    private static async Task<Fetched> FetchAsync(HttpClient client, string path, HttpResponseMessage? validators)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.AcceptEncoding.ParseAdd("br, gzip");
        if (validators?.Headers.ETag is { } etag)
        {
            request.Headers.IfNoneMatch.Add(etag);
        }

        if (validators?.Content.Headers.LastModified is { } modified)
        {
            request.Headers.IfModifiedSince = modified;
        }

        var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsByteArrayAsync();
        var headers = response.Headers.Concat(response.Content.Headers)
            .Sum(h => h.Key.Length + 4 + string.Join(", ", h.Value).Length) + "HTTP/1.1 200 OK\r\n\r\n".Length;
        return new Fetched(response, body.Length, headers);
    }

    private static string? Attribute(string element, string name) =>
        Regex.Match(element, $"\\s{name}=\"([^\"]*)\"") is { Success: true } found ? found.Groups[1].Value : null;

    [GeneratedRegex("<link[^>]*>")]
    private static partial Regex Links();
}
