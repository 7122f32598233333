using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PolicyTracker.Core.Accounts;
using PolicyTracker.Core.Common;
using PolicyTracker.Core.Data;
using PolicyTracker.Core.History;
using PolicyTracker.Core.Publication;
using PolicyTracker.Core.Records;
using PolicyTracker.Core.Sources;

namespace PolicyTracker.Core.Editing;

/// <summary>A record opened for editing: what the form shows, and the version a save must be based on.</summary>
public sealed record EditableRecord(
    Guid Id,
    RecordKind Kind,
    /// <summary>The address the record is stored (and, once published, seen) at.</summary>
    string Slug,
    PublicationState State,
    PublicationState? PendingState,
    int Version,
    RecordContent Draft,
    DateTime? DeletedAt,
    /// <summary>Whether the person who opened it wrote what waits to be published, so another editor must publish it.</summary>
    bool NeedsAnotherApprover = false,
    /// <summary>For a live record with a pending change: what the public sees now, for the reviewer to compare against.</summary>
    RecordContent? Live = null);

/// <summary>
/// Every change an editor makes to a tracked record, and the workflow Draft → In review → Published, with
/// retraction and correction. Each method checks the acting user's role here, on the server; each refuses bad
/// input before anything is written; each save names the version it was based on, so a stale save is a
/// conflict, never an overwrite. Editing a live record stores a pending draft; the public keeps the published
/// values until that draft is published.
/// </summary>
public sealed class RecordEditor(PolicyTrackerDbContext db, RevisionJournal revisions, IActor actor, TimeProvider clock, EditingRules rules)
{
    private readonly RecordWriter writer = new(db);

    public const int ReasonMaxLength = 2000;

    public async Task<EditableRecord> OpenAsync(Guid id, CancellationToken cancellationToken = default)
    {
        actor.Require(Roles.Analyst);
        return await db.InCleanStateAsync(async () =>
        {
            var record = await LoadAsync(id, includeDeleted: true, cancellationToken);
            var draft = record.PendingDraftJson is { } pending ? Deserialize(pending) : RecordContent.From(record);
            return new EditableRecord(
                record.Id, record.Kind, record.Slug, record.State, record.PendingState, record.Version, draft, record.DeletedAt,
                await NeedsAnotherApproverAsync(record.Id, cancellationToken),
                record.PendingDraftJson is null ? null : RecordContent.From(record));
        });
    }

    public async Task<Guid> CreateAsync(RecordContent draft, CancellationToken cancellationToken = default)
    {
        actor.Require(Roles.Editor);
        return await db.InCleanStateAsync(async () =>
        {
            var record = RecordKinds.Of(draft.Kind).Create();
            await writer.CheckAndApplyAsync(draft, record, cancellationToken);
            db.Records.Add(record);
            await db.SaveChangesAsync(cancellationToken);
            return record.Id;
        });
    }

    /// <summary>Saves a draft or in-review record in place; for a live record, saves the change as its pending draft.</summary>
    public Task SaveAsync(Guid id, int basedOnVersion, RecordContent draft, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, basedOnVersion, async record =>
        {
            if (draft.Kind != record.Kind)
            {
                throw Invalid("Kind", $"This record is a {record.Kind}; its kind cannot be changed.");
            }

            switch (record.State)
            {
                case PublicationState.Published:
                    // Checked now, so the pending draft will publish later without surprises.
                    await writer.CheckInFullAsync(draft, record.Id, cancellationToken);
                    draft.ProposedNote = string.IsNullOrWhiteSpace(draft.ProposedNote) ? null : CheckReason(draft.ProposedNote);
                    record.PendingDraftJson = JsonSerializer.Serialize(draft, SnapshotJson.Options);
                    record.PendingState = PublicationState.Draft;
                    break;
                case PublicationState.Retracted:
                    throw Invalid("State", "A retracted record stays as it was when retracted; create a new record instead.");
                default:
                    await writer.CheckAndApplyAsync(draft, record, cancellationToken);
                    break;
            }

            return null;
        }, cancellationToken);

    public Task SubmitForReviewAsync(Guid id, int basedOnVersion, CancellationToken cancellationToken = default) =>
        MoveAsync(id, basedOnVersion, PublicationState.Draft, PublicationState.InReview, "Only a draft can be submitted for review.", cancellationToken);

