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

    // What happens to accounts, in the same audit log (EntityType "Account").
    AccountCreated,
    RoleChanged,
    /// <summary>An administrator issued a one-time link to set a new password; the old password stopped working.</summary>
    PasswordLinkIssued,
    PasswordChanged,
    Locked,
    Unlocked,
    TwoFactorEnabled,
    PasskeyAdded,
    PasskeyRemoved,
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

/// <summary>Reads a record's whole content back out of a revision, for restoring and comparing it.</summary>
public static class RevisionContent
{
    public const string Key = "Content";

    /// <summary>Columns every save stamps or that say nothing a person would read as a change.</summary>
    private static readonly HashSet<string> Unshown =
        [Key, "PendingDraftJson", "UpdatedAt", "UpdatedBy", "Version", "CreatedAt", "CreatedBy", "Id", "Kind", "Discriminator", "DeletedBy"];

    /// <summary>The content the revision recorded before its change, or null where it recorded only columns.</summary>
    public static RecordContent? Before(Revision revision) => ContentIn(revision.BeforeJson);

    /// <summary>The pending change a snapshot held, if any.</summary>
    public static RecordContent? Pending(string? snapshot)
    {
        if (snapshot is null)
        {
            return null;
        }

        using var document = JsonDocument.Parse(snapshot);
        return document.RootElement.TryGetProperty("PendingDraftJson", out var pending) && pending.ValueKind == JsonValueKind.Object
            ? pending.Deserialize<RecordContent>(SnapshotJson.Options)
            : null;
    }

    /// <summary>The plain columns a revision changed, with their values before and after as text (stamps and content left out).</summary>
    public static IEnumerable<(string Column, string? Before, string? After)> ChangedColumns(Revision revision)
    {
        if (revision.AfterJson is null)
        {
            yield break;
        }

        using var after = JsonDocument.Parse(revision.AfterJson);
        using var before = revision.BeforeJson is null ? null : JsonDocument.Parse(revision.BeforeJson);
        foreach (var column in after.RootElement.EnumerateObject().Where(p => !Unshown.Contains(p.Name)))
        {
            var was = before is not null && before.RootElement.TryGetProperty(column.Name, out var old) ? Text(old) : null;
            var now = Text(column.Value);
            if (was != now && (before is not null || now is not null))
            {
                yield return (column.Name, was, now);
            }
        }
    }

    private static string? Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.String => value.GetString(),
        JsonValueKind.True => "Yes",
        JsonValueKind.False => "No",
        _ => value.GetRawText(),
    };

    /// <summary>The content the revision recorded after its change, or null where it recorded only columns.</summary>
    public static RecordContent? After(Revision revision) => ContentIn(revision.AfterJson);

    /// <summary>One column's value as text in a revision's snapshot after its change (<see cref="Revision.AfterJson"/>); null where it has none.</summary>
    public static string? ColumnAfter(string? afterJson, string column)
    {
        if (afterJson is null)
        {
            return null;
        }

        using var document = JsonDocument.Parse(afterJson);
        return document.RootElement.TryGetProperty(column, out var value) ? Text(value) : null;
    }

    private static RecordContent? ContentIn(string? snapshot)
    {
        if (snapshot is null)
        {
            return null;
        }

        using var document = JsonDocument.Parse(snapshot);
        return document.RootElement.TryGetProperty(Key, out var content) && content.ValueKind == JsonValueKind.Object
            ? content.Deserialize<RecordContent>(SnapshotJson.Options)
            : null;
    }
}
