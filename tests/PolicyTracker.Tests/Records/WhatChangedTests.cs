using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PolicyTracker.Core.Sources;
using PolicyTracker.Core.Common;
using PolicyTracker.Core.Data;
using PolicyTracker.Core.History;
using PolicyTracker.Core.Meetings;
using PolicyTracker.Core.Records;
using PolicyTracker.Tests.Infrastructure;

namespace PolicyTracker.Tests.Records;

/// <summary>Every published version of a record, compared in words, on a public page and in the workspace history.</summary>
public partial class WhatChangedTests(PostgresAppFixture fixture) : IClassFixture<PostgresAppFixture>
{
    [GeneratedRegex("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", RegexOptions.IgnoreCase)]
    private static partial Regex AnyId();

    [Fact]
    public async Task A_corrected_record_shows_each_published_version_and_what_changed_by_name_and_never_an_id_or_an_internal_note()
    {
        var (source, collins, peters) = await LookUpAsync();
        var content = RecordContent.Empty(RecordKind.Meeting);
        content.Title = "Meeting corrected in public";
        content.Slug = "meeting-corrected-in-public";
        content.Summary = "Officials met in Wellington.";
        content.Date = FuzzyDate.Parse("March 2025");
        content.FieldsOf<MeetingFields>().Place = "Wellington";
        content.PersonIds.Add(collins);
        content.InternalNotes = "Check the place with the ministry.";
        content.Citations.Add(new CitationDraft { SourceId = source, Pinpoint = "officials met", PinpointKind = PinpointKind.Paraphrase });
        Guid id = default;
        await fixture.App.EditAsync(async editor => id = await editor.PublishNewAsync(content));

        await fixture.App.EditAsync(async editor =>
        {
            var opened = await editor.OpenAsync(id);
            opened.Draft.Summary = "Officials met in Auckland.";
            opened.Draft.FieldsOf<MeetingFields>().Place = "Auckland";
            opened.Draft.PersonIds.Clear();
            opened.Draft.PersonIds.Add(peters);
            opened.Draft.InternalNotes = "Secret: the ministry confirmed by phone.";
            await editor.SaveAsync(id, opened.Version, opened.Draft);
            await editor.SubmitForReviewAsync(id, opened.Version + 1);
            await editor.PublishAsync(id, opened.Version + 2, "The meeting was in Auckland, not Wellington.");
        });

        var client = fixture.App.CreateClient();
        var response = await client.GetAsync("/meetings/meeting-corrected-in-public/changes");
        var html = await response.Content.ReadAsStringAsync();
        var page = Regex.Replace(WebUtility.HtmlDecode(Regex.Replace(html, "<[^>]+>", "")), @"\s+", " ");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"Corrected on {NewZealandTime.DateOf(DateTime.UtcNow):d MMMM yyyy}", page);
        Assert.Contains("The meeting was in Auckland, not Wellington.", page);
        Assert.Contains($"Published on {NewZealandTime.DateOf(DateTime.UtcNow):d MMMM yyyy}", page);
        Assert.Contains("Before: Officials met in Wellington.", page);
        Assert.Contains("After: Officials met in Auckland.", page);
        Assert.Contains("Before: Judith Collins", page);
        Assert.Contains("After: Winston Peters", page);
        Assert.DoesNotContain("Internal notes", page);
        Assert.DoesNotContain("Secret: the ministry", page);
        Assert.DoesNotContain("Check the place", page);
        Assert.DoesNotMatch(AnyId(), html);
        var recordPage = await client.GetStringAsync("/meetings/meeting-corrected-in-public");
        Assert.Contains("/meetings/meeting-corrected-in-public/changes", recordPage);

        // The workspace history reads the same versions in words too, internal notes included, and names the workflow steps.
        await using var db = fixture.App.Database.CreateContext();
        var comparison = await ReadableComparison.LoadAsync(db, forPublic: false);
        var history = await db.Revisions.AsNoTracking().Where(r => r.EntityId == id).OrderBy(r => r.Number).ToListAsync();
        var all = history.SelectMany(comparison.Of).ToList();
        Assert.Contains(all, c => c.Field == "Internal notes (pending change)" && c.After.SequenceEqual(["Secret: the ministry confirmed by phone."]));
        Assert.Contains(all, c => c.Field == "State" && c.Before.SequenceEqual(["In review"]) && c.After.SequenceEqual(["Published"]));
        var sourceTitle = await db.Sources.Where(s => s.Id == source).Select(s => s.Title).SingleAsync();
        Assert.Contains(all, c => c.Field == "Citations" && c.After.SequenceEqual([$"{sourceTitle}, in the tracker's words: officials met"]));
        Assert.All(all.SelectMany(c => c.Before.Concat(c.After).Append(c.Field)), text => Assert.DoesNotMatch(AnyId(), text));
    }

    [Theory]
    [InlineData("/meetings/no-such-meeting/changes")]
    [InlineData("/nonsense/anything/changes")]
    public async Task There_is_no_changes_page_for_what_the_public_cannot_see(string path)
    {
        var response = await fixture.App.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_draft_has_no_changes_page()
    {
        var content = RecordContent.Empty(RecordKind.Meeting);
        content.Title = "Draft meeting with no public history";
        content.Slug = "draft-meeting-no-public-history";
        await fixture.App.EditAsync(editor => editor.CreateAsync(content));

        var response = await fixture.App.CreateClient().GetAsync("/meetings/draft-meeting-no-public-history/changes");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("Draft meeting with no public history", await response.Content.ReadAsStringAsync());
    }

    private async Task<(Guid Source, Guid Collins, Guid Peters)> LookUpAsync()
    {
        await using var db = fixture.App.Database.CreateContext();
        return (
            (await db.Sources.SingleAsync(s => s.Slug == "rnz-nz-joins-pipir")).Id,
            (await db.People.SingleAsync(p => p.Slug == "judith-collins")).Id,
            (await db.People.SingleAsync(p => p.Slug == "winston-peters")).Id);
    }
}
