using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PolicyTracker.Core.Common;
using PolicyTracker.Core.Records;
using PolicyTracker.Tests.Infrastructure;
using PolicyTracker.Web.OpenData;

namespace PolicyTracker.Tests.PublicSite;

/// <summary>
/// Dated open-data releases: made once a day however many instances try, only when something public changed, never
/// changed afterwards, with a change file since the release before, and a Data Package that frictionless-js (the
/// reference library) validates, descriptor and every row.
/// </summary>
public class OpenDataReleaseTests(PostgresAppFixture fixture) : IClassFixture<PostgresAppFixture>
{
    private const string Site = "https://policytracker.example";

    private static readonly string CheckFolder = Path.Combine(Repository.Root, "tests", "datapackage");

    [Fact]
    public async Task A_release_is_made_once_a_day_validates_and_its_files_never_change()
    {
        // Two instances at the same moment: one release.
        var made = await Task.WhenAll(MakeAsync(), MakeAsync());
        Assert.Single(made, r => r is not null);
        Assert.Null(await MakeAsync());
        var today = NewZealandTime.Today(TimeProvider.System);
        var client = fixture.App.CreateClient();
        var listing = new HtmlParser().ParseDocument(await client.GetStringAsync("/data"));
        Assert.Equal([$"/data/{today:yyyy-MM-dd}"], listing.QuerySelectorAll("table a").Select(a => a.GetAttribute("href")));
        var latest = await client.GetAsync("/data/latest");
        Assert.EndsWith($"/data/{today:yyyy-MM-dd}", latest.RequestMessage!.RequestUri!.AbsolutePath);

        var folder = await DownloadAsync(client, today);
        var check = await RunCheckAsync(folder);
        Assert.True(check.ExitCode == 0, check.Errors + check.Output);
        Assert.Contains("records: ", check.Output);
        var descriptor = JsonDocument.Parse(await File.ReadAllBytesAsync(Path.Combine(folder, "datapackage.json"))).RootElement;
        Assert.Equal("CC-BY-4.0", descriptor.GetProperty("licenses")[0].GetProperty("name").GetString());
        foreach (var resource in descriptor.GetProperty("resources").EnumerateArray())
        {
            var bytes = await File.ReadAllBytesAsync(Path.Combine(folder, resource.GetProperty("path").GetString()!));
            Assert.Equal($"sha256:{Convert.ToHexStringLower(SHA256.HashData(bytes))}", resource.GetProperty("hash").GetString());
            Assert.Equal(bytes.Length, resource.GetProperty("bytes").GetInt32());
        }

        await using (var db = fixture.App.Database.CreateContext())
        {
            var published = await db.Records.CountAsync(r => r.State == PublicationState.Published);
            Assert.Equal(published + 1, File.ReadAllLines(Path.Combine(folder, "records.csv")).Length);
            Assert.Equal(published, JsonDocument.Parse(await File.ReadAllBytesAsync(Path.Combine(folder, "records.json"))).RootElement.GetArrayLength());
        }

        // The directory travels with its Wikidata items, joining the data to others'.
        Assert.Contains("New Zealand,NZ,Q664", await File.ReadAllLinesAsync(Path.Combine(folder, "countries.csv")));
        Assert.Contains("people: ", check.Output);

        // A release's files are served for good: a year, immutable, revalidated by their digest.
        var file = await client.GetAsync($"/data/{today:yyyy-MM-dd}/records.csv");
        Assert.Equal("public, max-age=31536000, immutable", file.Headers.CacheControl?.ToString());
        var again = new HttpRequestMessage(HttpMethod.Get, $"/data/{today:yyyy-MM-dd}/records.csv");
        again.Headers.IfNoneMatch.Add(file.Headers.ETag!);
        Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(again)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/data/{today:yyyy-MM-dd}/passwords.csv")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/data/not-a-day")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/data/1999-01-01")).StatusCode);

