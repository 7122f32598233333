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

    public string UserAgent { get; set; } = "PolicyTracker-Archiver/1.0 (keeps a copy of each page the tracker cites)";
}

/// <summary>A page as fetched, whole: nothing is made of a fetch that did not finish.</summary>
public sealed record FetchedPage(string RequestedUrl, string FinalUrl, int HttpStatus, string ContentType, string? Charset, byte[] Raw, DateTime RetrievedAt);

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

    public async Task<FetchedPage> FetchAsync(string url, CancellationToken cancellationToken = default)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(options.TimeLimit);
        try
        {
            return await FetchWithinLimitAsync(url, limit.Token);
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

    private async Task<FetchedPage> FetchWithinLimitAsync(string url, CancellationToken cancellationToken)
    {
        var address = WebAddress(url, "The address");
        for (var redirects = 0; ; redirects++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, address);
            request.Headers.UserAgent.ParseAdd(options.UserAgent);
            request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,text/plain;q=0.9,application/pdf;q=0.8");
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            if (IsRedirect(response.StatusCode) && response.Headers.Location is { } location)
            {
                if (redirects == options.MaxRedirects)
                {
                    throw new FetchRefusedException($"The page redirected more than {options.MaxRedirects} times.");
                }

                address = WebAddress(new Uri(address, location).AbsoluteUri, "A redirect");
                continue;
            }

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

            var raw = await ReadCappedAsync(response.Content, cancellationToken);
            return new FetchedPage(
                url, address.AbsoluteUri, (int)response.StatusCode, type.ToLowerInvariant(), response.Content.Headers.ContentType?.CharSet, raw,
                clock.GetUtcNow().UtcDateTime);
        }
    }

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

    private FetchRefusedException TooLarge() =>
        new($"The page is larger than {options.MaxBytes / 1_048_576.0:0.##} MB; enter the passage's text by hand instead.");

    private static bool IsRedirect(HttpStatusCode status) => (int)status is >= 300 and < 400;

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
