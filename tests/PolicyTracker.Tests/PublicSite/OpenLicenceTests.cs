using System.Text;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using PolicyTracker.Core.Sources;
using PolicyTracker.Tests.Infrastructure;

namespace PolicyTracker.Tests.PublicSite;

/// <summary>
/// The public reads a source's whole archived text only where an editor has marked the source openly licensed, with
/// the licence stated; otherwise the text stays the publisher's and readers see the quoted passages in context.
/// </summary>
public class OpenLicenceTests(PostgresAppFixture fixture) : IClassFixture<PostgresAppFixture>
{
    private const string Text = "The Minister announced the partnership today. A paragraph nobody quotes says the talks will continue in March.";

    [Fact]
    public async Task The_whole_archived_text_is_public_only_for_an_openly_licensed_source_with_its_licence_named()
    {
        var slug = "";
        await fixture.App.ChangeAsync(async (_, db) =>
        {
            var id = await TestRecords.PublishedSourceAsync(db, "https://www.beehive.govt.nz/release/example", "Minister announces partnership");
            await new SourceArchive(db).AddCopyAsync(SourceCopy.Of(id, CopyOrigin.PastedByEditor, Encoding.UTF8.GetBytes(Text), Text, DateTime.UtcNow, "editor"));
            slug = await db.Sources.Where(s => s.Id == id).Select(s => s.Slug).SingleAsync();
        });

        var closed = await GetAsync($"/sources/{slug}");
        Assert.Null(closed.QuerySelector("[data-testid=archived-full-text]"));
        Assert.DoesNotContain("A paragraph nobody quotes", closed.Body!.TextContent);

        await fixture.App.ChangeAsync(async (_, db) =>
        {
            var source = await db.Sources.SingleAsync(s => s.Slug == slug);
            var open = SourceDraft.From(source);
            (open.OpenLicence, open.OpenLicenceReason) = (OpenLicence.CreativeCommonsAttribution, "Beehive pages are licensed under CC BY 4.0 (the site's copyright page).");
            open.ApplyTo(source);
            await db.SaveChangesAsync(); // a source's change evicts every public page that may name it
        });

        var full = (await GetAsync($"/sources/{slug}")).QuerySelector("[data-testid=archived-full-text]")!;
        Assert.Contains("A paragraph nobody quotes says the talks will continue in March.", full.TextContent);
        Assert.Contains("Creative Commons Attribution: Beehive pages are licensed under CC BY 4.0", full.QuerySelector("summary")!.TextContent);
    }

    private async Task<AngleSharp.Dom.IDocument> GetAsync(string path) =>
        new HtmlParser().ParseDocument(await fixture.App.CreateClient().GetStringAsync(path));
}
