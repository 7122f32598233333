using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using PolicyTracker.Core.Common;
using PolicyTracker.Core.Records;
using PolicyTracker.Core.Data;

namespace PolicyTracker.Core.Publication;

/// <summary>
/// What one save changed that the public can see: the records whose public content changed and every record a
/// changed row pointed at before or after the save (a link added or removed, a count's whole, a workstream's
/// agreement); or everything, when a person, organisation, country or source changed, since many pages name them.
/// </summary>
public sealed record PublicChangeSet(bool Everything, IReadOnlySet<Guid> Records, IReadOnlySet<Guid> RecordsPointedAt)
{
    /// <summary>Beyond this many record pages (an import), one eviction of everything is cheaper and as correct.</summary>
    public const int MostRecordsEvictedOneByOne = 200;

    /// <summary>What the changes a context is about to save show the public; null when nothing.</summary>
    public static PublicChangeSet? Of(ChangeTracker tracker)
    {
        var partsChanged = tracker.Entries().Any(IsPartOfARecord);
        var seenByThePublic = tracker.Entries<Entity>()
            .Where(entry => entry.State is EntityState.Added or EntityState.Modified && ChangesWhatThePublicSees(entry, partsChanged))
            .Select(entry => entry.Entity)
            .ToList();
        return seenByThePublic.Count == 0 ? null : new PublicChangeSet(
            Everything: seenByThePublic.Any(entity => entity is not TrackedRecord),
            Records: seenByThePublic.Select(entity => entity.Id).ToHashSet(),
            RecordsPointedAt: RecordsPointedAtByChangedRows(tracker));
    }

    /// <summary>
    /// The cache tags to evict once the save has landed: the listings, and the pages of the changed records and of
    /// every record whose page shows one of them, read from the database as it now stands (links in both directions).
    /// </summary>
    public async Task<IReadOnlyCollection<string>> TagsToEvictAsync(PolicyTrackerDbContext db, CancellationToken cancellationToken)
    {
        if (Everything || Records.Count > MostRecordsEvictedOneByOne)
        {
            return [PublicContentTags.Everything];
        }

        var pages = (await RecordNeighbours.OfAsync(db, Records, cancellationToken))
            .Concat(Records)
            .Concat(RecordsPointedAt)
            .ToHashSet();
        return pages.Count > MostRecordsEvictedOneByOne
            ? [PublicContentTags.Everything]
            : [PublicContentTags.Listings, .. pages.Select(PublicContentTags.Record)];
    }

    /// <summary>
    /// Every record a row added, changed or removed by this save points at, before or after: the agreement a link
    /// was taken from, the count a meeting no longer belongs to. Their pages showed, or will show, the change.
    /// </summary>
    private static HashSet<Guid> RecordsPointedAtByChangedRows(ChangeTracker tracker) => tracker.Entries()
        .Where(entry => entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
        .SelectMany(entry => entry.Metadata.GetForeignKeys()
            .Where(key => typeof(TrackedRecord).IsAssignableFrom(key.PrincipalEntityType.ClrType))
            .SelectMany(key => key.Properties)
            .SelectMany(property => entry.State switch
            {
                EntityState.Added => [entry.Property(property).CurrentValue],
                EntityState.Deleted => [entry.Property(property).OriginalValue],
                _ => new[] { entry.Property(property).OriginalValue, entry.Property(property).CurrentValue },
            }))
        .OfType<Guid>()
        .ToHashSet();

    /// <summary>Columns only the workspace shows (the save's own stamps among them); a change to them alone leaves every public page as it was.</summary>
    private static readonly HashSet<string> WorkspaceOnlyColumns =
    [
        nameof(TrackedRecord.PendingDraftJson), nameof(TrackedRecord.PendingState), nameof(Entity.InternalNotes),
        nameof(Entity.UpdatedAt), nameof(Entity.UpdatedBy), nameof(Entity.Version), nameof(Entity.CreatedAt), nameof(Entity.CreatedBy),
    ];

    /// <summary>
    /// Whether the public can see this change, decided by the entity's own state: nothing about a draft is public,
    /// whatever rows it touches; a live entity's change is public when a public column or one of its parts (citations,
    /// links, status steps, roles) changed, so a pending change, a note or a discard evicts nothing.
    /// </summary>
    private static bool ChangesWhatThePublicSees(EntityEntry<Entity> entry, bool partsChanged)
    {
        var state = entry.Property(e => e.State);
        var wasPublic = entry.State == EntityState.Modified && IsPublicState(state.OriginalValue);
        if (!wasPublic && !IsPublicState(state.CurrentValue))
        {
            return false;
        }

        return entry.State == EntityState.Added
            || partsChanged
            || entry.Properties.Concat(entry.ComplexProperties.SelectMany(c => c.Properties))
                .Any(p => p.IsModified && !WorkspaceOnlyColumns.Contains(p.Metadata.Name) && !Equals(p.OriginalValue, p.CurrentValue));
    }

    private static bool IsPublicState(PublicationState state) => state is PublicationState.Published or PublicationState.Retracted;

    /// <summary>
    /// A changed citation, claim, status change, party, role, redirect or link between records; not a revision, a
    /// saved view, a review comment, or an account (signing in changes accounts, and must not empty the public cache).
    /// </summary>
    private static bool IsPartOfARecord(EntityEntry entry) =>
        entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
        && entry.Entity is not Entity and not History.Revision and not Timeline.SavedView and not Editing.ReviewComment
        && (entry.Metadata.HasSharedClrType || entry.Metadata.ClrType.Namespace?.StartsWith("PolicyTracker.", StringComparison.Ordinal) == true);
}
