using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;

namespace PolicyTracker.Core.Sources.Fetching;

/// <summary>How the server fetches a source's page (<c>Sources:Fetching</c> in configuration).</summary>
public sealed class FetchingOptions
{
    /// <summary>Off in production: only a test may let the fetcher reach loopback and private addresses (its own local server).</summary>
    public bool AllowPrivateAddresses { get; set; }

    public int MaxBytes { get; set; } = 5 * 1024 * 1024;

    public TimeSpan TimeLimit { get; set; } = TimeSpan.FromSeconds(10);

    public int MaxRedirects { get; set; } = 5;

    /// <summary>Names the tracker to the sites it asks: the archiver and the link watch alike. Operators add their contact address.</summary>
    public string UserAgent { get; set; } = "PolicyTracker/1.0 (keeps a copy of each page the tracker cites and checks that it is still there)";
}

/// <summary>A page as fetched, whole: nothing is made of a fetch that did not finish.</summary>
public sealed record FetchedPage(string RequestedUrl, string FinalUrl, int HttpStatus, string ContentType, string? Charset, byte[] Raw, DateTime RetrievedAt);

/// <summary>What a cited address answered the link watch: its status, validators, and its page when it is one the tracker reads.</summary>
public sealed record LinkAnswer(string FinalUrl, int HttpStatus, string ContentType, string? ETag, string? LastModified, FetchedPage? Page);

/// <summary>Why a page could not be fetched, in words an editor can act on.</summary>
public sealed class FetchRefusedException(string message, HttpStatusCode? status = null) : Exception(message)
{
    /// <summary>The status the page answered with, when it answered.</summary>
    public HttpStatusCode? Status { get; } = status;
}

/// <summary>
/// Fetches the page at an address an editor typed, safely: http and https only; every connection, the first and each
/// redirect's, goes only to a public address, checked after name resolution on the address actually connected to
/// (so a name that resolves differently the second time gains nothing); at most five redirects; a size cap and a
/// time limit; only HTML, plain text and PDF are kept.
/// </summary>
public sealed class SourceFetcher(HttpClient client, FetchingOptions options, TimeProvider clock)
{
    /// <summary>The content types kept: a page, its plain text, or a PDF.</summary>
    public static readonly string[] KeptTypes = ["text/html", "application/xhtml+xml", "text/plain", "application/pdf"];

    /// <summary>The largest page or file kept.</summary>
    public int MaxBytes => options.MaxBytes;

    /// <summary>The refusal of a page (or an uploaded file) over <see cref="MaxBytes"/>.</summary>
    public FetchRefusedException TooLarge(string what = "page") =>
        new($"The {what} is larger than {options.MaxBytes / 1_048_576.0:0.##} MB; enter the passage's text by hand instead.");

    public Task<FetchedPage> FetchAsync(string url, CancellationToken cancellationToken = default) =>
        WithinLimitAsync(async limit =>
        {
            var (response, address) = await SendAsync(url, conditions: null, limit);
            using (response)
            {
                if (!response.IsSuccessStatusCode)
                {
                    throw new FetchRefusedException(
                        $"The page answered {(int)response.StatusCode} {response.ReasonPhrase}{(response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Gone ? ": it is gone" : "")}.",
                        response.StatusCode);
                }

                var type = response.Content.Headers.ContentType?.MediaType ?? "";
                if (!KeptTypes.Contains(type, StringComparer.OrdinalIgnoreCase))
                {
                    throw new FetchRefusedException($"The page is {(type.Length == 0 ? "of no stated type" : type)}; only HTML, plain text and PDF are archived.");
                }

                return await PageAsync(url, address, response, type, limit);
            }
        }, cancellationToken);

    /// <summary>
    /// Asks a cited address again for the link watch, conditionally (the validators its last answer gave), through the
    /// same guards. Any answer is returned, a 404 or a 304 too, with the page when it is one the tracker reads; only
    /// no answer at all (a timeout, an unknown name, a refused connection, a redirect loop) throws.
    /// </summary>
    public Task<LinkAnswer> CheckAsync(string url, string? etag, string? lastModified, CancellationToken cancellationToken = default) =>
        WithinLimitAsync(async limit =>
        {
            var (response, address) = await SendAsync(url, request =>
            {
                if (etag is not null && EntityTagHeaderValue.TryParse(etag, out var tag))
                {
                    request.Headers.IfNoneMatch.Add(tag);
                }

                if (lastModified is not null && DateTimeOffset.TryParse(lastModified, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var since))
                {
                    request.Headers.IfModifiedSince = since;
                }
            }, limit);
            using (response)
            {
                var type = response.Content.Headers.ContentType?.MediaType ?? "";
                FetchedPage? page = null;
                if (response.IsSuccessStatusCode && KeptTypes.Contains(type, StringComparer.OrdinalIgnoreCase))
                {
                    try
                    {
                        page = await PageAsync(url, address, response, type, limit);
                    }
                    catch (FetchRefusedException)
                    {
                        // Over the size cap: the page is there, only its words cannot be compared.
                    }
                }

                return new LinkAnswer(
                    address.AbsoluteUri, (int)response.StatusCode, type.ToLowerInvariant(), response.Headers.ETag?.ToString(),
                    response.Content.Headers.LastModified?.ToString("R", CultureInfo.InvariantCulture), page);
            }
        }, cancellationToken);

