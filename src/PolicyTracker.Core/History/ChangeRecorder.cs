using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using PolicyTracker.Core.Common;
using PolicyTracker.Core.Records;

namespace PolicyTracker.Core.History;

/// <summary>
/// Runs inside every save: stamps who changed what and when, raises the concurrency version, and writes a
/// revision holding the values before and after. Doing it here means no code path can save without a trace.
/// </summary>
internal sealed class ChangeRecorder(
    ChangeTracker tracker, string actor, DateTime now, Func<Guid, PublicReason?> reasonFor, Func<TrackedRecord, RecordContent?> contentAsLoaded)
{
    /// <summary>Stamps and records every change.</summary>
    public void StampAndRecordRevisions()
    {
        foreach (var entry in tracker.Entries<Entity>().Where(e => e.State is EntityState.Added or EntityState.Modified).ToList())
        {
            tracker.Context.Add(entry.State == EntityState.Added ? Create(entry) : Update(entry));
        }
    }

    private Revision Create(EntityEntry<Entity> entry)
    {
        var entity = entry.Entity;
        entity.CreatedAt = entity.UpdatedAt = now;
        entity.CreatedBy = entity.UpdatedBy = actor;
        entity.Version = 1;
        // Created straight into a public state (sample data, imports), it is a publication or retraction for the public log.
        var action = entity.State switch
        {
            PublicationState.Published => RevisionAction.Published,
            PublicationState.Retracted => RevisionAction.Retracted,
            _ => RevisionAction.Created,
        };
        // A new record's links and citations are all in memory, so its whole content can be recorded.
        var content = entity is TrackedRecord record ? RecordContent.From(record) : null;
        return NewRevision(entity, action, before: null, after: Snapshot(entry, current: true, content));
    }

    private Revision Update(EntityEntry<Entity> entry)
    {
        var entity = entry.Entity;
        // The whole content is known only for a record the editor loaded in full; otherwise the columns tell the change.
        var contentBefore = entity is TrackedRecord loaded ? contentAsLoaded(loaded) : null;
        var before = Snapshot(entry, current: false, contentBefore);
        var action = ActionFor(entry);
        KeepPublishedSlug(entry);
        entity.UpdatedAt = now;
        entity.UpdatedBy = actor;
        entity.Version = entry.Property(e => e.Version).OriginalValue + 1;
        var contentAfter = contentBefore is not null ? RecordContent.From((TrackedRecord)entity) : null;
        return NewRevision(entity, action, before, Snapshot(entry, current: true, contentAfter));
    }

    /// <summary>Published addresses never break: a published entity's old slug keeps redirecting to it.</summary>
    private void KeepPublishedSlug(EntityEntry<Entity> entry)
    {
        var slug = entry.Property(e => e.Slug);
        var wasPublished = entry.Property(e => e.State).OriginalValue is PublicationState.Published or PublicationState.Retracted;
        if (!slug.IsModified || slug.OriginalValue == slug.CurrentValue || !wasPublished)
        {
            return;
        }

        var scope = SlugRedirect.ScopeOf(entry.Entity);
        var redirects = tracker.Context.Set<SlugRedirect>();
        if (!redirects.Any(r => r.EntityType == scope && r.OldSlug == slug.OriginalValue))
        {
            redirects.Add(new SlugRedirect { EntityType = scope, OldSlug = slug.OriginalValue, EntityId = entry.Entity.Id, CreatedAt = now });
        }
    }

    private RevisionAction ActionFor(EntityEntry<Entity> entry)
    {
        var deleted = entry.Property(e => e.DeletedAt);
        if (deleted.IsModified && deleted.OriginalValue is null != deleted.CurrentValue is null)
        {
            return deleted.CurrentValue is null ? RevisionAction.Restored : RevisionAction.Deleted;
        }

        var state = entry.Property(e => e.State);
        if (!state.IsModified || state.OriginalValue == state.CurrentValue)
        {
            // A change to live content is published with a public note: a correction, or an update, as the caller says.
            return reasonFor(entry.Entity.Id) is { } reason && state.CurrentValue == PublicationState.Published
                ? reason.Action ?? RevisionAction.Corrected
                : RevisionAction.Updated;
        }

        return state.CurrentValue switch
        {
            PublicationState.Published when state.OriginalValue == PublicationState.Retracted => RevisionAction.Reinstated,
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
        Reason = reasonFor(entity.Id)?.Text,
    };

    private static string Snapshot(EntityEntry entry, bool current, RecordContent? content)
    {
        var values = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in entry.Properties)
        {
            var value = current ? property.CurrentValue : property.OriginalValue;
            // Kept as structure rather than a string of JSON, so a history shows which pending field changed.
            values[property.Metadata.Name] = property.Metadata.Name == nameof(TrackedRecord.PendingDraftJson) && value is string json
                ? JsonDocument.Parse(json).RootElement
                : value;
        }

        if (content is not null)
        {
            values[RevisionContent.Key] = content;
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
