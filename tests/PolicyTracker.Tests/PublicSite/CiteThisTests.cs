using System.Net;
using System.Text.Json;
using AngleSharp.Html.Parser;
using PolicyTracker.Core.Common;
using PolicyTracker.Core.Records;
using PolicyTracker.Tests.Infrastructure;
using PolicyTracker.Web.Records;

namespace PolicyTracker.Tests.PublicSite;

/// <summary>
/// A reader cites a record: APA, Chicago and MLA text on its page, BibTeX, RIS and CSL-JSON files, and Highwire tags
/// that a reference manager picks up in one click.
/// </summary>
public class CiteThisTests(PostgresAppFixture fixture) : IClassFixture<PostgresAppFixture>
{
    private static readonly RecordCitation Example = new(
        "policytracker-pipir-first-meeting-honolulu-v2", "PIPIR's first meeting, Honolulu", "Meeting", new Uri("https://policytracker.example/meetings/pipir-first-meeting-honolulu/versions/2"),
        new DateOnly(2026, 6, 2), new DateOnly(2026, 9, 30));

    [Fact]
    public void The_three_styles_are_written_as_each_prescribes_for_a_changing_web_page()
    {
        Assert.Equal(
            "PolicyTracker. (2026, June 2). PIPIR's first meeting, Honolulu [Meeting]. PolicyTracker. Retrieved September 30, 2026, from https://policytracker.example/meetings/pipir-first-meeting-honolulu/versions/2",
            Example.Apa);
        Assert.Equal(
            "PolicyTracker. \u201cPIPIR's first meeting, Honolulu.\u201d Last modified June 2, 2026. Accessed September 30, 2026. https://policytracker.example/meetings/pipir-first-meeting-honolulu/versions/2.",
            Example.Chicago);
        // MLA keeps June whole and writes September as "Sept.".
        Assert.Equal(
            "\u201cPIPIR's first meeting, Honolulu.\u201d PolicyTracker, 2 June 2026, https://policytracker.example/meetings/pipir-first-meeting-honolulu/versions/2. Accessed 30 Sept. 2026.",
            Example.Mla);
        Assert.Contains("3 Dec. 2026", (Example with { LastChanged = new DateOnly(2026, 12, 3) }).Mla);
    }

    [Fact]
    public void The_files_carry_the_same_facts_and_a_title_cannot_break_them()
    {
        var hostile = Example with { Title = "50% of {costs} & #1 $pend_ing ~^\\ over\nlines" };

        Assert.Contains(@"title = {50\% of \{costs\} \& \#1 \$pend\_ing \textasciitilde{}\textasciicircum{}\textbackslash{} over lines},", hostile.BibTex);
        Assert.Contains("urldate = {2026-09-30}", hostile.BibTex);
        Assert.StartsWith("@misc{policytracker-pipir-first-meeting-honolulu-v2,", hostile.BibTex);
        Assert.Equal(1, hostile.BibTex.Count(c => c == '@'));
        var ris = hostile.Ris.Split("\r\n");
        Assert.Equal("TY  - ELEC", ris[0]);
        Assert.Contains("TI  - 50% of {costs} & #1 $pend_ing ~^\\ over lines", ris);
        Assert.Contains("Y2  - 2026/09/30", ris);
        Assert.Equal("ER  - ", ris[^2]);
        var csl = JsonDocument.Parse(hostile.CslJson).RootElement[0];
        Assert.Equal("webpage", csl.GetProperty("type").GetString());
        Assert.Equal(hostile.Title, csl.GetProperty("title").GetString());
        Assert.Equal("PolicyTracker", csl.GetProperty("container-title").GetString());
        Assert.Equal(2026, csl.GetProperty("issued").GetProperty("date-parts")[0][0].GetInt32());
        Assert.Equal(30, csl.GetProperty("accessed").GetProperty("date-parts")[0][2].GetInt32());
    }

