using System.Xml.Linq;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using PolicyTracker.Tests.Infrastructure;

namespace PolicyTracker.Tests.Records;

/// <summary>
/// Record pages cite by numbered footnote markers and list each source once at the foot. On every record page the
/// sitemap lists: each marker's number leads to the list entry of that number, and that entry is the marker's source;
/// numbers first appear in order 1, 2, 3…; the list holds exactly the sources the markers name.
/// </summary>
public class FootnotesTests(PostgresAppFixture fixture) : IClassFixture<PostgresAppFixture>
{
    private static readonly string[] NotRecords = ["people", "sources"];

    private readonly HttpClient client = fixture.App.CreateClient();

    [Fact]
    public async Task Every_record_page_numbers_its_footnotes_to_match_its_list_of_sources()
    {
        var paths = await RecordPathsAsync();
        Assert.True(paths.Count > 30, $"Only {paths.Count} record pages in the sitemap.");

        var markersSeen = 0;
        foreach (var path in paths)
        {
            var page = new HtmlParser().ParseDocument(await client.GetStringAsync(path));
            var listed = page.QuerySelectorAll("ol.sources-cited > li")
                .Select(li => (Id: li.Id, Href: li.QuerySelector("a.citation-source")?.GetAttribute("href"), Title: li.QuerySelector("a.citation-source")?.TextContent))
                .ToList();
            Assert.Equal(Enumerable.Range(1, listed.Count).Select(n => $"source-{n}"), listed.Select(l => l.Id));

            var firstSeen = new List<int>();
            foreach (var marker in page.QuerySelectorAll("article sup.footnote"))
            {
                var number = int.Parse(marker.QuerySelector("a, button")!.TextContent.Trim('[', ']'), System.Globalization.CultureInfo.InvariantCulture);
                Assert.InRange(number, 1, listed.Count);
                Assert.Equal($"{path}#source-{number}", TargetOf(marker));
                if (marker.QuerySelector(".footnote-quote > a") is { } quoteLink)
                {
                    Assert.Equal($"{number}. {listed[number - 1].Title}", quoteLink.TextContent);
                }

                if (!firstSeen.Contains(number))
                {
                    firstSeen.Add(number);
                }

                markersSeen++;
            }

            Assert.True(Enumerable.Range(1, listed.Count).SequenceEqual(firstSeen), $"{path}: numbers first appear as {string.Join(", ", firstSeen)} for {listed.Count} sources.");
            Assert.Equal(listed.Count, listed.Select(l => l.Href).Distinct().Count());
            Assert.Empty(page.QuerySelectorAll("article ul.citations"));
        }

        Assert.True(markersSeen > 100, $"Only {markersSeen} markers on {paths.Count} pages.");
    }

    [Fact]
    public async Task A_marker_opens_its_quotation_and_links_to_its_source_in_the_list()
    {
        var page = new HtmlParser().ParseDocument(await client.GetStringAsync("/agreements/pipir"));

        var marker = page.QuerySelectorAll("sup.footnote").First(m => m.TextContent.Contains("Neither this signing, nor joining the new group", StringComparison.Ordinal));
        var button = marker.QuerySelector("button.footnote-marker")!;
        var quote = marker.QuerySelector("[popover]")!;
        Assert.Equal(quote.Id, button.GetAttribute("popovertarget"));
        var number = button.TextContent.Trim('[', ']');
        var entry = page.GetElementById($"source-{number}")!;
        Assert.Equal("/sources/rnz-nz-joins-pipir", entry.QuerySelector("a.citation-source")!.GetAttribute("href"));
        Assert.Contains("reliability", entry.TextContent, StringComparison.Ordinal);
        Assert.Matches(@"\d{4}", entry.TextContent);
    }

    private static string? TargetOf(IElement marker) =>
        marker.QuerySelector(":scope > a")?.GetAttribute("href") ?? marker.QuerySelector(".footnote-quote > a")?.GetAttribute("href");

    private async Task<List<string>> RecordPathsAsync()
    {
        var sitemap = XDocument.Parse(await client.GetStringAsync("/sitemap.xml"));
        return sitemap.Descendants().Where(e => e.Name.LocalName == "loc")
            .Select(e => new Uri(e.Value).AbsolutePath)
            .Where(path => path.Split('/', StringSplitOptions.RemoveEmptyEntries) is [var section, _] && !NotRecords.Contains(section))
            .ToList();
    }
}
