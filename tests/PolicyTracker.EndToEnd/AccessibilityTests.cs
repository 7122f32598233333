using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;

namespace PolicyTracker.EndToEnd;

/// <summary>
/// axe-core (Deque's accessibility engine) over the public pages, on a phone and a desktop, in Chromium: no
/// serious or critical violation of WCAG 2.1 A/AA. Lesser findings are written to the test output to be read.
/// </summary>
public class AccessibilityTests(BrowserFixture fixture, Xunit.Abstractions.ITestOutputHelper output) : IClassFixture<BrowserFixture>
{
    public static TheoryData<string, int> Pages()
    {
        var data = new TheoryData<string, int>();
        foreach (var width in new[] { 375, 1280 })
        {
            foreach (var path in new[]
            {
                "/", "/agreements", "/agreements/pipir", "/timeline", "/statements", "/meetings", "/commitments", "/not-announced", "/amounts",
                "/commitments/officials-to-advise-on-implementing-principles", "/statements/laplante-pipir-collective-ability",
                "/oia-releases/oia-pipir-briefings-to-rnz", "/questions/peters-refers-pipir-questions-to-collins",
                "/people", "/people/judith-collins", "/sources", "/sources/rnz-nz-joins-pipir", "/search?q=pipir", "/corrections", "/about", "/agreements/pipir/changes",
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
        var page = await fixture.NewPageAsync(width, 900);
        await page.GotoAsync(path);

        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        });

        foreach (var minor in result.Violations.Where(v => v.Impact is not ("serious" or "critical")))
        {
            output.WriteLine($"{path} @{width}: {minor.Impact} {minor.Id}: {minor.Help} ({minor.Nodes.Length})");
        }

        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Impact} {v.Id}: {v.Help} at {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Target.ToString()))}")
            .ToList();
        Assert.True(serious.Count == 0, $"{path} at {width} px:\n{string.Join("\n", serious)}");
    }
}
