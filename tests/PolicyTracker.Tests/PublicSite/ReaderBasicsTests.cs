using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using PolicyTracker.Tests.Infrastructure;

namespace PolicyTracker.Tests.PublicSite;

/// <summary>What every reader meets: a landmark to skip to, a favicon, words instead of codes, sources in trust order.</summary>
public class ReaderBasicsTests(PostgresAppFixture fixture) : IClassFixture<PostgresAppFixture>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/agreements/pipir")]
    [InlineData("/sources")]
    public async Task Every_page_has_a_skip_link_to_its_main_landmark(string path)
    {
        var page = new HtmlParser().ParseDocument(await fixture.App.CreateClient().GetStringAsync(path));

        var skip = page.QuerySelector("a.skip-link")!;
        Assert.Equal("#main", skip.GetAttribute("href"));
        Assert.Single(page.QuerySelectorAll("main#main"));
        Assert.Same(skip, page.QuerySelector("body a"));
    }

    [Theory]
    [InlineData("/favicon.ico")]
    [InlineData("/favicon.svg")]
    public async Task The_favicon_is_there(string path) =>
        Assert.Equal(HttpStatusCode.OK, (await fixture.App.CreateClient().GetAsync(path)).StatusCode);

    [Fact]
    public async Task Every_page_names_a_web_app_manifest_that_is_served_and_names_the_site()
    {
        var client = fixture.App.CreateClient();
        var home = await client.GetStringAsync("/");
        Assert.Contains("<link rel=\"manifest\" href=\"manifest.webmanifest\"", home);

        using var manifest = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync("/manifest.webmanifest"));
        Assert.Equal("PolicyTracker", manifest.RootElement.GetProperty("name").GetString());
        Assert.Equal("/", manifest.RootElement.GetProperty("start_url").GetString());
    }

    [Fact]
    public async Task Sources_are_listed_most_reliable_first_with_counts_that_agree_in_number()
    {
        var page = new HtmlParser().ParseDocument(await fixture.App.CreateClient().GetStringAsync("/sources"));

        var ranks = page.QuerySelectorAll("tbody tr").Select(row => row.TextContent)
            .Select(text => text.Contains("High reliability") ? 0 : text.Contains("Medium reliability") ? 1 : text.Contains("Low reliability") ? 2 : -1)
            .ToList();
        Assert.DoesNotContain(-1, ranks);
        Assert.Contains(2, ranks);
        Assert.Equal(ranks.Order(), ranks);
        Assert.DoesNotContain(" 1 records", page.Body!.TextContent);
    }

    [Fact]
    public async Task A_source_page_names_its_kind_in_words()
    {
        var page = await fixture.App.CreateClient().GetStringAsync("/sources/rnz-nz-joins-pipir");

        Assert.Contains("Source · News article", page);
        Assert.DoesNotContain("NewsArticle", page.Replace("\"NewsArticle\"", ""));
    }

    /// <summary>
    /// Every public listing, one published record of each kind, the CSV files and the feed: what a reader reads carries
    /// no enumeration's code name ("InProgress", "OiaRelease"). Markup is skipped: class names and addresses may.
    /// </summary>
    [Fact]
    public async Task No_page_file_or_feed_shows_an_enumeration_code_name()
    {
        var paths = new List<string>
        {
            "/", "/timeline", "/commitments", "/not-announced", "/amounts", "/sources", "/timeline.csv", "/sources.csv", "/feed.atom",
        };
        paths.AddRange(await PublicRecordPages.OneOfEachKindAsync(fixture.App));
        var client = fixture.App.CreateClient();

        foreach (var path in paths)
        {
            var body = await client.GetStringAsync(path);
            var text = path.EndsWith(".atom", StringComparison.Ordinal) ? System.Xml.Linq.XDocument.Parse(body).Root!.Value
                : path.EndsWith(".csv", StringComparison.Ordinal) ? body
                : ReadableText(new HtmlParser().ParseDocument(body));
            var leaked = EnumCodeNames.FoundIn(text);
            Assert.True(leaked.Count == 0, $"{path} shows {string.Join(", ", leaked)}");
        }
    }

    // The page's words: scripts and styles (JSON-LD speaks schema.org, not to readers) are left out.
    private static string ReadableText(AngleSharp.Html.Dom.IHtmlDocument page)
    {
        foreach (var hidden in page.QuerySelectorAll("script, style").ToList())
        {
            hidden.Remove();
        }

        return page.Body!.TextContent;
    }

    /// <summary>
    /// The home page's news is what happened, latest first by when it happened, and apart from it the real
    /// corrections and updates: not ten identical "Published" lines from the day the sample data was loaded.
    /// </summary>
    [Fact]
    public async Task The_home_page_lists_the_latest_developments_by_date_and_real_corrections_apart()
    {
        var latest = new List<string>();
        var correctedId = Guid.Empty;
        await fixture.App.ChangeAsync(async (_, db) =>
        {
            var published = db.Records.Where(r => r.State == Core.Common.PublicationState.Published && r.Date.Start != null);
            var newestStart = await published.MaxAsync(r => r.Date.Start);
            latest = await published.Where(r => r.Date.Start == newestStart).Select(r => r.Title).ToListAsync();
            correctedId = await published.OrderBy(r => r.Date.Start).Select(r => r.Id).FirstAsync();
        });
        var client = fixture.App.CreateClient();

        var home = new HtmlParser().ParseDocument(await client.GetStringAsync("/"));
        var developments = home.QuerySelectorAll(".latest-developments li").Select(li => li.TextContent).ToList();
        Assert.Equal(8, developments.Count);
        Assert.Contains(latest, title => developments[0].Contains(title, StringComparison.Ordinal));
        Assert.Equal(developments.Count, developments.Distinct().Count());
        Assert.DoesNotContain(home.QuerySelectorAll(".latest-corrections li"), li => li.TextContent.Contains("Published", StringComparison.Ordinal));

        await fixture.App.EditAsync(editor => editor.CorrectAsync(correctedId, draft => draft.Summary += " Corrected for the home page test.", "The summary left out a step."));

        home = new HtmlParser().ParseDocument(await client.GetStringAsync("/"));
        var correction = Assert.Single(home.QuerySelectorAll(".latest-corrections li"), li => li.TextContent.Contains("The summary left out a step.", StringComparison.Ordinal));
        Assert.Contains("Corrected", correction.TextContent);
    }
}
