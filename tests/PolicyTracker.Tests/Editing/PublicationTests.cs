using Microsoft.EntityFrameworkCore;
using PolicyTracker.Core.Common;
using PolicyTracker.Core.Data;
using PolicyTracker.Core.Editing;
using PolicyTracker.Core.Events;
using PolicyTracker.Core.Sources;
using PolicyTracker.Tests.Infrastructure;

namespace PolicyTracker.Tests.Editing;

public class PublicationTests : IAsyncLifetime
{
    private TestDatabase database = null!;

    public async Task InitializeAsync() =>
        database = await (await TestDatabase.CreateAsync(DatabaseProvider.Postgres, "publish")).MigrateAsync();

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task A_record_with_no_citation_cannot_be_published()
    {
        var id = await AddDraftEventAsync(citation: null);

        await using (var db = database.CreateContext())
        {
            var error = await Assert.ThrowsAsync<ValidationException>(() => new Publisher(db).PublishAsync(id));
            Assert.Contains(error.Problems, p => p.Field == "Citations" && p.Message.Contains("cannot be published without a citation"));
        }

        await using var check = database.CreateContext();
        Assert.Equal(PublicationState.Draft, (await check.Events.SingleAsync(e => e.Id == id)).State);
    }

    [Fact]
    public async Task A_record_citing_only_an_unpublished_source_cannot_be_published()
    {
        var id = await AddDraftEventAsync(citation: PublicationState.Draft);

        await using var db = database.CreateContext();
        await Assert.ThrowsAsync<ValidationException>(() => new Publisher(db).PublishAsync(id));
    }

    [Fact]
    public async Task A_cited_record_is_published_and_the_change_is_recorded_as_a_revision()
    {
        var id = await AddDraftEventAsync(citation: PublicationState.Published);

        await using (var db = database.CreateContext("editor@example.org"))
        {
            await new Publisher(db).PublishAsync(id);
        }

        await using var check = database.CreateContext();
        var published = await check.Events.SingleAsync(e => e.Id == id);
        Assert.Equal(PublicationState.Published, published.State);
        Assert.Equal(2, published.Version);
        var revisions = await check.Revisions.Where(r => r.EntityId == id).OrderBy(r => r.Number).ToListAsync();
        Assert.Equal([RevisionAction.Created, RevisionAction.Published], revisions.Select(r => r.Action));
        Assert.Equal("editor@example.org", revisions[1].ChangedBy);
        Assert.Contains("\"State\":\"Draft\"", revisions[1].BeforeJson);
        Assert.Contains("\"State\":\"Published\"", revisions[1].AfterJson);
    }

    [Fact]
    public async Task A_stale_save_is_refused_as_a_conflict()
    {
        var id = await AddDraftEventAsync(citation: PublicationState.Published);
        await using var first = database.CreateContext("first");
        await using var second = database.CreateContext("second");
        var mine = await first.Events.SingleAsync(e => e.Id == id);
        var theirs = await second.Events.SingleAsync(e => e.Id == id);

        mine.Title = "First editor's title";
        await first.SaveChangesAsync();
        theirs.Title = "Second editor's title";

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
        await using var check = database.CreateContext();
        Assert.Equal("First editor's title", (await check.Events.SingleAsync(e => e.Id == id)).Title);
    }

    private async Task<Guid> AddDraftEventAsync(PublicationState? citation)
    {
        await using var db = database.CreateContext();
        var record = new Event
        {
            Slug = $"event-{Guid.NewGuid():N}",
            Title = "An order",
            EventKind = EventKind.Order,
            Date = FuzzyDate.Parse("February 2022"),
        };
        if (citation is { } sourceState)
        {
            var source = new Source
            {
                Slug = $"source-{Guid.NewGuid():N}",
                Title = "A report",
                ReliabilityReason = "Test source",
                State = sourceState,
            };
            record.Citations.Add(new Citation { Source = source, Pinpoint = "a pinpoint" });
        }

        db.Events.Add(record);
        await db.SaveChangesAsync();
        return record.Id;
    }
}