    private async Task<T> WithinLimitAsync<T>(Func<CancellationToken, Task<T>> fetch, CancellationToken cancellationToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(options.TimeLimit);
        try
        {
            return await fetch(limit.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new FetchRefusedException($"The page did not arrive within {options.TimeLimit.TotalSeconds:0} seconds.");
        }
        catch (HttpRequestException failure) when (failure.InnerException is FetchRefusedException refused)
        {
            throw refused;
        }
        catch (HttpRequestException failure)
        {
            throw new FetchRefusedException($"The page could not be reached: {failure.Message}");
        }
    }

    /// <summary>Sends a GET, following each redirect itself (at most <see cref="FetchingOptions.MaxRedirects"/>); the caller disposes the answer.</summary>
    private async Task<(HttpResponseMessage Response, Uri Address)> SendAsync(
        string url, Action<HttpRequestMessage>? conditions, CancellationToken cancellationToken)
    {
        var address = WebAddress(url, "The address");
        for (var redirects = 0; ; redirects++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, address);
            request.Headers.UserAgent.ParseAdd(options.UserAgent);
            request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,text/plain;q=0.9,application/pdf;q=0.8");
            conditions?.Invoke(request);
            var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            if (!IsRedirect(response.StatusCode) || response.Headers.Location is not { } location)
            {
                return (response, address);
            }

            response.Dispose();
            if (redirects == options.MaxRedirects)
            {
                throw new FetchRefusedException($"The page redirected more than {options.MaxRedirects} times.");
            }

            address = WebAddress(new Uri(address, location).AbsoluteUri, "A redirect");
        }
    }

    private async Task<FetchedPage> PageAsync(string url, Uri address, HttpResponseMessage response, string type, CancellationToken cancellationToken) =>
        new(url, address.AbsoluteUri, (int)response.StatusCode, type.ToLowerInvariant(), response.Content.Headers.ContentType?.CharSet,
            await ReadCappedAsync(response.Content, cancellationToken), clock.GetUtcNow().UtcDateTime);

    private async Task<byte[]> ReadCappedAsync(HttpContent content, CancellationToken cancellationToken)
    {
        if (content.Headers.ContentLength > options.MaxBytes)
        {
            throw TooLarge();
        }

        await using var body = await content.ReadAsStreamAsync(cancellationToken);
        using var kept = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = await body.ReadAsync(buffer, cancellationToken)) > 0)
        {
            if (kept.Length + read > options.MaxBytes)
            {
                throw TooLarge();
            }

            kept.Write(buffer, 0, read);
        }

        return kept.ToArray();
    }

    private static bool IsRedirect(HttpStatusCode status) => (int)status is >= 300 and < 400 and not 304;

    private static Uri WebAddress(string url, string what) =>
        SourceRules.IsWebAddress(url) ? new Uri(url) : throw new FetchRefusedException($"{what} \"{url}\" is not an http or https address.");

    /// <summary>
    /// The handler every fetch goes through: no automatic redirects (each is checked here), no proxy, and a connection
    /// made only to a public address of the name, unless <see cref="FetchingOptions.AllowPrivateAddresses"/>.
    /// </summary>
    public static SocketsHttpHandler Handler(FetchingOptions options) => new()
    {
        AllowAutoRedirect = false,
        UseProxy = false,
        UseCookies = false,
        AutomaticDecompression = DecompressionMethods.All,
        ConnectTimeout = options.TimeLimit,
        ConnectCallback = async (context, cancellationToken) =>
        {
            var addresses = await Dns.GetHostAddressesAsync(context.DnsEndPoint.Host, cancellationToken);
            var allowed = addresses.Where(a => options.AllowPrivateAddresses || PublicAddresses.IsPublic(a)).ToArray();
            if (allowed.Length == 0)
            {
                throw new FetchRefusedException(
                    $"\"{context.DnsEndPoint.Host}\" is not on the public internet ({string.Join(", ", addresses.Select(a => a.ToString()))}); the tracker does not fetch from private networks.");
            }

            var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(allowed, context.DnsEndPoint.Port, cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        },
    };
}
