using System.Net;
using AngleSharp.Html.Parser;
using PolicyTracker.Core.Agreements;
using PolicyTracker.Core.Common;
using PolicyTracker.Core.Records;
using PolicyTracker.Tests.Infrastructure;

namespace PolicyTracker.Tests.Agreements;

public class AgreementPagesTests(PostgresAppFixture fixture) : IClassFixture<PostgresAppFixture>
{
    private readonly HttpClient client = fixture.App.CreateClient();

    [Theory]
    [InlineData("/")]
    [InlineData("/agreements")]
    [InlineData("/agreements/pipir")]
    [InlineData("/agreements/statement-of-principles")]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Public_pages_answer_200_with_the_sample_data(string path)
    {
        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task The_agreement_page_shows_each_fact_with_its_citation()
    {
        var page = await GetDocumentAsync("/agreements/pipir");

        Assert.Equal("Partnership for Indo-Pacific Industrial Resilience (PIPIR)", page.QuerySelector("h1")?.TextContent.Trim());
        var history = page.QuerySelector("ol.status-history")!;
        Assert.Contains("Joined", history.TextContent);
        Assert.Contains("late 2022", (await GetDocumentAsync("/agreements/ntib")).QuerySelector("ol.status-history")!.TextContent);
        Assert.All(history.QuerySelectorAll(":scope > li"), step => Assert.NotNull(step.QuerySelector(".citations .footnote")));
        Assert.Contains(page.QuerySelectorAll(".pinpoint q"), q => q.TextContent.Contains("Neither this signing, nor joining the new group"));
        Assert.Contains("NZ priority", page.QuerySelector("#workstreams")!.ParentElement!.TextContent);
        var sources = page.QuerySelectorAll("ol.sources-cited a.citation-source").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(sources.Distinct().Count(), sources.Count);
        Assert.Contains("/sources/rnz-nz-joins-pipir", sources);
        Assert.Contains("/sources/mick-hall-nz-part-of-drive", sources); // cited only by a status change's date claim
    }

    [Fact]
    public async Task The_statement_of_principles_page_shows_both_dates_with_their_sources()
    {
        var page = await GetDocumentAsync("/agreements/statement-of-principles");

        var claims = page.QuerySelector(".date-claims")!;
        Assert.Contains("Sources disagree on the date", claims.TextContent);
        Assert.Contains("1 May 2024", claims.TextContent);
        Assert.Contains("June 2024", claims.TextContent);
        Assert.Contains("NZ joins new group", claims.TextContent);
        Assert.Contains("NZ agrees to help US expand weapons manufacturing", claims.TextContent);
    }

    [Fact]
    public async Task A_draft_agreement_is_not_found()
    {
        await AddAgreementAsync("draft-agreement", "Secret draft agreement", PublicationState.Draft);

        var response = await client.GetAsync("/agreements/draft-agreement");
        var listing = await client.GetStringAsync("/agreements");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page not found", await response.Content.ReadAsStringAsync());
        Assert.DoesNotContain("Secret draft agreement", listing);
    }

    [Fact]
    public async Task An_unknown_slug_is_a_friendly_404()
    {
        var response = await client.GetAsync("/agreements/no-such-agreement");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page not found", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_script_payload_stored_in_a_title_renders_inert()
    {
        const string payload = "<script>document.title='owned'</script><img src=x onerror=alert(1)>";
        await AddAgreementAsync("script-title", payload, PublicationState.Published);

        var html = await client.GetStringAsync("/agreements/script-title");
        var page = new HtmlParser().ParseDocument(html);

        Assert.Equal(payload, page.QuerySelector("h1")!.TextContent.Trim());
        Assert.DoesNotContain(page.QuerySelectorAll("script:not([type='application/ld+json'])"), s => s.TextContent.Contains("owned"));
        Assert.Empty(page.QuerySelectorAll("img[onerror]"));
        Assert.Contains("&lt;script&gt;", html);
        // In JSON-LD the payload survives as data, escaped so it cannot close the script element.
        var jsonLd = Assert.Single(page.QuerySelectorAll("script[type='application/ld+json']")).TextContent;
        Assert.DoesNotContain("<", jsonLd);
        Assert.Equal(payload, System.Text.Json.JsonDocument.Parse(jsonLd).RootElement.GetProperty("name").GetString());
    }

    private async Task<AngleSharp.Html.Dom.IHtmlDocument> GetDocumentAsync(string path) =>
        new HtmlParser().ParseDocument(await client.GetStringAsync(path));

    // Stored straight through the context, as imported or legacy data would be, to test what the page does with it.
    private Task AddAgreementAsync(string slug, string title, PublicationState state) =>
        fixture.App.ChangeAsync(async (_, db) =>
        {
            db.Add(TestRecords.Create(db, RecordKind.Agreement, slug, state, title));
            await db.SaveChangesAsync();
        });
}
