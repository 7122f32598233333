using System.Reflection;
using System.Text.Json;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using PolicyTracker.Core.Common;
using PolicyTracker.Core.Records;
using PolicyTracker.Tests.Infrastructure;
using PolicyTracker.Web.Components.Shared;
using Xunit.Abstractions;

namespace PolicyTracker.Tests.Security;

/// <summary>
/// The Big List of Naughty Strings (blns.json, 485 strings) through the editor's write path, one string in every
/// text field of one record, the kinds taken in turn: each is either refused with a message (control characters,
/// markup, nothing left after trimming) or stored, published, and then shown by every public output without
/// breaking it or running anything.
/// </summary>
public class HostileStringsTests(PostgresAppFixture fixture, ITestOutputHelper output) : IClassFixture<PostgresAppFixture>
{
    [Fact]
    public async Task Every_naughty_string_is_refused_with_a_message_or_published_and_shown_safely_everywhere()
    {
        var strings = JsonSerializer.Deserialize<string[]>(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Security", "blns.json")))!;
        KindSamples.SampleLinks links;
        await using (var db = fixture.App.Database.CreateContext())
        {
            links = await KindSamples.LinksAsync(db);
        }

        var kinds = RecordKinds.All.Select(k => k.Kind).ToArray();
        var published = new List<(RecordKind Kind, string Slug)>();
        var refused = 0;
        var reasons = new List<string>();
        for (var i = 0; i < strings.Length; i++)
        {
            var kind = kinds[i % kinds.Length];
            var content = KindSamples.Publishable(kind, $"Naughty {i} placeholder", links);
            FillEveryText(content, strings[i]);
            content.Slug = $"naughty-{i}";
            if (content.Fields is Core.Statements.StatementFields statement)
            {
                // No source says these words: given as the speaker's own, they would be refused as not in its copy.
                statement.Mode = Core.Statements.StatementMode.Paraphrase;
            }
            try
            {
                await fixture.App.EditAsync(async editor =>
                {
                    await editor.PublishNewAsync(content);
                });
                published.Add((kind, content.Slug));
            }
            catch (ValidationException invalid)
            {
                // Refused only for the rules' own reasons, each said in words.
                Assert.NotEmpty(invalid.Problems);
                Assert.All(invalid.Problems, p => Assert.True(
                    Reasons.Any(reason => p.Message.Contains(reason, StringComparison.Ordinal)), $"string {i} refused for another reason: {p.Field}: {p.Message}"));
                refused++;
                reasons.Add(string.Join(" | ", invalid.Problems.Select(p => p.Message[(p.Field.Length + 1)..]).Distinct()));
            }
        }

        output.WriteLine($"{strings.Length} strings: {published.Count} published, {refused} refused with messages.");
        foreach (var reason in reasons.GroupBy(r => r).OrderByDescending(g => g.Count()))
        {
            output.WriteLine($"{reason.Count()} ×{reason.Key}");
        }

        // Everything that is not markup, blank or a control character is text someone might write, and is kept.
        Assert.True(published.Count > 200, $"Only {published.Count} of {strings.Length} were accepted: the rules refuse too much.");

        var client = fixture.App.CreateClient();
        XDocument.Parse(await client.GetStringAsync("/feed.atom"));
        XDocument.Parse(await client.GetStringAsync("/sitemap.xml"));
        JsonDocument.Parse(await client.GetStringAsync("/api/records?from=2025-03&to=2025-03"));
        Assert.True((await client.GetAsync("/timeline.csv?from=2025-03&to=2025-03")).IsSuccessStatusCode);
        AssertSafeHtml("/timeline?from=2025-03&to=2025-03", await client.GetStringAsync("/timeline?from=2025-03&to=2025-03"));
        AssertSafeHtml("/search", await client.GetStringAsync("/search?q=naughty"));
        foreach (var (kind, slug) in published)
        {
            var path = Paths.Record(kind, slug);
            var response = await client.GetAsync(path);
            Assert.True(response.IsSuccessStatusCode, $"{path} answered {(int)response.StatusCode}");
            AssertSafeHtml(path, await response.Content.ReadAsStringAsync());
            var api = await client.GetAsync(kind == RecordKind.Agreement ? $"/api/agreements/{slug}" : $"/api/records/{slug}");
            Assert.True(api.IsSuccessStatusCode, $"the API for {path} answered {(int)api.StatusCode}");
            JsonDocument.Parse(await api.Content.ReadAsStringAsync());
        }
    }

    /// <summary>What the rules refuse text for: markup, nothing left after trimming, an invisible control character, length.</summary>
    private static readonly string[] Reasons = ["contains HTML or script markup", "is required", "invisible control character", "the limit is"];

    /// <summary>Whatever was stored, the page holds no script but its JSON-LD (which parses), and no element runs code on an event.</summary>
    private static void AssertSafeHtml(string path, string html)
    {
        var page = new HtmlParser().ParseDocument(html);
        foreach (var script in page.QuerySelectorAll("script"))
        {
            Assert.True(script.GetAttribute("type") == "application/ld+json", $"{path}: a script element: {script.OuterHtml[..Math.Min(200, script.OuterHtml.Length)]}");
            JsonDocument.Parse(script.TextContent);
        }

        var handlers = page.All.SelectMany(e => e.Attributes.Where(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)).Select(a => $"{e.LocalName}[{a.Name}]")).ToList();
        Assert.True(handlers.Count == 0, $"{path}: event handler attributes: {string.Join(", ", handlers)}");
        Assert.DoesNotContain(page.QuerySelectorAll("a[href]"), a => a.GetAttribute("href")!.TrimStart().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase));
        Assert.Empty(page.QuerySelectorAll("iframe, object, embed"));
    }

    /// <summary>Every text the content holds, shared and the kind's own, and each of its citations' pinpoints.</summary>
    private static void FillEveryText(RecordContent content, string text)
    {
        foreach (var target in new object[] { content, content.Fields }.Concat(content.Citations))
        {
            foreach (var property in target.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.PropertyType == typeof(string) && p.CanWrite && p.Name != nameof(SharedContent.Slug)))
            {
                property.SetValue(target, text);
            }
        }

        // A statement's speaker is named or unnamed, not both: the hostile string becomes its unnamed speaker.
        if (content.Fields is PolicyTracker.Core.Statements.StatementFields statement && !string.IsNullOrWhiteSpace(text))
        {
            (statement.SpeakerId, statement.SpeakingOrganisationId) = (null, null);
        }
    }
}
