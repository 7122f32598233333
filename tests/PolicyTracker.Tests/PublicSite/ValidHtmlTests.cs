using System.Diagnostics;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PolicyTracker.Tests.Infrastructure;

namespace PolicyTracker.Tests.PublicSite;

/// <summary>
/// Every kind of public page passes html-validate's recommended rules, with the exceptions tests/html-validate/
/// .htmlvalidate.json lists and explains. html-validate runs on the machine's Node.js from tests/html-validate (npm ci
/// there first if it is not installed).
/// </summary>
public class ValidHtmlTests(PostgresAppFixture fixture) : IClassFixture<PostgresAppFixture>
{
    private static readonly string[] Listings =
    [
        "/", "/agreements", "/agreements/pipir", "/timeline", "/statements", "/meetings", "/commitments", "/not-announced", "/amounts", "/people",
        "/sources", "/search?q=pipir", "/corrections", "/about", "/agreements/pipir/changes", "/agreements/pipir/versions/1", "/meetings/pipir-first-meeting-honolulu/versions/1", "/data", "/alerts/new?agreement=pipir", "/people/judith-collins", "/sources/rnz-nz-joins-pipir",
    ];

    [Fact]
    public async Task Every_kind_of_public_page_passes_html_validate()
    {
        var paths = new List<string>(Listings);
        paths.AddRange(await PublicRecordPages.OneOfEachKindAsync(fixture.App));
        var folder = Directory.CreateTempSubdirectory("policytracker-html-");
        var client = fixture.App.CreateClient();
        var files = new Dictionary<string, string>();
        foreach (var path in paths)
        {
            var file = Path.Combine(folder.FullName, $"{files.Count:00}.html");
            await File.WriteAllTextAsync(file, await client.GetStringAsync(path));
            files[file] = path;
        }

        var findings = await HtmlValidate.RunAsync(files.Keys);

        var problems = findings.Select(f => $"{files[f.File]}: {f.Rule}: {f.Message} (line {f.Line})").ToList();
        Assert.True(problems.Count == 0, $"{problems.Count} findings:\n{string.Join("\n", problems.Take(40))}");
        folder.Delete(recursive: true);
    }

    [Fact]
    public async Task The_validator_finds_what_it_is_meant_to_find()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("policytracker-html-").FullName, "bad.html");
        await File.WriteAllTextAsync(file, "<!DOCTYPE html><html lang=\"en\"><head><title>t</title></head><body><p>One</p></p><style>p{}</style></body></html>");

        var findings = await HtmlValidate.RunAsync([file]);

        Assert.Contains(findings, f => f.Rule == "close-order");
        Assert.Contains(findings, f => f.Rule == "element-permitted-content");
    }
}

/// <summary>Runs html-validate over files and reads its JSON report.</summary>
internal static class HtmlValidate
{
    public sealed record Finding(string File, string Rule, string Message, int Line);

    private static readonly string Folder = Path.Combine(Repository.Root, "tests", "html-validate");

    public static async Task<List<Finding>> RunAsync(IEnumerable<string> files)
    {
        await NodeTool.InstallAsync(Folder, "html-validate");

        // The report goes to a file: node cuts a piped stdout short at 64 KiB when it exits.
        var reportFile = Path.GetTempFileName();
        await NodeTool.RunAsync(Folder, "node", [Path.Combine(Folder, "node_modules", "html-validate", "bin", "html-validate.mjs"), "--config", Path.Combine(Folder, ".htmlvalidate.json"), "--formatter", $"json={reportFile}", .. files], allowFailure: true);
        using var report = JsonDocument.Parse(await File.ReadAllTextAsync(reportFile));
        File.Delete(reportFile);
        return report.RootElement.EnumerateArray()
            .SelectMany(file => file.GetProperty("messages").EnumerateArray().Select(message => new Finding(
                file.GetProperty("filePath").GetString()!, message.GetProperty("ruleId").GetString()!, message.GetProperty("message").GetString()!,
                message.TryGetProperty("line", out var line) ? line.GetInt32() : 0)))
            .ToList();
    }
}
