using Deque.AxeCore.Commons;
using System.Text.Json;
using Microsoft.Playwright;

namespace PolicyTracker.EndToEnd;

/// <summary>
/// axe-core, Deque's accessibility engine (the copy shipped in Deque.AxeCore.Commons), run inside the page. Deque's
/// Playwright wrapper runs axe frame by frame and finishes each run in a new blank page, for cross-origin frames these
/// pages do not have; that took 2–3 s a page on the CI machine, while axe.run in the page takes 0.1–0.4 s.
/// </summary>
public static class Axe
{
    /// <summary>The WCAG 2.2 A and AA rules axe knows.</summary>
    private static readonly string[] Wcag22Tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

    private static readonly Lazy<string> Source = new(() =>
    {
        using var stream = typeof(AxeRunOptions).Assembly.GetManifestResourceStream("Deque.AxeCore.Commons.Resources.axe.min.js")
            ?? throw new InvalidOperationException("Deque.AxeCore.Commons no longer ships axe.min.js where it did.");
        return new StreamReader(stream).ReadToEnd();
    });

    public sealed record Violation(string Id, string Impact, string Help, string[] Targets);

    /// <summary>Every WCAG 2.2 A/AA violation on the page as it stands, with up to three of the elements at fault.</summary>
    public static async Task<Violation[]> Wcag22ViolationsAsync(IPage page)
    {
        // Evaluated by the browser's debugging protocol, which the page's content security policy does not govern.
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
        {
            await page.EvaluateAsync(Source.Value);
        }

        var json = await page.EvaluateAsync<string>(
            """
            async tags => JSON.stringify((await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }))
                .violations.map(v => ({ id: v.id, impact: v.impact ?? 'unknown', help: v.help, targets: v.nodes.slice(0, 3).map(n => n.target.join(' ')) })))
            """,
            Wcag22Tags);
        return JsonSerializer.Deserialize<Violation[]>(json, JsonSerializerOptions.Web)!;
    }
}