    [Fact]
    public async Task A_record_page_offers_the_styles_the_files_and_highwire_tags_citing_its_current_version()
    {
        var client = fixture.App.CreateClient();
        var page = new HtmlParser().ParseDocument(await client.GetStringAsync("/meetings/pipir-first-meeting-honolulu"));

        var title = page.Head!.QuerySelector("meta[name=citation_title]")?.GetAttribute("content");
        Assert.Equal("PIPIR's first meeting, Honolulu", title);
        // The sample's records have one version each: the one published when the data was loaded.
        Assert.EndsWith("/meetings/pipir-first-meeting-honolulu/versions/1", page.Head.QuerySelector("meta[name=citation_public_url]")?.GetAttribute("content"));
        Assert.Matches(@"^\d{4}/\d{2}/\d{2}$", page.Head.QuerySelector("meta[name=citation_date]")?.GetAttribute("content"));
        var cite = page.QuerySelector("details.cite-this") ?? throw new InvalidOperationException("No Cite this on the page.");
        Assert.Contains("Retrieved", cite.TextContent);
        Assert.Contains("/meetings/pipir-first-meeting-honolulu/versions/1", cite.TextContent);

        foreach (var (extension, type) in new[] { ("bib", "application/x-bibtex"), ("ris", "application/x-research-info-systems"), ("json", "application/vnd.citationstyles.csl+json") })
        {
            var link = cite.QuerySelectorAll("a").Single(a => a.GetAttribute("href")!.EndsWith($"/cite.{extension}", StringComparison.Ordinal)).GetAttribute("href")!;
            var file = await client.GetAsync(link);
            Assert.Equal(HttpStatusCode.OK, file.StatusCode);
            Assert.Equal(type, file.Content.Headers.ContentType?.MediaType);
            Assert.Equal($"policytracker-pipir-first-meeting-honolulu-v1.{extension}", file.Content.Headers.ContentDisposition?.FileNameStar ?? file.Content.Headers.ContentDisposition?.FileName);
            var text = await file.Content.ReadAsStringAsync();
            Assert.Contains("PIPIR's first meeting, Honolulu", extension == "json" ? JsonDocument.Parse(text).RootElement[0].GetProperty("title").GetString() : text);
        }
    }

    /// <summary>Each file read by Citation.js, as a reference manager reads it: the same title, however awkward, and the permanent address.</summary>
    [Fact]
    public async Task A_reference_manager_reads_each_file_back_with_the_title_and_the_versions_address()
    {
        const string title = "50% of {costs} & #1 \\ $pending_ Māori ‘quoted’";
        await using (var db = fixture.App.Database.CreateContext())
        {
            var content = KindSamples.Publishable(RecordKind.Event, title, await KindSamples.LinksAsync(db));
            content.Slug = "an-awkward-title-to-cite";
            await fixture.App.EditAsync(editor => editor.PublishNewAsync(content));
        }

        var client = fixture.App.CreateClient();
        var folder = Directory.CreateTempSubdirectory("citations").FullName;
        var checker = Path.Combine(Repository.Root, "tests", "citation-check");
        await NodeTool.InstallAsync(checker, "ajv"); // the newest of its packages, so an older install is brought up to date
        foreach (var extension in CitationDownloads.Extensions)
        {
            var file = Path.Combine(folder, $"citation.{extension}");
            await File.WriteAllBytesAsync(file, await client.GetByteArrayAsync($"/events/an-awkward-title-to-cite/cite.{extension}"));

            var (_, output, _) = await NodeTool.RunAsync(checker, "node", [Path.Combine(checker, "check.js"), file]);

            var item = JsonDocument.Parse(output).RootElement[0];
            Assert.True(item.GetProperty("title").GetString() == title, $"{extension}: read the title as {item.GetProperty("title")}");
            Assert.EndsWith("/events/an-awkward-title-to-cite/versions/1", item.GetProperty("URL").GetString());
        }

        // The CSL-JSON was checked against the CSL schema, which Citation.js alone is not: the same file with a field the
        // schema does not define is refused.
        var csl = System.Text.Json.Nodes.JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(folder, "citation.json")))!;
        csl[0]!["publisher-name"] = "PolicyTracker";
        var invalid = Path.Combine(folder, "invalid.json");
        await File.WriteAllTextAsync(invalid, csl.ToJsonString());
        var (exitCode, _, errors) = await NodeTool.RunAsync(checker, "node", [Path.Combine(checker, "check.js"), invalid], allowFailure: true);
        Assert.NotEqual(0, exitCode);
        Assert.Contains("publisher-name", errors);
    }

    [Fact]
    public async Task Only_a_published_record_can_be_cited()
    {
        await fixture.App.ChangeAsync(async (_, db) =>
        {
            db.Add(TestRecords.Create(db, RecordKind.Meeting, "cite-a-draft", PublicationState.Draft));
            await db.SaveChangesAsync();
        });
        var client = fixture.App.CreateClient();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/meetings/cite-a-draft/cite.bib")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/meetings/no-such-meeting/cite.ris")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/meetings/pipir-first-meeting-honolulu/cite.docx")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/nowhere/pipir-first-meeting-honolulu/cite.bib")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/meetings/pipir-first-meeting-honolulu/versions/2/cite.bib")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/agreements/pipir/cite.json")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/meetings/pipir-first-meeting-honolulu/versions/1/cite.ris")).StatusCode);
        var agreement = new HtmlParser().ParseDocument(await client.GetStringAsync("/agreements/pipir"));
        Assert.Contains("/agreements/pipir/versions/1", agreement.QuerySelector("details.cite-this")?.TextContent);
    }
}
