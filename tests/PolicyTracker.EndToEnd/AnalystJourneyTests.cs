using Microsoft.Playwright;
using PolicyTracker.Core.Common;
using PolicyTracker.Core.Records;
using PolicyTracker.Tests.Infrastructure;

namespace PolicyTracker.EndToEnd;

/// <summary>An analyst narrows the workspace timeline to drafts of one agreement and downloads them as CSV.</summary>
public class AnalystJourneyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task An_analyst_filters_the_timeline_to_drafts_of_one_agreement_and_downloads_the_csv()
    {
        await fixture.App.ChangeAsync(async (_, db) =>
        {
            db.Add(TestRecords.Create(db, RecordKind.Meeting, "e2e-draft-meeting", PublicationState.Draft));
            await db.SaveChangesAsync();
        });
        var page = await fixture.NewPageAsync();
        await BrowserFixture.SignInAsync(page, BrowserFixture.AdminEmail, BrowserFixture.AdminPassword, "/workspace/timeline");
        await page.Locator("table").WaitForAsync();

        await BrowserFixture.ChooseAsync(page, "Agreement", "PIPIR");
        await BrowserFixture.ChooseAsync(page, "State", "Draft");
        await page.GetByRole(AriaRole.Button, new() { Name = "Filter", Exact = true }).ClickAsync();
        // The workspace navigates inside the page (history API): there is no load event to wait for.
        await page.WaitForURLAsync(url => url.Contains("agreement=pipir") && url.Contains("state=draft"), new() { WaitUntil = WaitUntilState.Commit, Timeout = 60_000 });
        // The table follows the address once the new filter's query has run.
        await Assertions.Expect(page.Locator("tbody tr").Filter(new() { HasText = "Published" })).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("tbody tr").Filter(new() { HasText = "Title e2e-draft-meeting" })).ToHaveCountAsync(1);
        await page.ScreenshotAsync(new() { Path = Artifacts.Screenshot("20-workspace-timeline-drafts"), FullPage = true });

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "CSV" }).ClickAsync());
        var path = Artifacts.Screenshot("21-workspace-drafts").Replace(".png", ".csv");
        await download.SaveAsAsync(path);
        var csv = await File.ReadAllTextAsync(path);

        Assert.Equal("policytracker-workspace.csv", download.SuggestedFilename);
        Assert.Contains("Title e2e-draft-meeting", csv);
        Assert.All(csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1), row => Assert.EndsWith(",Draft", row.TrimEnd('\r')));
    }
}
