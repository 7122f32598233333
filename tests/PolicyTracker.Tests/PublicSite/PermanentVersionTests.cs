using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using PolicyTracker.Core.Common;
using PolicyTracker.Core.Meetings;
using PolicyTracker.Core.Records;
using PolicyTracker.Tests.Infrastructure;

namespace PolicyTracker.Tests.PublicSite;

/// <summary>
/// /{section}/{slug}/versions/{n}: the record exactly as published in version n, drawn by its public page's own
/// components, with what changed since; the address keeps its meaning through later edits, a rename and a retraction.
/// </summary>
public class PermanentVersionTests(PostgresAppFixture fixture) : IClassFixture<PostgresAppFixture>
{
    [Fact]
    public async Task A_version_keeps_its_content_after_three_later_edits_and_a_rename()
    {
        var id = await PublishMeetingAsync("Versioned meeting alpha", "The first words, kestrelone.", "Wellington");
        var client = fixture.App.CreateClient();
        var firstSeen = Article(await PageAsync(client, "/meetings/versioned-meeting-alpha/versions/1"));
        Assert.Contains("kestrelone", firstSeen);
        Assert.Contains("Wellington", firstSeen);

        var words = new[] { "kestreltwo", "kestrelthree", "kestrelfour" };
        foreach (var word in words)
        {
            await fixture.App.EditAsync(editor => editor.CorrectAsync(id, c =>
            {
                c.Summary = $"Corrected words, {word}.";
                c.FieldsOf<MeetingFields>().Place = $"Place {word}";
            }, $"Corrected to {word}."));
        }

        await fixture.App.EditAsync(editor => editor.CorrectAsync(id, c => (c.Title, c.Slug) = ("Versioned meeting renamed", "versioned-meeting-renamed"), "Renamed."));
        int revisions;
        await using (var db = fixture.App.Database.CreateContext())
        {
            revisions = await db.Revisions.CountAsync(r => r.EntityId == id);
        }

        // The old address leads to the same version at the new one, with the same article.
        var response = await client.GetAsync("/meetings/versioned-meeting-alpha/versions/1");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.EndsWith("/meetings/versioned-meeting-renamed/versions/1", response.RequestMessage!.RequestUri!.AbsolutePath);
        var first = await ParseAsync(response);
        Assert.Equal(firstSeen, Article(first));
        Assert.DoesNotContain("kestrelfour", Article(first));

        var notice = first.QuerySelector("[data-testid=version-notice]")!.TextContent;
        Assert.Contains("Version 1", notice);
        Assert.Contains("This is not the current version", notice);
        Assert.Contains("version 5", notice);
        Assert.Equal(4, first.QuerySelectorAll(".later-versions li").Length);
        Assert.Contains("Corrected to kestrelthree.", notice);
        // What differs from the current version, in words: the summary, the place and the title.
        Assert.Contains("kestrelfour", notice);
        Assert.Contains("Versioned meeting renamed", notice);
        Assert.Equal("noindex", first.Head!.QuerySelector("meta[name=robots]")?.GetAttribute("content"));
        var cite = first.QuerySelector("details.cite-this")!;
        Assert.Contains("/meetings/versioned-meeting-renamed/versions/1", cite.QuerySelector("dd")!.TextContent);
        Assert.Equal("/meetings/versioned-meeting-renamed/versions/1/cite.bib", cite.QuerySelector("a[download]")?.GetAttribute("href"));

        var second = await PageAsync(client, "/meetings/versioned-meeting-renamed/versions/2");
        Assert.Contains("kestreltwo", Article(second));
        Assert.Contains("Place kestreltwo", Article(second));
        var current = await PageAsync(client, "/meetings/versioned-meeting-renamed/versions/5");
        Assert.Contains("This is the current version", current.QuerySelector("[data-testid=version-notice]")!.TextContent);
        Assert.Contains("Versioned meeting renamed", Article(current));
        Assert.Contains("kestrelfour", Article(current));

        // Drawing an old version writes nothing: the record and its history are as they were.
        await using (var db = fixture.App.Database.CreateContext())
        {
            var record = await db.Records.SingleAsync(r => r.Id == id);
            Assert.Equal(("Versioned meeting renamed", "Corrected words, kestrelfour."), (record.Title, record.Summary));
            Assert.Equal(revisions, await db.Revisions.CountAsync(r => r.EntityId == id));
        }

        var changes = await PageAsync(client, "/meetings/versioned-meeting-renamed/changes");
        Assert.Equal(
            Enumerable.Range(1, 5).Select(n => $"/meetings/versioned-meeting-renamed/versions/{n}").Reverse(),
            changes.QuerySelectorAll(".version-link a").Select(a => a.GetAttribute("href")));
        var cited = await PageAsync(client, "/meetings/versioned-meeting-renamed");
        Assert.EndsWith("/meetings/versioned-meeting-renamed/versions/5", cited.Head!.QuerySelector("meta[name=citation_public_url]")?.GetAttribute("content"));

        foreach (var missing in new[] { "/meetings/versioned-meeting-renamed/versions/6", "/meetings/versioned-meeting-renamed/versions/0", "/nowhere/versioned-meeting-renamed/versions/1", "/meetings/no-such-record/versions/1" })
        {
            Assert.True((await client.GetAsync(missing)).StatusCode == HttpStatusCode.NotFound, missing);
        }
    }

