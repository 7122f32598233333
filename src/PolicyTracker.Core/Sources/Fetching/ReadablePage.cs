using System.Globalization;
using System.Text;
using System.Text.Json;
using AngleSharp.Html.Parser;
using SmartReader;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace PolicyTracker.Core.Sources.Fetching;

/// <summary>What a page says about itself: what an editor would otherwise type into a new source.</summary>
/// <remarks><paramref name="Published"/> is the day the page gives, in its own time zone (a New Zealand page's 9 December stays 9 December).</remarks>
public sealed record PageMetadata(string? Title, string? SiteName, string? Author, DateOnly? Published, string? CanonicalUrl);

/// <summary>
/// A fetched page's readable text, which quotations are checked against: for HTML its main content (Mozilla's
/// Readability, through SmartReader), without menus, footers and advertising; a PDF's text, page by page; plain text
/// as it is.
/// </summary>
public sealed record ReadablePage(string Text, PageMetadata Metadata)
{
    public static ReadablePage From(FetchedPage page)
    {
        var readable = page.ContentType switch
        {
            "application/pdf" => FromPdf(page.Raw),
            "text/plain" => new ReadablePage(Decode(page), new PageMetadata(null, null, null, null, null)),
            _ => FromHtml(page),
        };
        return string.IsNullOrWhiteSpace(readable.Text)
            ? throw new FetchRefusedException("No readable text was found on the page; enter its text by hand instead.")
            : readable;
    }

    private static ReadablePage FromHtml(FetchedPage page)
    {
        var html = Decode(page);
        // The overload given the text parses it; the two-string one would fetch the address itself, round the safe fetcher.
        var article = Reader.ParseArticle(page.FinalUrl, html, userAgent: null);
        var document = new HtmlParser().ParseDocument(html);
        var text = article.IsReadable ? article.TextContent : document.Body?.TextContent ?? "";
        var canonical = document.QuerySelector("link[rel=canonical]")?.GetAttribute("href");
        return new ReadablePage(text.Trim(), new PageMetadata(
            Blank(article.Title) ?? Blank(document.Title),
            Blank(article.SiteName),
            Blank(article.Author) ?? Blank(article.Byline),
            PublishedOn(document) ?? (article.PublicationDate is { } date ? DateOnly.FromDateTime(date) : null),
            canonical is null ? null : Uri.TryCreate(new Uri(page.FinalUrl), canonical, out var absolute) ? absolute.AbsoluteUri : null));
    }

    /// <summary>The day in <c>article:published_time</c> or a JSON-LD <c>datePublished</c>, as the page wrote it.</summary>
    private static DateOnly? PublishedOn(AngleSharp.Html.Dom.IHtmlDocument document)
    {
        var stated = document.QuerySelector("meta[property='article:published_time']")?.GetAttribute("content")
            ?? document.QuerySelectorAll("script[type='application/ld+json']").Select(script => DatePublished(script.TextContent)).FirstOrDefault(d => d is not null);
        return DateTimeOffset.TryParse(stated, CultureInfo.InvariantCulture, DateTimeStyles.None, out var published) ? DateOnly.FromDateTime(published.DateTime) : null;
    }

    private static string? DatePublished(string json)
    {
        try
        {
            using var parsed = JsonDocument.Parse(json);
            return Find(parsed.RootElement);
        }
        catch (JsonException)
        {
            return null; // a page's broken JSON-LD says nothing
        }

        static string? Find(JsonElement element) => element.ValueKind switch
        {
            JsonValueKind.Object when element.TryGetProperty("datePublished", out var date) && date.ValueKind == JsonValueKind.String => date.GetString(),
            JsonValueKind.Object => element.EnumerateObject().Select(p => Find(p.Value)).FirstOrDefault(d => d is not null),
            JsonValueKind.Array => element.EnumerateArray().Select(Find).FirstOrDefault(d => d is not null),
            _ => null,
        };
    }

    private static ReadablePage FromPdf(byte[] raw)
    {
        try
        {
            using var document = PdfDocument.Open(raw);
            var text = string.Join("\n\n", document.GetPages().Select(page => ContentOrderTextExtractor.GetText(page)));
            return new ReadablePage(text.Trim(), new PageMetadata(Blank(document.Information.Title), null, Blank(document.Information.Author), null, null));
        }
        catch (Exception unreadable) when (unreadable is not OutOfMemoryException)
        {
            throw new FetchRefusedException($"The PDF could not be read ({unreadable.Message}); enter its text by hand instead.");
        }
    }

    /// <summary>The body as text, in the character set the server named (UTF-8 when it named none or one unknown here).</summary>
    private static string Decode(FetchedPage page) => EncodingOf(page.Charset).GetString(page.Raw);

    private static Encoding EncodingOf(string? charset)
    {
        if (string.IsNullOrWhiteSpace(charset))
        {
            return Encoding.UTF8;
        }

        try
        {
            return Encoding.GetEncoding(charset.Trim('"'));
        }
        catch (ArgumentException)
        {
            return Encoding.UTF8; // a name this runtime does not know
        }
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
