using System.Text.Json;
using PolicyTracker.Core.Records;

namespace PolicyTracker.Core.History;

public enum RevisionAction
{
    Created,
    Updated,
    SubmittedForReview,
    Published,
    Retracted,
    /// <summary>A published record changed because a fact in it was wrong; the reason says what.</summary>
    Corrected,
    Deleted,
    Restored,
    /// <summary>A published record changed to add new information; the reason says what.</summary>
    PublicUpdate,
    /// <summary>A retracted record put back on view; the reason says why, and the retraction stays in the log.</summary>
    Reinstated,
}

/// <summary>What a change to a published record is, as the public is told: a fact was wrong, or there is news.</summary>
public enum PublicChangeKind
{
    Correction,
    Update,
}

/// <summary>
/// One change to one entity: who made it, when, and its values before and after (JSON). The revisions of
/// an entity are its history; all revisions together are the site's audit log.
/// </summary>
public class Revision
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>The changed entity's type name: "Agreement", "Source".</summary>
    public string EntityType { get; set; } = "";

    public Guid EntityId { get; set; }

    /// <summary>1 for the first revision of an entity, then counting up.</summary>
    public int Number { get; set; }

    public RevisionAction Action { get; set; }

    public DateTime ChangedAt { get; set; }

    public string ChangedBy { get; set; } = "";

    public string? BeforeJson { get; set; }

    public string? AfterJson { get; set; }

    /// <summary>Why the change was made; public for retractions and corrections.</summary>
    public string? Reason { get; set; }
}

/// <summary>Reads a record's whole content back out of a revision, for restoring it.</summary>
public static class RevisionContent
{
    public const string Key = "Content";

    /// <summary>The content the revision recorded after its change, or null where it recorded only columns.</summary>
    public static RecordContent? After(Revision revision)
    {
        if (revision.AfterJson is null)
        {
            return null;
        }

        using var document = JsonDocument.Parse(revision.AfterJson);
        return document.RootElement.TryGetProperty(Key, out var content)
            ? content.Deserialize<RecordContent>(SnapshotJson.Options)
            : null;
    }
}
