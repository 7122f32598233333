using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using PolicyTracker.Core.Agreements;

namespace PolicyTracker.EndToEnd;

/// <summary>
/// axe over every workspace page each role can open, at phone, tablet and desktop widths, signed in as that role:
/// no serious or critical WCAG 2.2 A/AA violation, and no sideways scrolling. Each page is saved as a screenshot per role and width.
/// </summary>
[Collection(SweepCollection.Name)]
public class WorkspaceAccessibilityTests(BrowserFixture fixture, Xunit.Abstractions.ITestOutputHelper output) : BrowserTest(fixture)
{
    private static readonly string[] AnalystPages = ["/workspace", "/workspace/timeline", "/workspace/sources/attention", "/account/password", "/account/two-factor-setup", "/account/passkeys"];

    private static readonly string[] EditorPages =
    [
        "/workspace/records/new", "/workspace/records/new/statements", "/workspace/records/{pipir}", "/workspace/records/{pipir}/history",
        "/workspace/records/{pipir}/preview", "/workspace/directory/people", "/workspace/directory/sources", "/workspace/bin",
    ];

    private static readonly string[] AdminPages = ["/workspace/users", "/workspace/audit", "/workspace/import"];

    [Theory]
    [InlineData("analyst")]
    [InlineData("editor")]
    [InlineData("admin")]
    public async Task Every_workspace_page_of_a_role_has_no_serious_accessibility_violations(string role)
    {
        var (email, password, paths) = role switch
        {
            "analyst" => (BrowserFixture.AnalystEmail, BrowserFixture.AnalystPassword, AnalystPages),
            "editor" => (BrowserFixture.ReviewerEmail, BrowserFixture.ReviewerPassword, [.. AnalystPages, .. EditorPages]),
            _ => (BrowserFixture.AdminEmail, BrowserFixture.AdminPassword, [.. AnalystPages, .. EditorPages, .. AdminPages]),
        };
        var pipir = Guid.Empty;
        await Fixture.App.ChangeAsync(async (_, db) => pipir = await db.Set<Agreement>().Where(a => a.Slug == "pipir").Select(a => a.Id).SingleAsync());
        var page = await Fixture.NewPageAsync();
        await BrowserFixture.SignInAsync(page, email, password);

        var serious = new List<string>();
        foreach (var template in paths)
        {
            var path = template.Replace("{pipir}", pipir.ToString(), StringComparison.Ordinal);
            foreach (var width in AccessibilityTests.Widths)
            {
                await page.SetViewportSizeAsync(width, 900);
                var name = $"workspace/{role}-{Artifacts.NameOf(template.Replace("{pipir}", "pipir", StringComparison.Ordinal))}-{width}";
                await OpenAsync(page, path, name, $"{role} {template} @{width}");
                await page.ScreenshotAsync(new() { Path = Artifacts.Screenshot(name), FullPage = true });
                serious.AddRange(await AccessibilityTests.SeriousViolationsAsync(page, $"{role} {template} @{width}", output));
                serious.AddRange(await BrowserFixture.SidewaysScrollAsync(page, $"{role} {template} @{width}"));
                serious.AddRange(await BrowserFixture.CodeNamesAsync(page, $"{role} {template} @{width}"));
            }
        }

        Assert.True(serious.Count == 0, string.Join("\n", serious));
    }

    /// <summary>
    /// Opens the page and waits for its heading, which interactive pages draw once their circuit is up. Once in four
    /// full runs on the 2-core CI machine a history page at 768 px drew none for 30 s; that is kept as a screenshot and
    /// in the output, and the page is loaded once more, so the accessibility checks still run on it.
    /// </summary>
    private async Task OpenAsync(IPage page, string path, string name, string where)
    {
        for (var attempt = 1; ; attempt++)
        {
            var response = await page.GotoAsync(path);
            Assert.True(response!.Ok, $"{where}: could not open {path}: {response.Status}.");
            try
            {
                await page.Locator("main h1").First.WaitForAsync(new() { Timeout = 20_000 });
                return;
            }
            catch (TimeoutException) when (attempt == 1)
            {
                await page.ScreenshotAsync(new() { Path = Artifacts.Screenshot(name + "-no-heading"), FullPage = true });
                var text = await page.InnerTextAsync("body");
                output.WriteLine($"{where}: no heading 20 s after loading; loading again. The page said: {text[..Math.Min(text.Length, 400)]}");
            }
        }
    }
}
