using Microsoft.EntityFrameworkCore;
using PolicyTracker.Core.Data;
using PolicyTracker.Core.Records;

namespace PolicyTracker.Core.History;

/// <summary>
/// One version of a record as the public saw it, with what has happened to the record since: the permanent address
/// <c>/{section}/{slug}/versions/{n}</c> shows it, and keeps showing the same content whatever changes later.
/// </summary>
public sealed record PublishedVersion(
    Guid RecordId,
    int Number,
    DateTime At,
    RevisionAction Action,
    string? Note,
    RecordContent Content,
    /// <summary>The versions published after this one, oldest first; empty for the current version.</summary>
    IReadOnlyList<PublicVersion> Later,
    /// <summary>What differs between this version and the current one, in words.</summary>
    IReadOnlyList<FieldChange> ChangedSince,
    /// <summary>The version's every field in words, for when it can no longer be drawn as a page.</summary>
    IReadOnlyList<FieldChange> Fields)
{
    public bool IsCurrent => Later.Count == 0;
}

/// <summary>
/// A record's published versions, numbered from 1 (its first publication) in the order the public saw them: each
/// publication, correction, update and reinstatement is a version; a retraction is not (it takes the record off view).
/// Read from the revisions, which never change, so version n always means the same content.
/// </summary>
public sealed class PublishedVersions(PolicyTrackerDbContext db)
{
    private static readonly RevisionAction[] VersionActions =
        [RevisionAction.Published, RevisionAction.Corrected, RevisionAction.PublicUpdate, RevisionAction.Reinstated];

    public static bool IsVersion(RevisionAction action) => VersionActions.Contains(action);

    /// <summary>The record's current version, number and date, for citing it by its permanent address; null if it has none.</summary>
    public async Task<(int Number, DateTime At)?> CurrentAsync(Guid recordId, CancellationToken cancellationToken = default)
    {
        var versions = await Versions(recordId).Select(v => v.ChangedAt).ToListAsync(cancellationToken);
        return versions.Count == 0 ? null : (versions.Count, versions[^1]);
    }

    /// <summary>Version <paramref name="number"/> of the record, or null when it has no such version.</summary>
    public async Task<PublishedVersion?> FindAsync(Guid recordId, int number, CancellationToken cancellationToken = default)
    {
        if (number < 1)
        {
            return null;
        }

        var revisions = await Versions(recordId).ToListAsync(cancellationToken);
        if (number > revisions.Count || RevisionContent.After(revisions[number - 1]) is not { } content)
        {
            return null;
        }

        var comparison = await ReadableComparison.LoadAsync(db, forPublic: true, cancellationToken);
        var later = new List<PublicVersion>();
        var previous = content;
        foreach (var revision in revisions.Skip(number))
        {
            var next = RevisionContent.After(revision) ?? previous;
            later.Add(new PublicVersion(revision.ChangedAt, revision.Action, revision.Reason, comparison.Compare(previous, next)));
            previous = next;
        }

        var shown = revisions[number - 1];
        return new PublishedVersion(
            recordId, number, shown.ChangedAt, shown.Action, shown.Reason, content, later, comparison.Compare(content, previous), comparison.Compare(null, content));
    }

    private IQueryable<Revision> Versions(Guid recordId) =>
        db.Revisions.AsNoTracking()
            .Where(v => v.EntityId == recordId && VersionActions.Contains(v.Action))
            .OrderBy(v => v.Number);
}