    /// <summary>Sends a record (or a live record's pending change) back from review to draft.</summary>
    public Task ReturnToDraftAsync(Guid id, int basedOnVersion, CancellationToken cancellationToken = default) =>
        MoveAsync(id, basedOnVersion, PublicationState.InReview, PublicationState.Draft, "Only a record in review can be sent back to draft.", cancellationToken);

    /// <summary>Moves a live record's pending change, or else the record itself, from one workflow step to the next.</summary>
    private Task MoveAsync(Guid id, int basedOnVersion, PublicationState from, PublicationState to, string refusal, CancellationToken cancellationToken) =>
        ChangeAsync(id, basedOnVersion, record =>
        {
            if (record.PendingState == from)
            {
                record.PendingState = to;
            }
            else if (record.State == from)
            {
                record.State = to;
            }
            else
            {
                throw Invalid("State", refusal);
            }

            return Task.FromResult<PublicReason?>(null);
        }, cancellationToken);

    /// <summary>
    /// Publishes a reviewed record, or a live record's reviewed pending change. A live record never changes
    /// silently: its change is published only with a public note, as a correction (a fact was wrong) or an update
    /// (new information); both are listed in the corrections and updates log, the feed and on the record's page.
    /// </summary>
    public Task PublishAsync(
        Guid id, int basedOnVersion, string? publicNote = null, PublicChangeKind changeKind = PublicChangeKind.Correction,
        CancellationToken cancellationToken = default) =>
        ChangeAsync(id, basedOnVersion, async record =>
        {
            if (await NeedsAnotherApproverAsync(record.Id, cancellationToken))
            {
                throw Invalid("Approver", "Another editor must publish this: you wrote it (or changed it since it was last published), and what is published here is checked by a second person. Ask them to review it.");
            }

            var reason = string.IsNullOrWhiteSpace(publicNote) ? null : CheckReason(publicNote);
            RecordWriter.Resolved links;
            if (record.PendingState == PublicationState.InReview)
            {
                var pending = Deserialize(record.PendingDraftJson!);
                // The writer's proposed note stands unless the publisher words it afresh.
                if (reason is null && pending.ProposedNote is { } proposed)
                {
                    (reason, changeKind) = (proposed, pending.ProposedChangeKind);
                }

                if (reason is null)
                {
                    throw Invalid("Reason", "The public sees this record already: say in the public note what the change corrects or adds. It is shown on the record's page and in the corrections and updates log.");
                }

                links = await writer.CheckInFullAsync(pending, record.Id, cancellationToken);
                writer.Apply(pending, record, links);
                record.PendingDraftJson = null;
                record.PendingState = null;
            }
            else if (record.State == PublicationState.InReview)
            {
                if (reason is not null)
                {
                    throw Invalid("Reason", "A correction reason applies only to a change of a published record.");
                }

                links = await writer.CheckInFullAsync(RecordContent.From(record), record.Id, cancellationToken);
                record.State = PublicationState.Published;
            }
            else
            {
                throw Invalid("State", record.PendingState == PublicationState.Draft || record.State == PublicationState.Draft
                    ? "Submit the draft for review before publishing it."
                    : "There is nothing waiting to be published.");
            }

            CheckPublishable(record, links);
            return reason is null ? null : new PublicReason(reason, changeKind == PublicChangeKind.Update ? RevisionAction.PublicUpdate : RevisionAction.Corrected);
        }, cancellationToken);

    /// <summary>
    /// Takes a published record down, leaving only a notice with the public reason in the corrections log. One editor
    /// may do it alone, even under the second-approver rule: a take-down (a legal demand, a person put at risk) must
    /// not wait for a colleague. Putting the record back is what waits (<see cref="ReinstateAsync"/>).
    /// </summary>
    public Task RetractAsync(Guid id, int basedOnVersion, string reason, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, basedOnVersion, record =>
        {
            var checkedReason = CheckReason(reason);
            if (record.State != PublicationState.Published)
            {
                throw Invalid("State", "Only a published record can be retracted.");
            }

            record.State = PublicationState.Retracted;
            record.PendingDraftJson = null;
            record.PendingState = null;
            return Task.FromResult<PublicReason?>(new PublicReason(checkedReason));
        }, cancellationToken);

