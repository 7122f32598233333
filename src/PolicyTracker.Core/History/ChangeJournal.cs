using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using PolicyTracker.Core.Common;
using PolicyTracker.Core.Data;
using PolicyTracker.Core.Publication;
using PolicyTracker.Core.Records;

namespace PolicyTracker.Core.History;

/// <summary>
/// Hooked into every save of its scope's context: writes the revisions (through <see cref="ChangeRecorder"/>), and
/// once the save has landed tells the public cache which of its pages show what changed. The context itself knows
/// nothing of this; editors tell the journal why they save and what a record held when they loaded it.
/// </summary>
public sealed class ChangeJournal(IActor actor, TimeProvider clock, IPublicContentCache publicCache) : SaveChangesInterceptor
{
    /// <summary>Keyed by the loaded instance, so content remembered for an entity the tracker has since forgotten never matches.</summary>
    private readonly ConditionalWeakTable<TrackedRecord, RecordContent> contentAsLoaded = [];

    private PublicReason? reason;

    private IReadOnlyDictionary<Guid, PublicReason> reasonsByEntity = new Dictionary<Guid, PublicReason>();

    private bool rehearsing;

    private PublicChangeSet? toEvictAfterSave;

    private bool holdingEvictions;

    private PublicChangeSet? held;

    /// <summary>
    /// Remembers a fully loaded record's content, so the revision its next save writes holds the whole content
    /// (citations and links included) before and after, not only its own columns.
    /// </summary>
    public void RememberContent(TrackedRecord record) => contentAsLoaded.AddOrUpdate(record, RecordContent.From(record));

    /// <summary>
    /// Saves made inside are public for <paramref name="why"/>: a retraction, or a correction or update of a
    /// published record; its text is recorded on the revisions written.
    /// </summary>
    public IDisposable Because(PublicReason why)
    {
        reason = why;
        return new Reset(() => reason = null);
    }

    /// <summary>Saves made inside record each listed entity's own public reason (an import's retracted records).</summary>
    public IDisposable Because(IReadOnlyDictionary<Guid, PublicReason> byEntity)
    {
        reasonsByEntity = byEntity;
        return new Reset(() => reasonsByEntity = new Dictionary<Guid, PublicReason>());
    }

    /// <summary>
    /// Saves made inside are rehearsals (a preview, rolled back): they still write revisions in their transaction,
    /// but tell the public cache nothing, since nothing of them will ever be public.
    /// </summary>
    public IDisposable Rehearsal()
    {
        rehearsing = true;
        return new Reset(() => rehearsing = false);
    }

    /// <summary>
    /// Saves made inside are parts of one transaction (an import, saved in parts): what they change is held, and
    /// evicted by <see cref="EvictHeldAsync"/> once the transaction has committed, so that no page is evicted, and
    /// rendered again, for a change that may still be rolled back. Leaving the scope without evicting forgets it.
    /// </summary>
    public IDisposable HoldEvictions()
    {
        (holdingEvictions, held) = (true, null);
        return new Reset(() => (holdingEvictions, held) = (false, null));
    }

    /// <summary>Evicts what the saves inside <see cref="HoldEvictions"/> changed, now that they have all landed.</summary>
    public async Task EvictHeldAsync(PolicyTrackerDbContext db, CancellationToken cancellationToken)
    {
        var change = held;
        held = null;
        if (change is not null)
        {
            await EvictAsync(db, change, cancellationToken);
        }
    }

    /// <summary>
    /// A synchronous save may only change what no reader sees (the data-protection key store saves so). One the public
    /// would see must evict cached pages, which awaits the cache (Redis), and blocking a thread on that could starve
    /// the server: it is refused before anything is written.
    /// </summary>
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Record(eventData.Context);
        if (toEvictAfterSave is not null)
        {
            toEvictAfterSave = null;
            throw new NotSupportedException("A change the public can see is saved with SaveChangesAsync: it evicts cached pages, which is asynchronous work.");
        }

        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Record(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override async ValueTask<int> SavedChangesAsync(
        SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (TakeEviction() is { } change)
        {
            await EvictAsync((PolicyTrackerDbContext)eventData.Context!, change, cancellationToken);
        }

        return result;
    }

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        toEvictAfterSave = null;
        return Task.CompletedTask;
    }

    private void Record(DbContext? context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var publicChange = new ChangeRecorder(
            context.ChangeTracker, actor.Name, clock.GetUtcNow().UtcDateTime, ReasonFor, ContentAsLoaded)
            .StampAndRecordRevisions();
        contentAsLoaded.Clear();
        toEvictAfterSave = rehearsing ? null : publicChange;
    }

    private PublicReason? ReasonFor(Guid entity) => reasonsByEntity.GetValueOrDefault(entity) ?? reason;

    private RecordContent? ContentAsLoaded(TrackedRecord record) => contentAsLoaded.TryGetValue(record, out var content) ? content : null;

    /// <summary>What the save just landed asks to evict now; nothing while evictions are held, which gather it instead.</summary>
    private PublicChangeSet? TakeEviction()
    {
        var change = toEvictAfterSave;
        toEvictAfterSave = null;
        if (holdingEvictions && change is not null)
        {
            held = held?.And(change) ?? change;
            return null;
        }

        return change;
    }

    /// <summary>
    /// The save has landed, so it must not be reported as failed: if the pages showing the change cannot be worked
    /// out (the database went away just after the save), every public page is evicted instead.
    /// </summary>
    private async Task EvictAsync(PolicyTrackerDbContext db, PublicChangeSet change, CancellationToken cancellationToken)
    {
        IReadOnlyCollection<string> tags;
        try
        {
            tags = await change.TagsToEvictAsync(db, cancellationToken);
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            tags = [PublicContentTags.Everything];
        }

        await publicCache.InvalidateAsync(tags, cancellationToken);
    }

    private sealed class Reset(Action reset) : IDisposable
    {
        public void Dispose() => reset();
    }
}

public static class ContextJournal
{
    /// <summary>The journal hooked into <paramref name="db"/>'s saves (every context of the app and the tests has one).</summary>
    public static ChangeJournal Journal(this DbContext db) =>
        db.GetService<IDbContextOptions>().FindExtension<Microsoft.EntityFrameworkCore.Infrastructure.CoreOptionsExtension>()?.Interceptors?.OfType<ChangeJournal>().SingleOrDefault()
        ?? throw new InvalidOperationException("This context has no change journal: create it through DatabaseSetup (or the tests' TestDatabase).");
}

/// <summary>Why a save is public: a retraction, or a correction or update (<paramref name="Action"/>) of a published record.</summary>
public sealed record PublicReason(string Text, RevisionAction? Action = null);
