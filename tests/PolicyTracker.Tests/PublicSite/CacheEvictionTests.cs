using Microsoft.EntityFrameworkCore;
using PolicyTracker.Core.Common;
using PolicyTracker.Core.Data;
using PolicyTracker.Core.Publication;
using PolicyTracker.Core.Records;
using PolicyTracker.Tests.Infrastructure;

namespace PolicyTracker.Tests.PublicSite;

/// <summary>
/// Evictions counted: the public cache is emptied when something the public can see changes, and only then.
/// Draft work, pending changes of live records and previews must leave the readers' cache alone.
/// </summary>
public class CacheEvictionTests : IAsyncLifetime
{
    private readonly CountingCache cache = new();
    private TestDatabase database = null!;
    private Guid source;

    public async Task InitializeAsync()
    {
        database = await TestDatabase.WithSampleDataAsync(DatabaseProvider.Postgres, "eviction");
        await using var db = database.CreateContext();
        source = (await db.Sources.SingleAsync(s => s.Slug == "rnz-nz-joins-pipir")).Id;
    }

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task Creating_saving_submitting_and_deleting_a_cited_draft_evicts_nothing()
    {
        await using var session = database.Edit(publicCache: cache);
        var draft = CitedEvent("A cited draft");

        var id = await session.Editor.CreateAsync(draft);
        draft.Summary = "Changed while a draft.";
        draft.Citations.Add(new CitationDraft { SourceId = source, Pinpoint = "another pinpoint" });
        await session.Editor.SaveAsync(id, 1, draft);
        await session.Editor.SubmitForReviewAsync(id, 2);
        await session.Editor.ReturnToDraftAsync(id, 3);
        await session.Editor.DeleteAsync(id, 4);
        await session.Editor.UndeleteAsync(id, 5);

        Assert.Equal(0, cache.Evictions);
    }

    [Fact]
    public async Task A_preview_evicts_nothing_and_publishing_evicts()
    {
        await using var session = database.Edit(publicCache: cache);
        var id = await session.Editor.CreateAsync(CitedEvent("A previewed draft"));
        await session.Editor.SubmitForReviewAsync(id, 1);
        var records = new RecordQueries(session.Db, TimeProvider.System);

        await session.Editor.PreviewAsync(id, (kind, slug) => records.FindPublishedAsync(kind, slug));
        Assert.Equal(0, cache.Evictions);

        await session.Editor.PublishAsync(id, 2);
        Assert.Equal(1, cache.Evictions);
    }

    [Fact]
    public async Task A_pending_change_of_a_live_record_evicts_nothing_until_it_is_published()
    {
        await using var session = database.Edit(publicCache: cache);
        var pipir = (await session.Db.Agreements.SingleAsync(a => a.Slug == "pipir")).Id;
        var opened = await session.Editor.OpenAsync(pipir);
        opened.Draft.Summary += " A pending sentence.";
        opened.Draft.Citations.Add(new CitationDraft { SourceId = source, Pinpoint = "a pending pinpoint" });

        await session.Editor.SaveAsync(pipir, opened.Version, opened.Draft);
        await session.Editor.SubmitForReviewAsync(pipir, opened.Version + 1);
        await session.Editor.PreviewAsync(pipir, (kind, slug) => new RecordQueries(session.Db, TimeProvider.System).FindPublishedAsync(kind, slug));
        Assert.Equal(0, cache.Evictions);

        await session.Editor.PublishAsync(pipir, opened.Version + 2, "Added a sentence and its source.");
        Assert.Equal(1, cache.Evictions);
    }

    [Fact]
    public async Task Discarding_a_pending_change_evicts_nothing_and_retracting_evicts()
    {
        await using var session = database.Edit(publicCache: cache);
        var id = (await session.Db.Records.SingleAsync(r => r.Slug == "pipir-first-meeting-honolulu")).Id;
        var opened = await session.Editor.OpenAsync(id);
        opened.Draft.Title += " (pending)";
        await session.Editor.SaveAsync(id, opened.Version, opened.Draft);
        await session.Editor.DiscardPendingAsync(id, opened.Version + 1);
        Assert.Equal(0, cache.Evictions);

        await session.Editor.RetractAsync(id, opened.Version + 2, "Test retraction.");
        Assert.Equal(1, cache.Evictions);
    }

    private RecordContent CitedEvent(string title)
    {
        var draft = RecordContent.Empty(RecordKind.Event);
        draft.Title = title;
        draft.Slug = $"{Slugs.FromTitle(title)}-{Guid.NewGuid():N}";
        draft.Summary = "Something happened.";
        draft.Date = FuzzyDate.Parse("March 2025");
        draft.Citations.Add(new CitationDraft { SourceId = source, Pinpoint = "a pinpoint" });
        return draft;
    }

    private sealed class CountingCache : IPublicContentCache
    {
        public int Evictions { get; private set; }

        public ValueTask InvalidateAsync(CancellationToken cancellationToken)
        {
            Evictions++;
            return ValueTask.CompletedTask;
        }
    }
}
