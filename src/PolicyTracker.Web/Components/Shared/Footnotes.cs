using PolicyTracker.Core.Sources;

namespace PolicyTracker.Web.Components.Shared;

/// <summary>
/// The numbered sources of one record page, as a reference work numbers them: each source gets the next number
/// where it is first cited, keeps it wherever it is cited again, and is listed once at the foot of the page.
/// Built from the page's citations in the order the page shows them, so the markers count up as a reader reads.
/// </summary>
public sealed class Footnotes
{
    private readonly Dictionary<string, int> numbers = new(StringComparer.Ordinal);
    private readonly List<CitationView> sources = [];
    private int quotesShown;

    private readonly string pageAddress;

    /// <param name="pageAddress">The page's own path (the site sets a base address, so a bare "#source-1" would lead to the
    /// home page); no query, since a record page reads none and the cached page is shared whatever query came with it.</param>
    public Footnotes(IEnumerable<CitationView> inPageOrder, string pageAddress)
    {
        this.pageAddress = pageAddress;
        foreach (var citation in inPageOrder)
        {
            if (numbers.TryAdd(citation.SourceSlug, sources.Count + 1))
            {
                sources.Add(citation);
            }
        }
    }

    /// <summary>The sources in number order: the first is number 1.</summary>
    public IReadOnlyList<CitationView> Sources => sources;

    public int NumberOf(CitationView citation) =>
        numbers.TryGetValue(citation.SourceSlug, out var number)
            ? number
            : throw new InvalidOperationException($"Source '{citation.SourceSlug}' is shown on the page but missing from its footnotes: add it where the page's footnotes are built.");

    /// <summary>A page-unique id for one marker's quotation; counted, not random, so the same page renders the same bytes.</summary>
    public string NextQuoteId(int number) => $"quote-{number}-{++quotesShown}";

    public static string Anchor(int number) => $"source-{number}";

    /// <summary>The address of a source's entry in the list, on this page.</summary>
    public string LinkTo(int number) => $"{pageAddress}#{Anchor(number)}";
}
