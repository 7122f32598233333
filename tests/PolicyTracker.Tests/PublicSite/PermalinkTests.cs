using System.Net;
using Microsoft.EntityFrameworkCore;
using PolicyTracker.Core.Common;
using PolicyTracker.Core.Records;
using PolicyTracker.Tests.Infrastructure;

namespace PolicyTracker.Tests.PublicSite;

public class PermalinkTests(PostgresAppFixture fixture) : IClassFixture<PostgresAppFixture>
{
    [Fact]
    public async Task A_renamed_published_record_keeps_its_old_address_redirecting()
    {
        await fixture.App.ChangeAsync(async (_, db) =>
        {
            db.Add(TestRecords.Create(db, RecordKind.Meeting, "old-meeting-slug", PublicationState.Published));
            await db.SaveChangesAsync();
        });
        await fixture.App.ChangeAsync(async (_, db) =>
        {
            (await db.Records.SingleAsync(r => r.Slug == "old-meeting-slug")).Slug = "new-meeting-slug";
            await db.SaveChangesAsync();
        });
        var client = fixture.App.CreateClient(new() { AllowAutoRedirect = false });

        var page = await client.GetAsync("/meetings/old-meeting-slug");
        var api = await client.GetAsync("/api/records/old-meeting-slug");

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Equal("/meetings/new-meeting-slug", page.LocationPath());
        Assert.Equal(HttpStatusCode.MovedPermanently, api.StatusCode);
        Assert.Equal("/api/records/new-meeting-slug", api.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/meetings/new-meeting-slug")).StatusCode);
    }

    [Fact]
    public async Task A_record_asked_for_under_another_kinds_address_is_sent_to_its_own()
    {
        var response = await fixture.App.CreateClient(new() { AllowAutoRedirect = false }).GetAsync("/events/laplante-pipir-collective-ability");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/statements/laplante-pipir-collective-ability", response.LocationPath());
    }

    [Fact]
    public async Task Renaming_a_draft_leaves_no_redirect()
    {
        await fixture.App.ChangeAsync(async (_, db) =>
        {
            db.Add(TestRecords.Create(db, RecordKind.Event, "draft-first-name", PublicationState.Draft));
            await db.SaveChangesAsync();
        });
        await fixture.App.ChangeAsync(async (_, db) =>
        {
            (await db.Records.SingleAsync(r => r.Slug == "draft-first-name")).Slug = "draft-second-name";
            await db.SaveChangesAsync();
            Assert.False(await db.SlugRedirects.AnyAsync(r => r.OldSlug == "draft-first-name"));
        });
    }
}