    /// <summary>
    /// Puts a retracted record back on view as it was when retracted, only with a public note saying why; the log keeps
    /// the retraction and the reinstatement both. The record must still meet every rule for publishing, and under the
    /// second-approver rule the editor who retracted it cannot put it back alone.
    /// </summary>
    public Task ReinstateAsync(Guid id, int basedOnVersion, string publicNote, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, basedOnVersion, async record =>
        {
            var note = CheckReason(publicNote);
            if (record.State != PublicationState.Retracted)
            {
                throw Invalid("State", "Only a retracted record can be reinstated.");
            }

            if (rules.RequireSecondApprover
                && string.Equals(await new RevisionQueries(db).LastRetractedByAsync(record.Id, cancellationToken), actor.Name, StringComparison.OrdinalIgnoreCase))
            {
                throw Invalid("Approver", "Another editor must reinstate this: you retracted it. A retraction takes effect on one editor's word; putting the record back is checked by a second.");
            }

            var links = await writer.CheckInFullAsync(RecordContent.From(record), record.Id, cancellationToken);
            record.State = PublicationState.Published;
            CheckPublishable(record, links);
            return new PublicReason(note);
        }, cancellationToken);

    /// <summary>Leaves a review comment on a record, for the other editors; never shown to the public.</summary>
    public async Task CommentAsync(Guid id, string text, CancellationToken cancellationToken = default)
    {
        actor.Require(Roles.Editor);
        var problems = new ValidationProblems();
        problems.Required("Comment", text, ReviewComment.TextMaxLength);
        problems.ThrowIfInvalid("The comment");
        await db.InCleanStateAsync(async () =>
        {
            if (!await db.Records.AnyAsync(r => r.Id == id, cancellationToken))
            {
                throw new RecordNotFoundException(id);
            }

            db.ReviewComments.Add(new ReviewComment { RecordId = id, Author = actor.Name, WrittenAt = clock.GetUtcNow().UtcDateTime, Text = text.Trim() });
            await db.SaveChangesAsync(cancellationToken);
        });
    }

    /// <summary>A record's review comments, oldest first, as a conversation reads.</summary>
    public Task<List<ReviewComment>> CommentsAsync(Guid id, CancellationToken cancellationToken = default)
    {
        actor.Require(Roles.Analyst);
        return db.ReviewComments.AsNoTracking().Where(c => c.RecordId == id).OrderBy(c => c.WrittenAt).ThenBy(c => c.Id).ToListAsync(cancellationToken);
    }

    /// <summary>Drops a live record's pending change; the published values stay as they are.</summary>
    public Task DiscardPendingAsync(Guid id, int basedOnVersion, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, basedOnVersion, record =>
        {
            if (record.PendingDraftJson is null)
            {
                throw Invalid("State", "There is no pending change to discard.");
            }

            record.PendingDraftJson = null;
            record.PendingState = null;
            return Task.FromResult<PublicReason?>(null);
        }, cancellationToken);

    /// <summary>Soft-deletes an unpublished record; <see cref="UndeleteAsync"/> brings it back.</summary>
    public Task DeleteAsync(Guid id, int basedOnVersion, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, basedOnVersion, record =>
        {
            if (record.State is PublicationState.Published or PublicationState.Retracted)
            {
                throw Invalid("State", "A record the public has seen is never deleted: retract it with a public reason instead.");
            }

            record.DeletedAt = clock.GetUtcNow().UtcDateTime;
            record.DeletedBy = actor.Name;
            return Task.FromResult<PublicReason?>(null);
        }, cancellationToken, includeDeleted: false);

    public Task UndeleteAsync(Guid id, int basedOnVersion, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, basedOnVersion, record =>
        {
            if (record.DeletedAt is null)
            {
                throw Invalid("State", "This record is not deleted.");
            }

            record.DeletedAt = null;
            record.DeletedBy = null;
            return Task.FromResult<PublicReason?>(null);
        }, cancellationToken, includeDeleted: true);

    /// <summary>
    /// Shows a record as the public would see it once its draft (or pending change) is published, through the public
    /// page's own query (<see cref="AsPublished"/>). Nothing is kept.
    /// </summary>
    public async Task<T> PreviewAsync<T>(Guid id, Func<RecordKind, string, Task<T>> read, CancellationToken cancellationToken = default)
    {
        actor.Require(Roles.Analyst);
        var pending = await db.Records.Where(r => r.Id == id).Select(r => r.PendingDraftJson).ToListAsync(cancellationToken);
        if (pending.Count == 0)
        {
            throw new RecordNotFoundException(id);
        }

        return await new AsPublished(db).ReadAsync(id, pending[0] is { } draft ? Deserialize(draft) : null, read, cancellationToken);
    }

