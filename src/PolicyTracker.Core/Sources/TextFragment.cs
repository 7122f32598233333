namespace PolicyTracker.Core.Sources;

/// <summary>
/// A link that opens a page at quoted words and highlights them (the WICG Text Fragments directive,
/// <c>#:~:text=prefix-,exact,-suffix</c>), built from a quotation's selector.
/// </summary>
public static class TextFragment
{
    public static string Link(string url, TextQuoteSelector selector)
    {
        var directive = "text=" + string.Join(",", new[]
        {
            selector.Prefix.Length > 0 ? Encode(selector.Prefix) + "-" : null,
            Encode(selector.Exact),
            selector.Suffix.Length > 0 ? "-" + Encode(selector.Suffix) : null,
        }.OfType<string>());
        // A fragment the address already has is kept: the directive follows it after ":~:".
        return (url.Contains('#') ? url : url + "#") + ":~:" + directive;
    }

    /// <summary>
    /// Percent-encodes a term: everything but unreserved characters, and the hyphen too, since "-" and "," and "&"
    /// are the directive's own syntax.
    /// </summary>
    private static string Encode(string term) => Uri.EscapeDataString(term).Replace("-", "%2D");
}
