using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Playwright;
using PolicyTracker.Core.Common;
using PolicyTracker.Core.Records;
using PolicyTracker.Core.Sources;
using PolicyTracker.Tests.Infrastructure;

namespace PolicyTracker.EndToEnd;

/// <summary>
/// A reader follows a verified quotation to the original page, and Chromium opens that page at the quoted words: the
/// link's Text Fragment is built from the quotation's selector. The "original" is a page served by a local website.
/// </summary>
[Collection(BrowserCollection.Name)]
public class QuotationJourneyTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const string Quoted = "the partnership will \u201cbetter integrate\u201d our defence industries";

    [Fact]
    public async Task A_verified_quotation_s_link_opens_the_original_at_the_quoted_words()
    {
        var filler = string.Concat(Enumerable.Range(1, 80).Select(i => $"<p>Paragraph {i} is about other matters entirely.</p>"));
        var original = $"<!doctype html><html><body><h1>Report</h1>{filler}<p id=\"quoted\">A US official said {Quoted}, and more.</p>{filler}</body></html>";
        await using var site = await LocalWebsite.StartAsync(new Dictionary<string, RequestDelegate> { ["/report"] = LocalWebsite.Page(original) });
        var slug = $"e2e-quoted-meeting-{Guid.NewGuid():N}";
        await Fixture.App.ChangeAsync(async (_, db) =>
        {
            var source = new Source
            {
                Slug = $"e2e-report-{Guid.NewGuid():N}", Title = "E2E report", Url = site.At("/report"),
                ReliabilityReason = "A test page.", State = PublicationState.Published,
            };
            var record = TestRecords.Create(db, RecordKind.Meeting, slug, PublicationState.Published);
            record.Citations.Add(new Citation { Source = source, Pinpoint = "the partnership will \"better integrate\" our defence industries" });
            db.AddRange(source, record);
            await db.SaveChangesAsync();
            // The copy's text is the page's; taking it verifies the quotation cited before there was a copy.
            var text = $"Report. A US official said {Quoted}, and more.";
            await new SourceArchive(db).AddCopyAsync(SourceCopy.Of(source.Id, CopyOrigin.PastedByEditor, Encoding.UTF8.GetBytes(text), text, DateTime.UtcNow, "e2e"));
        });
        var page = await Fixture.NewPageAsync();

        await page.GotoAsync($"/meetings/{slug}");
        var link = await page.Locator("a.quote-in-original").First.GetAttributeAsync("href");
        Assert.StartsWith(site.At("/report") + "#:~:text=", link);
        await page.GotoAsync(link!);

        await Assertions.Expect(page.Locator("#quoted")).ToBeInViewportAsync();
        Assert.True(await page.EvaluateAsync<double>("window.scrollY") > 1000, "Chromium did not scroll to the quoted words.");
        await page.ScreenshotAsync(new() { Path = Artifacts.Screenshot("36-original-opened-at-the-quotation") });
    }

    [Fact]
    public async Task An_editor_checks_every_link_now_and_finds_a_gone_original_that_readers_are_then_told_of()
    {
        await using var site = await LocalWebsite.StartAsync(new Dictionary<string, RequestDelegate> { ["/withdrawn"] = LocalWebsite.Status(StatusCodes.Status410Gone) });
        var title = $"E2E withdrawn report {Guid.NewGuid():N}";
        var slug = $"e2e-withdrawn-{Guid.NewGuid():N}";
        await Fixture.App.ChangeAsync(async (_, db) =>
        {
            db.Sources.Add(new Source { Slug = slug, Title = title, Url = site.At("/withdrawn"), ReliabilityReason = "A test page.", State = PublicationState.Published });
            await db.SaveChangesAsync();
        });
        var page = await Fixture.NewPageAsync();
        await BrowserFixture.SignInAsync(page, BrowserFixture.AdminEmail, BrowserFixture.AdminPassword, "/workspace/sources/attention");

        await page.GetByRole(AriaRole.Button, new() { Name = "Check now" }).ClickAsync();

        // The run's progress shows as it goes; the gone page is listed once it has been asked.
        var row = page.Locator("[data-testid=sources-needing-attention] tr").Filter(new() { HasText = title });
        await Assertions.Expect(row).ToContainTextAsync("Gone", new() { Timeout = 60_000 });
        await Assertions.Expect(row).ToContainTextAsync("The page answers 410 Gone.");
        await Assertions.Expect(page.Locator("[data-testid=link-watch-run]")).ToContainTextAsync("Last run finished", new() { Timeout = 60_000 });
        await page.ScreenshotAsync(new() { Path = Artifacts.Screenshot("37-sources-needing-attention") });

        var reader = await Fixture.NewPageAsync(375, 800);
        await reader.GotoAsync($"/sources/{slug}");
        await Assertions.Expect(reader.Locator("[data-testid=original-notice]")).ToContainTextAsync("The original is no longer available (checked");
    }
}
