namespace PolicyTracker.EndToEnd;

/// <summary>
/// axe-core (Deque's accessibility engine) over the public pages at phone, tablet and desktop widths, in Chromium: no
/// serious or critical violation of WCAG 2.2 A/AA, and no sideways scrolling. Lesser findings are written to the test output to be read. Each
/// page is also saved as a screenshot at each width (artifacts/screenshots/pages), for a person to look over.
/// </summary>
[Collection(SweepCollection.Name)]
public class AccessibilityTests(BrowserFixture fixture, Xunit.Abstractions.ITestOutputHelper output) : BrowserTest(fixture)
{
    public static readonly int[] Widths = [375, 768, 1280];

    public static TheoryData<string, int> Pages()
    {
        var data = new TheoryData<string, int>();
        foreach (var width in Widths)
        {
            foreach (var path in new[]
            {
                "/", "/agreements", "/agreements/pipir", "/timeline", "/statements", "/meetings", "/commitments", "/not-announced", "/amounts",
                "/commitments/officials-to-advise-on-implementing-principles", "/statements/laplante-pipir-collective-ability",
                "/oia-releases/oia-pipir-briefings-to-rnz", "/questions/peters-refers-pipir-questions-to-collins",
                "/people", "/people/judith-collins", "/organisations", "/organisations/nz-ministry-of-defence", "/countries", "/countries/new-zealand", "/sources", "/sources/rnz-nz-joins-pipir", "/search?q=pipir", "/corrections", "/about", "/agreements/pipir/changes", "/agreements/pipir/versions/1", "/data", "/alerts/new?agreement=pipir", "/account/login",
            })
            {
                data.Add(path, width);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Public_pages_have_no_serious_accessibility_violations(string path, int width)
    {
        var page = await Fixture.ReaderPageAsync(width);
        await page.GotoAsync(path);

        await page.ScreenshotAsync(new() { Path = Artifacts.Screenshot($"pages/{Artifacts.NameOf(path)}-{width}"), FullPage = true });
        var serious = await SeriousViolationsAsync(page, $"{path} @{width}", output);
        serious.AddRange(await BrowserFixture.SidewaysScrollAsync(page, $"{path} @{width}"));
        serious.AddRange(await BrowserFixture.CodeNamesAsync(page, $"{path} @{width}"));
        Assert.True(serious.Count == 0, $"{path} at {width} px:\n{string.Join("\n", serious)}");
    }

    [Fact]
    public async Task The_checker_finds_what_it_is_meant_to_find()
    {
        var page = await Fixture.NewPageAsync(375, 900);
        await page.SetContentAsync("""<html lang="en"><head><title>t</title></head><body><main><img src="x.png"><p style="color:#bbb;background:#fff">Pale</p></main></body></html>""");

        var found = (await Axe.Wcag22ViolationsAsync(page)).Select(v => v.Id).ToList();

        Assert.Contains("image-alt", found);
        Assert.Contains("color-contrast", found);
    }

    /// <summary>Runs axe on the page: serious and critical violations are returned; lesser ones are written to the output.</summary>
    public static async Task<List<string>> SeriousViolationsAsync(Microsoft.Playwright.IPage page, string where, Xunit.Abstractions.ITestOutputHelper output)
    {
        var violations = await Axe.Wcag22ViolationsAsync(page);
        foreach (var minor in violations.Where(v => v.Impact is not ("serious" or "critical")))
        {
            output.WriteLine($"{where}: {minor.Impact} {minor.Id}: {minor.Help} (at {string.Join(" | ", minor.Targets)})");
        }

        return violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{where}: {v.Impact} {v.Id}: {v.Help} at {string.Join(" | ", v.Targets)}")
            .ToList();
    }
}