        // Taken as yesterday's, the release is followed by today's only once something public changes, and today's
        // change file lists exactly that change; the earlier release's files stay as they were.
        await fixture.App.ChangeAsync(async (_, db) =>
        {
            var release = await db.DataReleases.SingleAsync();
            release.Day = today.AddDays(-1);
            await db.SaveChangesAsync();
        });
        Assert.Null(await MakeAsync());
        var before = await FileDigestsAsync(today.AddDays(-1));
        Guid added = default;
        await using (var db = fixture.App.Database.CreateContext())
        {
            var content = KindSamples.Publishable(RecordKind.Event, "Released the next day", await KindSamples.LinksAsync(db));
            await fixture.App.EditAsync(async editor => added = await editor.PublishNewAsync(content));
        }

        var next = await MakeAsync();
        Assert.NotNull(next);
        Assert.Equal((1, 0, 0), (next.Added, next.Changed, next.Retracted));
        var changes = Encoding.UTF8.GetString((await client.GetByteArrayAsync($"/data/{today:yyyy-MM-dd}/changes.csv"))).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, changes.Length);
        Assert.StartsWith("added,", changes[1]);
        Assert.Contains("Released the next day", changes[1]);
        Assert.Equal(before, await FileDigestsAsync(today.AddDays(-1)));
        Assert.Equal(0, (await RunCheckAsync(await DownloadAsync(client, today))).ExitCode);
    }

    [Fact]
    public async Task The_check_finds_a_row_that_breaks_its_schema()
    {
        var folder = Directory.CreateTempSubdirectory("datapackage-broken").FullName;
        await File.WriteAllTextAsync(Path.Combine(folder, "t.csv"), "count,day\n3,2025-01-02\nthree,2025-01-03\n");
        await File.WriteAllTextAsync(Path.Combine(folder, "datapackage.json"), """
            {"name": "broken", "resources": [{"name": "t", "path": "t.csv", "profile": "tabular-data-resource",
              "schema": {"fields": [{"name": "count", "type": "integer"}, {"name": "day", "type": "date"}]}}]}
            """);

        var check = await RunCheckAsync(folder);

        Assert.Equal(1, check.ExitCode);
        Assert.Contains("t:", check.Errors);
    }

    private async Task<Core.OpenData.DataRelease?> MakeAsync()
    {
        await using var scope = fixture.App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DataReleases>().MakeDueAsync(Site, CancellationToken.None);
    }

    private async Task<Dictionary<string, string>> FileDigestsAsync(DateOnly day)
    {
        await using var db = fixture.App.Database.CreateContext();
        return await db.DataReleases.Where(r => r.Day == day).SelectMany(r => r.Files).ToDictionaryAsync(f => f.Name, f => Convert.ToHexStringLower(SHA256.HashData(f.Content)));
    }

    /// <summary>The release's files, fetched as a reader would from its page's links, into a folder of their own.</summary>
    private static async Task<string> DownloadAsync(HttpClient client, DateOnly day)
    {
        var folder = Directory.CreateTempSubdirectory($"release-{day:yyyy-MM-dd}").FullName;
        var page = new HtmlParser().ParseDocument(await client.GetStringAsync($"/data/{day:yyyy-MM-dd}"));
        var links = page.QuerySelectorAll("table a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(8, links.Count);
        foreach (var link in links)
        {
            await File.WriteAllBytesAsync(Path.Combine(folder, link.Split('/')[^1]), await client.GetByteArrayAsync(link));
        }

        return folder;
    }

    private static async Task<(int ExitCode, string Output, string Errors)> RunCheckAsync(string folder)
    {
        await NodeTool.InstallAsync(CheckFolder, "datapackage");
        return await NodeTool.RunAsync(CheckFolder, "node", [Path.Combine(CheckFolder, "check.js"), Path.Combine(folder, "datapackage.json")], allowFailure: true);
    }
}
