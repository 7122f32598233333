using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PolicyTracker.Core.Publication;
using PolicyTracker.Core.SampleData;
using PolicyTracker.Core.Sources.Watching;
using PolicyTracker.Tests.Infrastructure;

namespace PolicyTracker.Tests.PublicSite;

/// <summary>
/// When the link watch finds a cited original gone, readers are told so, with the day it was checked, and led to the
/// archived copy instead; a quotation no longer opens the original at its words.
/// </summary>
public class OriginalNoticeTests(PostgresAppFixture fixture) : IClassFixture<PostgresAppFixture>
{
    private const string Slug = "rnz-aukus-pillar-two-meetings";
    private const string Notice = "The original is no longer available (checked 2 December 2026)";

    private static readonly bool TextsSupplied = SuppliedSourceTexts.FindFolder() is not null;

    [Fact]
    public async Task A_gone_original_is_told_to_readers_with_the_day_it_was_checked_and_the_archived_copy_leads()
    {
        var before = await GetAsync("/agreements/ntib");
        Assert.DoesNotContain(Notice, before.Body!.TextContent);
        Assert.Equal(TextsSupplied, before.QuerySelectorAll("a.quote-in-original").Any(OpensTheOriginal));

        await fixture.App.ChangeAsync(async (services, db) =>
        {
            var source = await db.Sources.SingleAsync(s => s.Slug == Slug);
            db.SourceLinks.Add(new SourceLink
            {
                SourceId = source.Id, Address = source.Url, Status = LinkStatus.Gone, Detail = "The page answers 404 Not Found.",
                CheckedAt = new DateTime(2026, 12, 1, 21, 0, 0, DateTimeKind.Utc), StatusSince = new DateTime(2026, 12, 1, 21, 0, 0, DateTimeKind.Utc),
            });
            await db.SaveChangesAsync();
            // As the watch does when what readers are told changes.
            await services.GetRequiredService<IPublicContentCache>().InvalidateAsync([PublicContentTags.Everything], CancellationToken.None);
        });

        var sourcePage = await GetAsync($"/sources/{Slug}");
        Assert.Contains(Notice, sourcePage.QuerySelector("[data-testid=original-notice]")!.TextContent);
        Assert.Equal(TextsSupplied, sourcePage.QuerySelector("[data-testid=original-notice] a[href='#archived-copy']") is not null);

        var recordPage = await GetAsync("/agreements/ntib");
        var citation = recordPage.QuerySelectorAll(".original-notice").Single(n => n.ParentElement!.QuerySelector($"a[href='/sources/{Slug}']") is not null);
        Assert.Contains(Notice, citation.TextContent);
        Assert.Equal(TextsSupplied, citation.QuerySelector($"a[href='/sources/{Slug}#archived-copy']") is not null);
        // The original is no longer offered as the way to check the quotation.
        Assert.DoesNotContain(recordPage.QuerySelectorAll("a.quote-in-original"), OpensTheOriginal);

        using var api = JsonDocument.Parse(await fixture.App.CreateClient().GetStringAsync($"/api/sources/{Slug}"));
        var link = api.RootElement.GetProperty("link");
        Assert.Equal(("Gone", "2026-12-01T21:00:00Z"), (link.GetProperty("status").GetString(), link.GetProperty("checkedAt").GetString()));
        Assert.Equal(JsonValueKind.Null, link.GetProperty("detail").ValueKind); // editors' words stay in the workspace

        // The sources CSV carries the same facts, and the archived copy's digest where there is one.
        var rows = (await fixture.App.CreateClient().GetStringAsync("/sources.csv")).Split('\n');
        Assert.StartsWith("\uFEFFtitle,outlet,kind,published,reliability,url,page,records_citing,archived_retrieved,archived_sha256,link_status,link_checked", rows[0]);
        var row = rows.Single(r => r.Contains($"/sources/{Slug},", StringComparison.Ordinal));
        Assert.EndsWith(",Gone,2026-12-01T21:00:00Z", row.TrimEnd('\r'));
        Assert.Equal(TextsSupplied, System.Text.RegularExpressions.Regex.IsMatch(row, ",[0-9a-f]{64},"));

        // The OpenAPI description names the same facts, as it is made from the answers' types.
        var openApi = await fixture.App.CreateClient().GetStringAsync("/openapi/v1.json");
        Assert.All(["archiveSha256", "linkStatus", "linkCheckedAt", "archivedAt", "checkedAt", "sha256", "retrievedAt"], name => Assert.Contains($"\"{name}\"", openApi));
    }

    private static bool OpensTheOriginal(IElement link) => link.GetAttribute("href")!.Contains("rnz.co.nz/news/top/543889", StringComparison.Ordinal);

    private async Task<IDocument> GetAsync(string path) =>
        new HtmlParser().ParseDocument(await fixture.App.CreateClient().GetStringAsync(path));
}