    /// <summary>Brings back the content an earlier revision recorded, saved like any other edit (so it is itself undoable).</summary>
    public async Task RestoreRevisionAsync(Guid id, int basedOnVersion, int revisionNumber, CancellationToken cancellationToken = default)
    {
        actor.Require(Roles.Editor);
        var revision = await db.Revisions.AsNoTracking()
            .SingleOrDefaultAsync(r => r.EntityId == id && r.Number == revisionNumber, cancellationToken)
            ?? throw Invalid("Revision", $"This record has no revision {revisionNumber}.");
        var content = RevisionContent.After(revision)
            ?? throw Invalid("Revision", $"Revision {revisionNumber} recorded only a change of state, not the record's content; choose another.");
        await SaveAsync(id, basedOnVersion, content, cancellationToken);
    }

    /// <summary>
    /// Loads the record, checks the caller's role and version, runs <paramref name="change"/> (which returns the
    /// public reason, if any) and saves. A failed check leaves the context clean, so nothing half-done is saved later.
    /// </summary>
    private async Task ChangeAsync(
        Guid id, int basedOnVersion, Func<TrackedRecord, Task<PublicReason?>> change, CancellationToken cancellationToken, bool includeDeleted = false)
    {
        actor.Require(Roles.Editor);
        await db.InCleanStateAsync(async () =>
        {
            var record = await LoadAsync(id, includeDeleted, cancellationToken);
            if (record.Version != basedOnVersion)
            {
                throw new EditConflictException(id, basedOnVersion, record.Version);
            }

            var reason = await change(record);
            // Always a revision, even when only links or citations changed and no column of the record did.
            db.Entry(record).Property(r => r.UpdatedAt).IsModified = true;
            try
            {
                using var because = reason is null ? null : PublicReasons.Because(reason);
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                // Another save landed between our check and our update; the version column refused it.
                throw new EditConflictException(id, basedOnVersion, basedOnVersion + 1);
            }
        });
    }

    private async Task<TrackedRecord> LoadAsync(Guid id, bool includeDeleted, CancellationToken cancellationToken)
    {
        var records = includeDeleted ? db.Records.IgnoreQueryFilters() : db.Records;
        var record = await records.LoadWholeAsync(id, cancellationToken) ?? throw new RecordNotFoundException(id);
        revisions.RememberContent(record);
        return record;
    }

    private async Task<bool> NeedsAnotherApproverAsync(Guid id, CancellationToken cancellationToken) =>
        rules.RequireSecondApprover
        && (await new RevisionQueries(db).WritersSinceLastPublicationAsync(id, cancellationToken)).Contains(actor.Name);

    private static void CheckPublishable(TrackedRecord record, RecordWriter.Resolved links)
    {
        PublicationRules.PublishCitedDraftSources(links);
        var problems = PublicationRules.CheckPublishable(record);
        PublicationRules.CheckLinksPublished(links, problems);
        problems.ThrowIfInvalid($"\"{record.Title}\"");
    }

    private static RecordContent Deserialize(string json) =>
        JsonSerializer.Deserialize<RecordContent>(json, SnapshotJson.Options) ?? throw new InvalidOperationException("An empty pending draft.");

    private static string CheckReason(string reason)
    {
        var problems = new ValidationProblems();
        problems.Required("Reason", reason, ReasonMaxLength, "The public note");
        problems.ThrowIfInvalid("The public reason");
        return reason.Trim();
    }

    private static ValidationException Invalid(string field, string message) => new("The change", [new ValidationProblem(field, message)]);
}

public sealed class RecordNotFoundException(Guid id) : Exception($"No record has the id {id}.");

/// <summary>Someone else saved the record after it was opened; the caller shows what changed instead of overwriting.</summary>
public sealed class EditConflictException(Guid id, int basedOnVersion, int currentVersion)
    : Exception($"The record was changed by someone else after you opened it (you opened version {basedOnVersion}; it is now at {currentVersion}).")
{
    public Guid RecordId { get; } = id;

    public int BasedOnVersion { get; } = basedOnVersion;
}
