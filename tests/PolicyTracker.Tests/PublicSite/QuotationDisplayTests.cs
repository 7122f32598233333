using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using PolicyTracker.Core.SampleData;
using PolicyTracker.Tests.Infrastructure;

namespace PolicyTracker.Tests.PublicSite;

/// <summary>
/// Only words verified in a source's archived copy are styled as a quotation, each linking to the original opened at
/// them; a quotation not yet checked, a paraphrase and a Question's text (the tracker's wording) say what they are.
/// </summary>
public class QuotationDisplayTests(PostgresAppFixture fixture) : IClassFixture<PostgresAppFixture>
{
    private static readonly bool TextsSupplied = SuppliedSourceTexts.FindFolder() is not null;

    [Fact]
    public async Task A_verified_quotation_is_a_quotation_that_opens_the_original_at_its_words_and_leads_to_the_copy()
    {
        var page = await GetAsync("/agreements/pipir");

        var quotation = page.QuerySelectorAll(".pinpoint").First(p => p.TextContent.Contains("Neither this signing, nor joining the new group"));
        if (!TextsSupplied)
        {
            Assert.Null(quotation.QuerySelector("q"));
            return;
        }

        Assert.Equal("Neither this signing, nor joining the new group, was announced by the government.", quotation.QuerySelector("q")!.TextContent);
        var original = quotation.QuerySelector("a.quote-in-original")!.GetAttribute("href")!;
        Assert.StartsWith("https://scoop.co.nz/stories/PO2412/S00035/", original);
        Assert.Contains("#:~:text=", original);
        Assert.Contains("Neither%20this%20signing%2C%20nor%20joining", original);
        Assert.Equal("/sources/rnz-nz-joins-pipir#archived-copy", quotation.QuerySelector("a.quote-in-copy")!.GetAttribute("href"));
    }

    [Fact]
    public async Task A_quotation_from_a_source_with_no_copy_is_not_styled_as_one_and_says_it_is_not_yet_checked()
    {
        var page = await GetAsync("/agreements/ntib");

        var pinpoint = page.QuerySelectorAll(".pinpoint").First(p => p.TextContent.Contains("Congress amended the law to add New Zealand"));
        Assert.Null(pinpoint.QuerySelector("q"));
        Assert.Contains("unverified", pinpoint.ClassList);
        Assert.Contains("not yet checked against a copy of it", pinpoint.TextContent);
    }

    [Fact]
    public async Task A_statement_s_words_are_a_quotation_only_once_found_in_a_copy_of_a_source_it_cites()
    {
        var endorsed = await GetAsync("/statements/collins-pleased-to-endorse-statement-of-principles");
        var notChecked = await GetAsync("/statements/peters-ntib-was-a-us-decision");

        // Its source has no archived copy: the words are shown, said to be unchecked, and not styled as a quotation.
        Assert.Empty(notChecked.QuerySelectorAll("article blockquote"));
        var words = notChecked.QuerySelector(".statement-words.unverified")!;
        Assert.Contains("was a US decision and does not impact New Zealand's foreign policy", words.TextContent);
        Assert.Contains("not yet checked against a copy of it", words.TextContent);
        var csv = (await fixture.App.CreateClient().GetStringAsync("/timeline.csv")).Split('\n');
        Assert.Contains(",Quotation not yet checked (no archived copy),", csv.Single(row => row.Contains("was a US decision and does not impact", StringComparison.Ordinal)));
        if (TextsSupplied)
        {
            Assert.Contains("New Zealand is pleased to endorse the Statement of Principles", endorsed.QuerySelector("article blockquote.quotation")!.TextContent);
        }
        else
        {
            Assert.Empty(endorsed.QuerySelectorAll("article blockquote"));
        }
    }

    [Fact]
    public async Task A_question_s_text_is_the_tracker_s_wording_and_never_a_quotation()
    {
        var page = await GetAsync("/questions/rnz-asks-nz-part-statement-of-principles");

        var question = page.QuerySelector(".question-text")!;
        Assert.Contains("The question, in the tracker's words:", question.TextContent);
        Assert.Empty(page.QuerySelectorAll("article blockquote"));
        Assert.Null(question.Closest("q, blockquote"));
        Assert.Empty(question.QuerySelectorAll("q"));
    }

    [Fact]
    public async Task A_source_page_gives_its_archived_copy_s_retrieval_and_digest_and_each_quotation_in_context()
    {
        var page = await GetAsync("/sources/rnz-nz-joins-pipir");
        var archive = page.QuerySelector("#archived-copy")!.TextContent;

        if (!TextsSupplied)
        {
            Assert.Contains("No archived copy yet", archive);
            return;
        }

        Assert.Contains("Text supplied with the tracker's sample data, retrieved", archive);
        Assert.Matches("SHA-256 [0-9a-f]{64}", archive);
        var passage = page.QuerySelectorAll(".passage-in-context").Select(p => p.TextContent).First(p => p.Contains("Neither this signing"));
        Assert.Contains("In the archived copy:", passage);
        Assert.True(passage.Length > "Neither this signing, nor joining the new group, was announced by the government.".Length + 40, passage);
        Assert.Contains("No archived copy yet", (await GetAsync("/sources/rnz-nz-ntib-inclusion")).QuerySelector("#archived-copy")!.TextContent);
    }

    [Fact]
    public async Task The_api_gives_each_pinpoint_s_status_and_selector_and_a_source_s_archive_facts()
    {
        var client = fixture.App.CreateClient();
        using var source = JsonDocument.Parse(await client.GetStringAsync("/api/sources/rnz-nz-joins-pipir"));
        using var agreement = JsonDocument.Parse(await client.GetStringAsync("/api/agreements/pipir"));
        var archive = source.RootElement.GetProperty("archive");
        var citation = Objects(agreement.RootElement)
            .First(o => o.TryGetProperty("pinpoint", out var p) && p.GetString()?.StartsWith("Neither this signing", StringComparison.Ordinal) == true);
        if (!TextsSupplied)
        {
            Assert.Equal(JsonValueKind.Null, archive.ValueKind);
            Assert.Equal("NotYetVerified", citation.GetProperty("status").GetString());
            return;
        }

        Assert.Equal("SuppliedText", archive.GetProperty("origin").GetString());
        Assert.Matches("^[0-9a-f]{64}$", archive.GetProperty("sha256").GetString());
        Assert.Equal("VerifiedQuotation", citation.GetProperty("status").GetString());
        Assert.Equal("Quotation", citation.GetProperty("pinpointKind").GetString());
        Assert.Equal(citation.GetProperty("pinpoint").GetString(), citation.GetProperty("quote").GetProperty("exact").GetString());
        Assert.Contains("#:~:text=", citation.GetProperty("originalAtQuote").GetString());
    }

    private static IEnumerable<JsonElement> Objects(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Objects(p.Value)).Prepend(element),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Objects),
        _ => [],
    };

    private async Task<IDocument> GetAsync(string path) =>
        new HtmlParser().ParseDocument(await fixture.App.CreateClient().GetStringAsync(path));
}
