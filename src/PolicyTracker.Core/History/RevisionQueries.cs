using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using PolicyTracker.Core.Data;

namespace PolicyTracker.Core.History;

/// <summary>One line of the audit log: a change, and the title of what it changed.</summary>
public sealed record AuditEntry(Revision Revision, string? Title, IReadOnlyList<string> ChangedFields);

/// <summary>Reads revisions: one record's history, the changes made since an editor opened it, and the site's audit log.</summary>
public sealed class RevisionQueries(PolicyTrackerDbContext db)
{
    public const int AuditPageSize = 50;

    /// <summary>Stamps every save changes; they say nothing about what the change was.</summary>
    private static readonly HashSet<string> Stamps = ["UpdatedAt", "UpdatedBy", "Version"];

    public Task<List<Revision>> HistoryAsync(Guid entityId, CancellationToken cancellationToken = default) =>
        db.Revisions.AsNoTracking().Where(r => r.EntityId == entityId).OrderByDescending(r => r.Number).ToListAsync(cancellationToken);

    /// <summary>What others saved after <paramref name="version"/>: shown to an editor whose save was refused as a conflict.</summary>
    public Task<List<Revision>> SinceAsync(Guid entityId, int version, CancellationToken cancellationToken = default) =>
        db.Revisions.AsNoTracking().Where(r => r.EntityId == entityId && r.Number > version).OrderBy(r => r.Number).ToListAsync(cancellationToken);

    /// <summary>Every change across the site, newest first, a page at a time (one more is read to know whether a next page exists).</summary>
    public async Task<(List<AuditEntry> Entries, bool HasNextPage)> AuditLogAsync(int page, CancellationToken cancellationToken = default)
    {
        var revisions = await db.Revisions.AsNoTracking()
            .OrderByDescending(r => r.ChangedAt).ThenByDescending(r => r.Id)
            .Skip((Math.Max(page, 1) - 1) * AuditPageSize).Take(AuditPageSize + 1)
            .ToListAsync(cancellationToken);
        var hasNext = revisions.Count > AuditPageSize;
        var shown = revisions.Take(AuditPageSize).ToList();
        var ids = shown.Select(r => r.EntityId).Distinct().ToList();
        var titles = await db.Records.IgnoreQueryFilters().Where(r => ids.Contains(r.Id)).Select(r => new { r.Id, Name = r.Title })
            .Concat(db.Sources.IgnoreQueryFilters().Where(s => ids.Contains(s.Id)).Select(s => new { s.Id, Name = s.Title }))
            .ToDictionaryAsync(t => t.Id, t => t.Name, cancellationToken);
        return (shown.Select(r => new AuditEntry(r, titles.GetValueOrDefault(r.EntityId) ?? Accounts.AccountAudit.EmailIn(r), ChangedFieldLabels(r))).ToList(), hasNext);
    }

    /// <summary>The fields a revision changed ("Title", "Content.Citations"), leaving out the stamps every save sets.</summary>
    public static IReadOnlyList<string> ChangedFields(Revision revision)
    {
        var before = Parse(revision.BeforeJson);
        var after = Parse(revision.AfterJson);
        if (before is null || after is null)
        {
            return [];
        }

        var changed = new List<string>();
        foreach (var key in before.Select(p => p.Key).Union(after.Select(p => p.Key)).Where(k => !Stamps.Contains(k)).Order(StringComparer.Ordinal))
        {
            if (key == RevisionContent.Key && before[key] is JsonObject contentBefore && after[key] is JsonObject contentAfter)
            {
                changed.AddRange(contentBefore.Select(p => p.Key).Union(contentAfter.Select(p => p.Key))
                    .Where(k => !JsonNode.DeepEquals(contentBefore[k], contentAfter[k]))
                    .Select(k => $"{RevisionContent.Key}.{k}"));
            }
            else if (!JsonNode.DeepEquals(before[key], after[key]))
            {
                changed.Add(key);
            }
        }

        return changed;
    }

    /// <summary>The fields a revision changed as a person names them: "Title", "Citations", "Pending change", "State".</summary>
    public static IReadOnlyList<string> ChangedFieldLabels(Revision revision) =>
        ChangedFields(revision)
            .Select(field => field == "PendingDraftJson" ? "Pending change"
                : ReadableComparison.Label(field.StartsWith(RevisionContent.Key + ".", StringComparison.Ordinal) ? field[(RevisionContent.Key.Length + 1)..] : field))
            .Distinct()
            .ToList();

    /// <summary>
    /// Who wrote what now waits to be published: whoever created the record, or changed its content or its pending
    /// change, since it was last published. Moving it between steps, or discarding a change, is not writing it.
    /// </summary>
    public async Task<IReadOnlySet<string>> WritersSinceLastPublicationAsync(Guid recordId, CancellationToken cancellationToken = default)
    {
        var revisions = await db.Revisions.AsNoTracking().Where(r => r.EntityId == recordId).OrderBy(r => r.Number).ToListAsync(cancellationToken);
        var lastPublication = revisions.FindLastIndex(r => r.Action is RevisionAction.Published or RevisionAction.Corrected
            or RevisionAction.PublicUpdate or RevisionAction.Reinstated);
        return revisions.Skip(lastPublication + 1).Where(Wrote).Select(r => r.ChangedBy).ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Who took the record down last, if anyone did.</summary>
    public Task<string?> LastRetractedByAsync(Guid recordId, CancellationToken cancellationToken = default) =>
        db.Revisions.AsNoTracking()
            .Where(r => r.EntityId == recordId && r.Action == RevisionAction.Retracted)
            .OrderByDescending(r => r.Number)
            .Select(r => r.ChangedBy)
            .FirstOrDefaultAsync(cancellationToken);

    private static bool Wrote(Revision revision) =>
        revision.Action == RevisionAction.Created
        || ChangedFields(revision).Any(field => field.StartsWith(RevisionContent.Key + ".", StringComparison.Ordinal)
            || (field == "PendingDraftJson" && Parse(revision.AfterJson)?["PendingDraftJson"] is JsonObject));

    private static JsonObject? Parse(string? json) => json is null ? null : JsonNode.Parse(json) as JsonObject;
}
