using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PolicyTracker.Core.Common;
using PolicyTracker.Core.History;
using PolicyTracker.Core.Publication;
using PolicyTracker.Core.Records;
using PolicyTracker.Web.Components.Shared;
using PolicyTracker.Tests.Infrastructure;
using PolicyTracker.Core.Agreements;

namespace PolicyTracker.Tests.PublicSite;

public class CacheInvalidationTests(PostgresAppFixture fixture) : IClassFixture<PostgresAppFixture>
{
    private const string Listing = "/timeline?from=2025-03&to=2025-03";

    [Fact]
    public async Task Public_pages_are_served_from_the_cache_until_something_is_published()
    {
        var client = fixture.App.CreateClient();
        Assert.DoesNotContain("cache-probe", await client.GetStringAsync(Listing));

        // A write that bypasses the app's cache invalidation: the cached page must not notice it...
        await using (var db = fixture.App.Database.CreateContext())
        {
            db.Add(TestRecords.Create(db, RecordKind.Event, "cache-probe", PublicationState.Published));
            await db.SaveChangesAsync();
        }

        Assert.DoesNotContain("cache-probe", await client.GetStringAsync(Listing));

        // ...until a publication through the app evicts it.
        var id = await AddDraftAsync("cache-published");
        await PublishAsync(id);

        var after = await client.GetStringAsync(Listing);
        Assert.Contains("cache-probe", after);
        Assert.Contains("cache-published", after);
    }

    [Fact]
    public async Task A_retracted_record_leaves_the_cached_pages_and_enters_the_corrections_log()
    {
        var client = fixture.App.CreateClient();
        var id = await AddDraftAsync("cache-retracted");
        await PublishAsync(id);
        Assert.Contains("cache-retracted", await client.GetStringAsync(Listing));
        Assert.Contains("cache-retracted", await client.GetStringAsync("/api/records?from=2025-03&to=2025-03"));
        Assert.DoesNotContain("cache-retracted", await client.GetStringAsync("/corrections"));

        await fixture.App.EditAsync(async editor =>
            await editor.RetractAsync(id, (await editor.OpenAsync(id)).Version, "The meeting it describes did not take place."));

        Assert.DoesNotContain("cache-retracted", await client.GetStringAsync(Listing));
        Assert.DoesNotContain("cache-retracted", await client.GetStringAsync("/api/records?from=2025-03&to=2025-03"));
        var corrections = await client.GetStringAsync("/corrections");
        Assert.Contains("Title cache-retracted", corrections);
        Assert.Contains("The meeting it describes did not take place.", corrections);
        Assert.Contains("Retracted", await client.GetStringAsync("/feed.atom"));
    }

    [Fact]
    public async Task Editing_a_published_record_leaves_its_public_page_unchanged_until_the_change_is_published()
    {
        var client = fixture.App.CreateClient();
        var id = await AddDraftAsync("cache-pending");
        await PublishAsync(id);
        Assert.Contains("Title cache-pending", await client.GetStringAsync("/events/cache-pending"));

        await fixture.App.EditAsync(async editor =>
        {
            var opened = await editor.OpenAsync(id);
            opened.Draft.Title = "Corrected title of cache-pending";
            opened.Draft.Summary = "A pending summary";
            await editor.SaveAsync(id, opened.Version, opened.Draft);
            await editor.SubmitForReviewAsync(id, opened.Version + 1);
        });

        var whilePending = await client.GetStringAsync("/events/cache-pending");
        Assert.Contains("Title cache-pending", whilePending);
        Assert.DoesNotContain("A pending summary", whilePending);
        Assert.DoesNotContain("A pending summary", await client.GetStringAsync(Listing));

        await fixture.App.EditAsync(async editor =>
            await editor.PublishAsync(id, (await editor.OpenAsync(id)).Version, "New details from the minister's office.", PublicChangeKind.Update));

        var page = await client.GetStringAsync("/events/cache-pending");
        Assert.Contains("Corrected title of cache-pending", page);
        Assert.Contains("A pending summary", await client.GetStringAsync(Listing));
        // The change is seen as what it is: on the record's own page, in the log, the feed and the home page.
        Assert.Contains($"Updated on {NewZealandTime.DateOf(DateTime.UtcNow):d MMMM yyyy}:</strong> New details from the minister&#x27;s office.", page);
        Assert.Contains("New details from the minister&#x27;s office.", await client.GetStringAsync("/corrections"));
        Assert.Contains("Updated: Corrected title of cache-pending", await client.GetStringAsync("/feed.atom"));
        Assert.Contains("Corrected title of cache-pending", await client.GetStringAsync("/"));
    }

