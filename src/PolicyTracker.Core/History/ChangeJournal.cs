using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using PolicyTracker.Core.Common;
using PolicyTracker.Core.Publication;
using PolicyTracker.Core.Records;

namespace PolicyTracker.Core.History;

/// <summary>
/// Hooked into every save of its scope's context: writes the revisions (through <see cref="ChangeRecorder"/>), and
/// once the save has landed tells the public cache if the public can see any of it. The context itself knows
/// nothing of this; editors tell the journal why they save and what a record held when they loaded it.
/// </summary>
public sealed class ChangeJournal(IActor actor, TimeProvider clock, IPublicContentCache publicCache) : SaveChangesInterceptor
{
    /// <summary>Keyed by the loaded instance, so content remembered for an entity the tracker has since forgotten never matches.</summary>
    private readonly ConditionalWeakTable<TrackedRecord, RecordContent> contentAsLoaded = [];

    private PublicReason? reason;

    private IReadOnlyDictionary<Guid, PublicReason> reasonsByEntity = new Dictionary<Guid, PublicReason>();

    private bool rehearsing;

    private bool evictAfterSave;

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

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Record(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Record(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (TakeEviction())
        {
            publicCache.InvalidateAsync(CancellationToken.None).AsTask().GetAwaiter().GetResult();
        }

        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(
        SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (TakeEviction())
        {
            await publicCache.InvalidateAsync(cancellationToken);
        }

        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => evictAfterSave = false;

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        evictAfterSave = false;
        return Task.CompletedTask;
    }

    private void Record(DbContext? context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var publicChange = new ChangeRecorder(
            context.ChangeTracker, actor.Name, clock.GetUtcNow().UtcDateTime, ReasonFor, ContentAsLoaded)
            .StampAndRecordRevisions();
        contentAsLoaded.Clear();
        evictAfterSave = publicChange && !rehearsing;
    }

    private PublicReason? ReasonFor(Guid entity) => reasonsByEntity.GetValueOrDefault(entity) ?? reason;

    private RecordContent? ContentAsLoaded(TrackedRecord record) => contentAsLoaded.TryGetValue(record, out var content) ? content : null;

    private bool TakeEviction()
    {
        var evict = evictAfterSave;
        evictAfterSave = false;
        return evict;
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
