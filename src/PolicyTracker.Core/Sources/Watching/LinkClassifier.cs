using System.Text.RegularExpressions;
using PolicyTracker.Core.Sources.Fetching;

namespace PolicyTracker.Core.Sources.Watching;

/// <summary>What one check found: a status and, in words an editor can act on, why; and the page as read, when it was.</summary>
public sealed record LinkFinding(LinkStatus Status, string Detail, string? MovedTo = null)
{
    public ReadablePage? Readable { get; init; }
}

/// <summary>
/// Reads what a cited address answered. An answer that says nothing about the page itself (a server error, too
/// many requests, a refusal to robots) is no answer: it is counted like a timeout, and only repeated silence over
/// days makes the address unreachable.
/// </summary>
public static partial class LinkClassifier
{
    /// <summary>The finding for <paramref name="answer"/>, or null when the answer counts as none.</summary>
    /// <param name="quotations">The verified quotations from this source, exactly as its archived copy has them.</param>
    /// <param name="previous">The status the last full answer gave, which a 304 confirms.</param>
    public static LinkFinding? Classify(string url, LinkAnswer answer, IReadOnlyCollection<string> quotations, LinkStatus previous)
    {
        var status = answer.HttpStatus;
        if (status == 304)
        {
            return new LinkFinding(previous == LinkStatus.Changed ? LinkStatus.Changed : LinkStatus.Works, "Unchanged since the last check (304).");
        }

        if (status is 401 or 403 or 408 or 429 or >= 500)
        {
            return null;
        }

        if (status is 404 or 410)
        {
            return new LinkFinding(LinkStatus.Gone, $"The page answers {status} {(status == 404 ? "Not Found" : "Gone")}.");
        }

        if (status is < 200 or >= 300)
        {
            return new LinkFinding(LinkStatus.Gone, $"The page answers {status}.");
        }

        var requested = new Uri(url);
        var final = new Uri(answer.FinalUrl);
        if (IsFrontPage(final) && !IsFrontPage(requested))
        {
            return new LinkFinding(LinkStatus.Gone, $"The address now sends readers to the site's front page ({answer.FinalUrl}).");
        }

        if (answer.Page is null)
        {
            return answer.ContentType.Length > 0 && !SourceFetcher.KeptTypes.Contains(answer.ContentType)
                ? new LinkFinding(LinkStatus.Changed, $"The address now answers with {answer.ContentType}, not the page quoted.")
                : new LinkFinding(LinkStatus.Works, "The page answers; it is too large for its words to be compared.");
        }

        ReadablePage readable;
        try
        {
            readable = ReadablePage.From(answer.Page);
        }
        catch (FetchRefusedException)
        {
            return new LinkFinding(LinkStatus.Changed, "The page answers but no readable text is on it any more.");
        }

        if (readable.Metadata.Title is { } title && NotFoundTitle().IsMatch(title))
        {
            return new LinkFinding(LinkStatus.Gone, $"The page answers 200 but says \"{Shorten(title)}\" (a page-not-found page).");
        }

        if (!SamePage(requested, final))
        {
            return new LinkFinding(LinkStatus.Moved, $"The address now redirects to {answer.FinalUrl}.", answer.FinalUrl);
        }

        // Normalising a whole page is the costly part of a check: only done when there are words to look for.
        var text = quotations.Count == 0 ? null : new QuotableText(readable.Text);
        var missing = quotations.FirstOrDefault(quotation => text!.Find(quotation) is null);
        return missing is null
            ? new LinkFinding(LinkStatus.Works, quotations.Count == 0 ? "The page answers." : $"The page answers, and the {Count(quotations.Count)} quoted from it {(quotations.Count == 1 ? "is" : "are")} still on it.") { Readable = readable }
            : new LinkFinding(LinkStatus.Changed, $"These quoted words are no longer on the page: \"{Shorten(missing)}\".");
    }

    /// <summary>
    /// Whether two addresses are one page: the scheme, a "www.", a default port and a trailing slash aside (the
    /// redirects sites make to tidy an address, not to move it).
    /// </summary>
    public static bool SamePage(Uri a, Uri b) =>
        string.Equals(HostOf(a), HostOf(b), StringComparison.OrdinalIgnoreCase)
        && string.Equals(a.AbsolutePath.TrimEnd('/'), b.AbsolutePath.TrimEnd('/'), StringComparison.Ordinal)
        && string.Equals(a.Query, b.Query, StringComparison.Ordinal);

    private static string HostOf(Uri address) => address.IdnHost.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? address.IdnHost[4..] : address.IdnHost;

    private static bool IsFrontPage(Uri address) => address.AbsolutePath is "/" or "" && address.Query.Length == 0;

    private static string Count(int quotations) => quotations == 1 ? "quotation" : $"{quotations} quotations";

    private static string Shorten(string text) => text.Length <= 120 ? text : text[..117] + "...";

    /// <summary>A page-not-found page's title; a bare 404 only where it leads the title or stands by "error" ("Flight 404 lands" is a story).</summary>
    [GeneratedRegex(@"^\s*404\b|\berror 404\b|\b404 error\b|\b(not found|page (does not|doesn't|cannot|can't|could not|couldn't) (exist|be found)|no longer (available|exists)|page unavailable)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotFoundTitle();
}
