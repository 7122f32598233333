using System.Text.Json;
using PolicyTracker.Core.SampleData;
using PolicyTracker.Tests.Infrastructure;
using Xunit.Abstractions;

namespace PolicyTracker.Tests.SampleData;

/// <summary>
/// The sample data against the source texts it was built from (../shared/sources, beside the repository, named by
/// source slug), read from the sample file itself: every pinpoint is a verbatim quotation of its source, and every
/// Statement's quotation is verbatim too (the app verifies pinpoints against the archived texts, SampleArchiveTests,
/// but not yet a Statement's own text). Where the texts are not present this test says so and checks nothing.
/// </summary>
public class SampleDataPinpointTests(ITestOutputHelper output)
{
    [Fact]
    public void Every_pinpoint_and_every_quotation_is_verbatim_in_its_source_text()
    {
        var root = Repository.Root;
        // Found as the app finds them when it archives them with the sample data.
        if (SuppliedSourceTexts.FindFolder() is not { } sourcesFolder)
        {
            output.WriteLine("Skipped: no shared/sources folder above the repository.");
            return;
        }

        var texts = Directory.GetFiles(sourcesFolder, "*.txt").ToDictionary(path => Path.GetFileNameWithoutExtension(path)!, File.ReadAllText);
        using var data = JsonDocument.Parse(File.ReadAllText(Path.Combine(root, "src", "PolicyTracker.Core", "SampleData", "sample-data.json")), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var problems = new List<string>();
        var checkedCount = 0;
        foreach (var citation in Objects(data.RootElement).Where(o => o.TryGetProperty("sourceId", out _) && o.TryGetProperty("pinpoint", out _)))
        {
            var source = SlugOf(citation.GetProperty("sourceId").GetString()!);
            var pinpoint = citation.GetProperty("pinpoint").GetString();
            if (pinpoint is null || !texts.TryGetValue(source, out var text))
            {
                continue;
            }

            checkedCount++;
            if (!text.Contains(pinpoint, StringComparison.Ordinal))
            {
                problems.Add($"pinpoint not in {source}: \"{pinpoint}\"");
            }
        }

        foreach (var statement in data.RootElement.GetProperty("records").EnumerateArray()
            .Where(r => r.GetProperty("kind").GetString() == "Statement" && r.GetProperty("mode").GetString() == "Quotation"))
        {
            var cited = statement.GetProperty("citations").EnumerateArray().Select(c => SlugOf(c.GetProperty("sourceId").GetString()!))
                .Where(texts.ContainsKey).ToList();
            var quotation = statement.GetProperty("statementText").GetString()!;
            if (cited.Count == 0)
            {
                continue;
            }

            checkedCount++;
            if (!cited.Any(source => texts[source].Contains(quotation, StringComparison.Ordinal)))
            {
                problems.Add($"quotation {statement.GetProperty("slug").GetString()} not verbatim in {string.Join(", ", cited)}: \"{quotation}\"");
            }
        }

        output.WriteLine($"Checked {checkedCount} pinpoints and quotations against {texts.Count} source texts.");
        Assert.True(checkedCount > 50, $"Only {checkedCount} checked: are the slugs still the file names?");
        Assert.Empty(problems);
    }

    /// <summary>"source:rnz-nz-joins-pipir" → "rnz-nz-joins-pipir", the text's file name.</summary>
    private static string SlugOf(string reference) => reference.StartsWith("source:", StringComparison.Ordinal)
        ? reference["source:".Length..]
        : throw new InvalidOperationException($"A citation's sourceId should name a source (\"source:<slug>\"), not \"{reference}\".");

    private static IEnumerable<JsonElement> Objects(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Objects(p.Value)).Prepend(element),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Objects),
        _ => [],
    };
}
