using Microsoft.EntityFrameworkCore;
using PolicyTracker.Core.Common;
using PolicyTracker.Core.Data;
using PolicyTracker.Core.Publication;
using PolicyTracker.Core.Records;

namespace PolicyTracker.Core.History;

/// <summary>A public change: a record published, corrected or retracted, with the public reason where there is one; <see cref="Summary"/> is the summary of the version the change published, while the record is published (never a retracted one's).</summary>
public sealed record PublicChange(DateTime At, RevisionAction Action, string Slug, RecordKind Kind, string Title, string? Reason, string? Summary);

/// <summary>
/// One published version of a record: when, what kind of change, its public note, and what differs from the version
/// before; <see cref="Number"/> is its number for its permanent address (<see cref="PublishedVersions"/>), null for a
/// retraction, which is not a version, and for every entry of a retracted record, whose versions are not shown.
/// </summary>
public sealed record PublicVersion(DateTime At, RevisionAction Action, string? Note, IReadOnlyList<FieldChange> Changes, int? Number = null);

/// <summary>Every published version of one record, newest first; a retracted record lists its versions without their content.</summary>
public sealed record PublicRecordHistory(Guid Id, RecordKind Kind, string Slug, string Title, bool Retracted, IReadOnlyList<PublicVersion> Versions);

/// <summary>
/// The public history of the site, read from the revisions: the home page's latest changes, the Atom feed and
/// the corrections log. Only records now on view (or retracted, as a notice) appear, under their current title.
/// </summary>
public sealed class ChangeLogQueries(PolicyTrackerDbContext db)
{
    private static readonly RevisionAction[] CorrectionActions =
        [RevisionAction.Corrected, RevisionAction.PublicUpdate, RevisionAction.Retracted, RevisionAction.Reinstated];

    // Declared after what it includes: static fields are set in order.
    private static readonly RevisionAction[] PublicActions =
        [RevisionAction.Published, .. CorrectionActions];

    /// <summary>The corrections, updates, retractions and reinstatements of one published record, newest first, for its own page.</summary>
    public Task<List<PublicChange>> OfRecordAsync(string slug, CancellationToken cancellationToken = default) =>
        QueryAsync(CorrectionActions, 500, cancellationToken, slug);

    /// <summary>
    /// The record's "what changed" page: each version the public saw (first publication, corrections, updates,
    /// retraction, reinstatement), compared with the one before it in words. Drafts and pending changes never appear.
    /// </summary>
    public async Task<PublicRecordHistory?> VersionsAsync(RecordKind kind, string slug, CancellationToken cancellationToken = default)
    {
        var record = await db.Records.AsNoTracking().AtPublicAddress(db.Revisions)
            .Where(r => r.Kind == kind && r.Slug == slug)
            .Select(r => new { r.Id, r.Title, r.State })
            .SingleOrDefaultAsync(cancellationToken);
        if (record is null)
        {
            return null;
        }

        var retracted = record.State == PublicationState.Retracted;
        var revisions = await db.Revisions.AsNoTracking()
            .Where(v => v.EntityId == record.Id && PublicActions.Contains(v.Action))
            .OrderBy(v => v.Number)
            .ToListAsync(cancellationToken);
        var comparison = await ReadableComparison.LoadAsync(db, forPublic: true, cancellationToken);
        var versions = new List<PublicVersion>();
        RecordContent? previous = null;
        var numbered = 0;
        foreach (var revision in revisions)
        {
            // What a retracted record said is not shown again, not even as a difference.
            var content = retracted ? null : RevisionContent.After(revision);
            var changes = previous is null || content is null ? [] : comparison.Compare(previous, content);
            var number = PublishedVersions.IsVersion(revision.Action) ? ++numbered : (int?)null;
            versions.Add(new PublicVersion(revision.ChangedAt, revision.Action, revision.Reason, changes, retracted ? null : number));
            previous = content ?? previous;
        }

        versions.Reverse();
        return new PublicRecordHistory(record.Id, kind, slug, record.Title, retracted, versions);
    }

    /// <summary>The latest public changes, of every record or of the records <paramref name="among"/> names (a thread's).</summary>
    public Task<List<PublicChange>> LatestAsync(int count, IQueryable<Guid>? among = null, CancellationToken cancellationToken = default) =>
        QueryAsync(PublicActions, count, cancellationToken, among: among);

    /// <summary>Corrections, updates and retractions, latest first: the log a reader checks the record's honesty by.</summary>
    public Task<List<PublicChange>> CorrectionsAsync(int count = 500, CancellationToken cancellationToken = default) =>
        QueryAsync(CorrectionActions, count, cancellationToken);

    /// <summary>Every public change after <paramref name="after"/> up to and including <paramref name="until"/>, latest first: an open-data release's change file.</summary>
    public Task<List<PublicChange>> BetweenAsync(DateTime? after, DateTime until, CancellationToken cancellationToken = default, IQueryable<Guid>? among = null) =>
        QueryAsync(PublicActions, int.MaxValue, cancellationToken, among: among, between: (after ?? DateTime.MinValue, until));

    /// <summary>When the public last saw anything change; null before anything was published.</summary>
    public Task<DateTime?> LastChangeAsync(CancellationToken cancellationToken = default) =>
        db.Revisions.Where(v => PublicActions.Contains(v.Action)).MaxAsync(v => (DateTime?)v.ChangedAt, cancellationToken);

    private async Task<List<PublicChange>> QueryAsync(
        RevisionAction[] actions, int count, CancellationToken cancellationToken, string? slug = null, IQueryable<Guid>? among = null,
        (DateTime After, DateTime Until)? between = null) =>
        (await Revisions(actions, between)
            .Join(PublicRecords(slug, among), v => v.EntityId, r => r.Id, (v, r) => new { v, r })
            // A publication is listed while the record is live. Once retracted, its corrections, updates and the
            // retraction stay listed (the log only grows), each with its public note but none with the record's content.
            .Where(x => x.r.State == PublicationState.Published
                || (x.r.State == PublicationState.Retracted && x.v.Action != RevisionAction.Published))
            // Ties (a whole dataset loaded at one moment) are broken by id, so every rendering lists them in one order.
            .OrderByDescending(x => x.v.ChangedAt).ThenByDescending(x => x.v.Number).ThenBy(x => x.v.Id)
            .Take(count)
            .Select(x => new { x.v.ChangedAt, x.v.Action, x.r.Slug, x.r.Kind, x.r.Title, x.v.Reason, Live = x.r.State == PublicationState.Published, x.v.AfterJson })
            .ToListAsync(cancellationToken))
        // Each entry shows the summary of the version it announces, not the record's latest: the original publication
        // keeps what was first published after a correction.
        .Select(x => new PublicChange(x.ChangedAt, x.Action, x.Slug, x.Kind, x.Title, x.Reason, x.Live ? RevisionContent.ColumnAfter(x.AfterJson, nameof(Records.TrackedRecord.Summary)) : null))
        .ToList();

    private IQueryable<Revision> Revisions(RevisionAction[] actions, (DateTime After, DateTime Until)? between)
    {
        var revisions = db.Revisions.AsNoTracking().Where(v => actions.Contains(v.Action));
        return between is { } span ? revisions.Where(v => v.ChangedAt > span.After && v.ChangedAt <= span.Until) : revisions;
    }

    private IQueryable<TrackedRecord> PublicRecords(string? slug, IQueryable<Guid>? among)
    {
        var records = db.Records.AtPublicAddress(db.Revisions);
        records = slug is null ? records : records.Where(r => r.Slug == slug);
        return among is null ? records : records.Where(r => among.Contains(r.Id));
    }
}