    [Fact]
    public async Task A_correction_evicts_the_pages_that_show_the_record_and_leaves_every_other_record_page_cached()
    {
        var client = fixture.App.CreateClient();
        Guid statement, pipir;
        string statementPage;
        await using (var db = fixture.App.Database.CreateContext())
        {
            var found = await db.Records.Where(r => r.Slug == "collins-confirms-pipir").Select(r => new { r.Id, r.Kind }).SingleAsync();
            (statement, statementPage) = (found.Id, Paths.Record(found.Kind, "collins-confirms-pipir"));
            pipir = await db.Set<Agreement>().Where(a => a.Slug == "pipir").Select(a => a.Id).SingleAsync();
        }

        var before = new Dictionary<string, HttpResponseMessage>();
        foreach (var path in new[] { statementPage, "/agreements/pipir", "/agreements/aukus-pillar-two", "/timeline", "/api/records/collins-confirms-pipir" })
        {
            before[path] = await client.GetAsync(path);
            Assert.Equal(before[path].Headers.ETag, (await client.GetAsync(path)).Headers.ETag); // cached
        }

        // The tags a CDN is given: a record's own pages name the record; everything else is a listing.
        Assert.Equal($"public {PublicContentTags.Record(statement)}", SurrogateKey(before[statementPage]));
        Assert.Equal($"public {PublicContentTags.Record(statement)}", SurrogateKey(before["/api/records/collins-confirms-pipir"]));
        Assert.Equal($"public {PublicContentTags.Record(pipir)}", SurrogateKey(before["/agreements/pipir"]));
        Assert.Equal("listings public", SurrogateKey(before["/timeline"]));

        await fixture.App.EditAsync(editor => editor.CorrectAsync(statement, draft => draft.Title += " (corrected for the cache test)"));

        foreach (var path in new[] { statementPage, "/agreements/pipir", "/api/records/collins-confirms-pipir" })
        {
            var after = await client.GetAsync(path);
            Assert.NotEqual(before[path].Headers.ETag, after.Headers.ETag);
            Assert.Contains("(corrected for the cache test)", await after.Content.ReadAsStringAsync());
        }

        Assert.NotEqual(before["/timeline"].Headers.ETag, (await client.GetAsync("/timeline")).Headers.ETag);
        // An agreement page that does not show the statement is still the same cached rendering.
        Assert.Equal(before["/agreements/aukus-pillar-two"].Headers.ETag, (await client.GetAsync("/agreements/aukus-pillar-two")).Headers.ETag);
    }

    private static string SurrogateKey(HttpResponseMessage response) =>
        string.Join(",", response.Headers.GetValues(PolicyTracker.Web.Caching.PublicCaching.SurrogateKeyHeader));

    [Fact]
    public async Task A_retraction_needs_a_public_reason()
    {
        var id = await AddDraftAsync("retract-no-reason");
        await PublishAsync(id);

        await fixture.App.EditAsync(async editor =>
        {
            var version = (await editor.OpenAsync(id)).Version;
            var error = await Assert.ThrowsAsync<ValidationException>(() => editor.RetractAsync(id, version, " "));
            Assert.Contains("The public note is required", error.Message);
        });
    }

    private Task PublishAsync(Guid id) =>
        fixture.App.EditAsync(async editor =>
        {
            await editor.SubmitForReviewAsync(id, (await editor.OpenAsync(id)).Version);
            await editor.PublishAsync(id, (await editor.OpenAsync(id)).Version);
        });

    private async Task<Guid> AddDraftAsync(string slug)
    {
        var id = Guid.Empty;
        await fixture.App.ChangeAsync(async (_, db) =>
        {
            var record = TestRecords.Create(db, RecordKind.Event, slug, PublicationState.Draft);
            db.Add(record);
            await db.SaveChangesAsync();
            id = record.Id;
        });
        return id;
    }
}
