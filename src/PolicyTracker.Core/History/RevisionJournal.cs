using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using PolicyTracker.Core.Common;
using PolicyTracker.Core.Records;

namespace PolicyTracker.Core.History;

/// <summary>
/// Hooked into every save of its scope's context: stamps who changed what and writes the revisions, in the same save
/// (through <see cref="ChangeRecorder"/>), so no code path can save without a trace. Editors tell it what a record held
/// when they loaded it; why a save is public travels with the save itself (<see cref="PublicReasons"/>).
/// </summary>
public sealed class RevisionJournal(IActor actor, TimeProvider clock) : SaveChangesInterceptor
{
    /// <summary>Keyed by the loaded instance, so content remembered for an entity the tracker has since forgotten never matches.</summary>
    private readonly ConditionalWeakTable<TrackedRecord, RecordContent> contentAsLoaded = [];

    /// <summary>
    /// Remembers a fully loaded record's content, so the revision its next save writes holds the whole content
    /// (citations and links included) before and after, not only its own columns.
    /// </summary>
    public void RememberContent(TrackedRecord record) => contentAsLoaded.AddOrUpdate(record, RecordContent.From(record));

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

    private void Record(DbContext? context)
    {
        ArgumentNullException.ThrowIfNull(context);
        new ChangeRecorder(context.ChangeTracker, actor.Name, clock.GetUtcNow().UtcDateTime, PublicReasons.For, ContentAsLoaded).StampAndRecordRevisions();
        contentAsLoaded.Clear();
    }

    private RecordContent? ContentAsLoaded(TrackedRecord record) => contentAsLoaded.TryGetValue(record, out var content) ? content : null;
}