    [Fact]
    public async Task A_retracted_records_versions_say_so_and_show_nothing_of_it()
    {
        var id = await PublishMeetingAsync("Versioned meeting beta", "Words to be retracted, plovertwo.", "Nelson");
        await fixture.App.EditAsync(async editor => await editor.RetractAsync(id, (await editor.OpenAsync(id)).Version, "Retracted: the meeting did not take place."));
        var client = fixture.App.CreateClient();

        var response = await client.GetAsync("/meetings/versioned-meeting-beta/versions/1");

        Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Contains("Retracted: the meeting did not take place.", text);
        Assert.DoesNotContain("plovertwo", text);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/meetings/versioned-meeting-beta/versions/1/cite.bib")).StatusCode);
    }

    [Fact]
    public async Task A_version_citing_a_source_since_removed_is_shown_field_by_field()
    {
        Guid removed = default;
        await fixture.App.ChangeAsync(async (_, db) => removed = await TestRecords.PublishedSourceAsync(db, "https://example.org/removed-later", "A source removed later"));
        var id = await PublishMeetingAsync("Versioned meeting gamma", "Words citing a removed source, wagtailone.", "Napier");
        await fixture.App.EditAsync(editor => editor.CorrectAsync(id, c => c.Citations.Add(new Core.Records.CitationDraft { SourceId = removed, Pinpoint = "the removed source's words", PinpointKind = Core.Sources.PinpointKind.Paraphrase })));
        await fixture.App.EditAsync(editor => editor.CorrectAsync(id, c => c.Citations.RemoveAll(x => x.SourceId == removed)));
        await fixture.App.ChangeAsync(async (_, db) =>
        {
            (await db.Sources.SingleAsync(s => s.Id == removed)).DeletedAt = DateTime.UtcNow;
            await db.SaveChangesAsync();
        });

        var page = await PageAsync(fixture.App.CreateClient(), "/meetings/versioned-meeting-gamma/versions/2");

        Assert.Null(page.QuerySelector("article"));
        Assert.Contains("shown field by field", page.Body!.TextContent);
        Assert.Contains("wagtailone", page.Body.TextContent);
        Assert.Contains("Napier", page.Body.TextContent);
        Assert.DoesNotContain("A source removed later", page.Body.TextContent);
    }

    [Fact]
    public async Task A_draft_has_no_versions()
    {
        await fixture.App.ChangeAsync(async (_, db) =>
        {
            db.Add(TestRecords.Create(db, RecordKind.Meeting, "versioned-draft", PublicationState.Draft));
            await db.SaveChangesAsync();
        });

        Assert.Equal(HttpStatusCode.NotFound, (await fixture.App.CreateClient().GetAsync("/meetings/versioned-draft/versions/1")).StatusCode);
    }

    private async Task<Guid> PublishMeetingAsync(string title, string summary, string place)
    {
        await using var db = fixture.App.Database.CreateContext();
        var content = KindSamples.Publishable(RecordKind.Meeting, title, await KindSamples.LinksAsync(db));
        content.Summary = summary;
        content.FieldsOf<MeetingFields>().Place = place;
        Guid id = default;
        await fixture.App.EditAsync(async editor => id = await editor.PublishNewAsync(content));
        return id;
    }

    private static async Task<IHtmlDocument> PageAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path} answered {(int)response.StatusCode}");
        return await ParseAsync(response);
    }

    private static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response) =>
        new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

    private static string Article(IHtmlDocument page) => page.QuerySelector("article")?.TextContent ?? throw new InvalidOperationException("No article on the page.");
}
