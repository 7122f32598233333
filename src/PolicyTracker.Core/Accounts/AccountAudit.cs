using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PolicyTracker.Core.Data;
using PolicyTracker.Core.History;

namespace PolicyTracker.Core.Accounts;

/// <summary>
/// Writes what happens to accounts (created, role changed, password link issued, password changed, locked,
/// unlocked) into the audit log beside the changes to records: who did it, to which account, when, and the values
/// before and after. Never a password or a link.
/// </summary>
public sealed class AccountAudit(PolicyTrackerDbContext db, TimeProvider clock)
{
    public const string EntityType = "Account";

    public async Task RecordAsync(
        string userId, string email, RevisionAction action, string by, object? before = null, object? after = null, CancellationToken cancellationToken = default)
    {
        var id = Guid.Parse(userId);
        var number = await db.Revisions.CountAsync(r => r.EntityId == id, cancellationToken) + 1;
        db.Revisions.Add(new Revision
        {
            EntityType = EntityType,
            EntityId = id,
            Number = number,
            Action = action,
            ChangedAt = clock.GetUtcNow().UtcDateTime,
            ChangedBy = by,
            BeforeJson = before is null ? null : Snapshot(email, before),
            AfterJson = Snapshot(email, after),
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The account a revision of an account names, for the audit log's "what" column.</summary>
    public static string? EmailIn(Revision revision)
    {
        if (revision.EntityType != EntityType || revision.AfterJson is null)
        {
            return null;
        }

        using var snapshot = JsonDocument.Parse(revision.AfterJson);
        return snapshot.RootElement.TryGetProperty("Email", out var email) ? email.GetString() : null;
    }

    private static string Snapshot(string email, object? values)
    {
        var fields = new SortedDictionary<string, object?>(StringComparer.Ordinal) { ["Email"] = email };
        if (values is not null)
        {
            foreach (var property in values.GetType().GetProperties())
            {
                fields[property.Name] = property.GetValue(values);
            }
        }

        return JsonSerializer.Serialize(fields);
    }
}
