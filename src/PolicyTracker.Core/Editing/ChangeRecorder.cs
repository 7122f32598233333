using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using PolicyTracker.Core.Common;

namespace PolicyTracker.Core.Editing;

/// <summary>
/// Runs inside every save: stamps who changed what and when, raises the concurrency version, and writes a
/// revision holding the values before and after. Doing it here means no code path can save without a trace.
/// </summary>
internal sealed class ChangeRecorder(ChangeTracker tracker, string actor, DateTime now)
{
    public void StampAndRecordRevisions()
    {
        var changed = tracker.Entries<Entity>()
            .Where(e => e.State is EntityState.Added or EntityState.Modified)
            .ToList();
        foreach (var entry in changed)
        {
            var revision = entry.State == EntityState.Added ? Create(entry) : Update(entry);
            tracker.Context.Add(revision);
        }
    }

    private Revision Create(EntityEntry<Entity> entry)
    {
        var entity = entry.Entity;
        entity.CreatedAt = entity.UpdatedAt = now;
        entity.CreatedBy = entity.UpdatedBy = actor;
        entity.Version = 1;
        return NewRevision(entity, RevisionAction.Created, before: null, after: Snapshot(entry, current: true));
    }

    private Revision Update(EntityEntry<Entity> entry)
    {
        var entity = entry.Entity;
        var before = Snapshot(entry, current: false);
        var action = ActionFor(entry);
        entity.UpdatedAt = now;
        entity.UpdatedBy = actor;
        entity.Version = entry.Property(e => e.Version).OriginalValue + 1;
        return NewRevision(entity, action, before, Snapshot(entry, current: true));
    }

    private static RevisionAction ActionFor(EntityEntry<Entity> entry)
    {
        var deleted = entry.Property(e => e.DeletedAt);
        if (deleted.IsModified && deleted.OriginalValue is null != deleted.CurrentValue is null)
        {
            return deleted.CurrentValue is null ? RevisionAction.Restored : RevisionAction.Deleted;
        }

        var state = entry.Property(e => e.State);
        if (!state.IsModified || state.OriginalValue == state.CurrentValue)
        {
            return RevisionAction.Updated;
        }

        return state.CurrentValue switch
        {
            PublicationState.InReview => RevisionAction.SubmittedForReview,
            PublicationState.Published => RevisionAction.Published,
            PublicationState.Retracted => RevisionAction.Retracted,
            _ => RevisionAction.Updated,
        };
    }

    private Revision NewRevision(Entity entity, RevisionAction action, string? before, string after) => new()
    {
        EntityType = entity.GetType().Name,
        EntityId = entity.Id,
        Number = entity.Version,
        Action = action,
        ChangedAt = now,
        ChangedBy = actor,
        BeforeJson = before,
        AfterJson = after,
    };

    private static string Snapshot(EntityEntry entry, bool current)
    {
        var values = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in entry.Properties)
        {
            values[property.Metadata.Name] = current ? property.CurrentValue : property.OriginalValue;
        }

        foreach (var complex in entry.ComplexProperties)
        {
            foreach (var property in complex.Properties)
            {
                values[$"{complex.Metadata.Name}.{property.Metadata.Name}"] = current ? property.CurrentValue : property.OriginalValue;
            }
        }

        return JsonSerializer.Serialize(values, SnapshotJson.Options);
    }
}

internal static class SnapshotJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };
}
