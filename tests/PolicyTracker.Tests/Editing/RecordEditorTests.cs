using Microsoft.EntityFrameworkCore;
using PolicyTracker.Core.Agreements;
using PolicyTracker.Core.Common;
using PolicyTracker.Core.Data;
using PolicyTracker.Core.Editing;
using PolicyTracker.Core.History;
using PolicyTracker.Core.Meetings;
using PolicyTracker.Core.Publication;
using PolicyTracker.Core.Records;
using PolicyTracker.Core.Sources;
using PolicyTracker.Tests.Infrastructure;
using PolicyTracker.Core.Events;
using PolicyTracker.Core.Statements;

namespace PolicyTracker.Tests.Editing;

/// <summary>The editing workflow, revisions, restore, soft delete and conflicts, through <see cref="RecordEditor"/>.</summary>
public class RecordEditorTests : IAsyncLifetime
{
    private TestDatabase database = null!;
    private Guid publishedSource;
    private Guid pipir;

    public async Task InitializeAsync()
    {
        database = await TestDatabase.WithSampleDataAsync(DatabaseProvider.Postgres, "editor");
        await using var db = database.CreateContext();
        publishedSource = (await db.Sources.SingleAsync(s => s.Slug == "rnz-nz-joins-pipir")).Id;
        pipir = (await db.Set<Agreement>().SingleAsync(a => a.Slug == "pipir")).Id;
    }

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task A_record_goes_from_draft_to_review_to_published_and_each_step_is_a_revision()
    {
        await using var session = database.Edit(TestActor.Editor("alice@example.org"));
        var id = await session.Editor.CreateAsync(Meeting("Workflow meeting", publishedSource));

        await session.Editor.SubmitForReviewAsync(id, 1);
        await session.Editor.PublishAsync(id, 2);

        var record = await session.Db.Records.SingleAsync(r => r.Id == id);
        Assert.Equal(PublicationState.Published, record.State);
        var revisions = await Revisions(session.Db, id);
        Assert.Equal([RevisionAction.Created, RevisionAction.SubmittedForReview, RevisionAction.Published], revisions.Select(r => r.Action));
        Assert.All(revisions, r => Assert.Equal("alice@example.org", r.ChangedBy));
        Assert.Contains("\"State\":\"InReview\"", revisions[2].BeforeJson);
        Assert.Contains("\"State\":\"Published\"", revisions[2].AfterJson);
    }

    [Fact]
    public async Task Publishing_without_a_citation_is_refused_with_a_clear_message_and_changes_nothing()
    {
        await using var session = database.Edit();
        var id = await session.Editor.CreateAsync(Meeting("Uncited meeting"));
        await session.Editor.SubmitForReviewAsync(id, 1);

        var error = await Assert.ThrowsAsync<ValidationException>(() => session.Editor.PublishAsync(id, 2));

        Assert.Contains(error.Problems, p => p.Field == "Citations" && p.Message.Contains("cannot be published without a citation"));
        Assert.Equal(PublicationState.InReview, (await session.Db.Records.SingleAsync(r => r.Id == id)).State);
        Assert.Equal(2, (await Revisions(session.Db, id)).Count);
    }

    [Fact]
    public async Task A_draft_must_be_reviewed_before_it_is_published()
    {
        await using var session = database.Edit();
        var id = await session.Editor.CreateAsync(Meeting("Unreviewed meeting", publishedSource));

        var error = await Assert.ThrowsAsync<ValidationException>(() => session.Editor.PublishAsync(id, 1));

        Assert.Contains("Submit the draft for review", error.Message);
    }

    [Fact]
    public async Task Every_save_records_the_whole_content_before_and_after_and_an_old_revision_can_be_restored()
    {
        await using var session = database.Edit();
        var id = await session.Editor.CreateAsync(Meeting("Original title", publishedSource));
        var changed = (await session.Editor.OpenAsync(id)).Draft;
        changed.Title = "Changed title";
        changed.Citations.Clear();
        changed.AgreementIds.Clear();
        await session.Editor.SaveAsync(id, 1, changed);

        var update = (await Revisions(session.Db, id))[1];
        Assert.Equal(RevisionAction.Updated, update.Action);
        Assert.Contains("Original title", update.BeforeJson);
        Assert.Contains(publishedSource.ToString(), update.BeforeJson);
        Assert.Contains("Changed title", update.AfterJson);
        Assert.DoesNotContain(publishedSource.ToString(), update.AfterJson);

        await session.Editor.RestoreRevisionAsync(id, 2, revisionNumber: 1);

        var restored = await session.Editor.OpenAsync(id);
        Assert.Equal("Original title", restored.Draft.Title);
        Assert.Equal([publishedSource], restored.Draft.Citations.Select(c => c.SourceId));
        Assert.Equal([pipir], restored.Draft.AgreementIds);
        Assert.Equal(3, restored.Version);
        Assert.Equal(3, (await Revisions(session.Db, id)).Count);
    }

    [Fact]
    public async Task A_deleted_record_disappears_and_the_delete_can_be_undone()
    {
        await using var session = database.Edit();
        var id = await session.Editor.CreateAsync(Meeting("Meeting to delete", publishedSource));

        await session.Editor.DeleteAsync(id, 1);
        Assert.False(await session.Db.Records.AnyAsync(r => r.Id == id));
        Assert.Equal(RevisionAction.Deleted, (await Revisions(session.Db, id))[^1].Action);

        await session.Editor.UndeleteAsync(id, 2);
        var back = await session.Db.Records.SingleAsync(r => r.Id == id);
        Assert.Null(back.DeletedAt);
        Assert.Equal("Meeting to delete", back.Title);
        Assert.Equal(RevisionAction.Restored, (await Revisions(session.Db, id))[^1].Action);
    }

    [Fact]
    public async Task A_published_record_cannot_be_deleted_only_retracted()
    {
        await using var session = database.Edit();
        var id = await PublishedMeetingAsync(session, "Published meeting to keep");

        var error = await Assert.ThrowsAsync<ValidationException>(() => session.Editor.DeleteAsync(id, 3));

        Assert.Contains("retract it", error.Message);
        Assert.True(await session.Db.Records.AnyAsync(r => r.Id == id));
    }

    [Fact]
    public async Task Editing_a_published_record_keeps_the_published_values_until_the_change_is_published()
    {
        await using var session = database.Edit();
        var id = await PublishedMeetingAsync(session, "Live title");
        var edit = (await session.Editor.OpenAsync(id)).Draft;
        edit.Title = "Pending title";

        await session.Editor.SaveAsync(id, 3, edit);

        var live = await session.Db.Records.VisibleToPublic().SingleAsync(r => r.Id == id);
        Assert.Equal("Live title", live.Title);
        var opened = await session.Editor.OpenAsync(id);
        Assert.Equal("Pending title", opened.Draft.Title);
        Assert.Equal(PublicationState.Draft, opened.PendingState);

        await session.Editor.SubmitForReviewAsync(id, 4);
        Assert.Equal("Live title", (await session.Db.Records.SingleAsync(r => r.Id == id)).Title);
        // Never silently: without a public note the change is refused and the public keeps the live title.
        var silent = await Assert.ThrowsAsync<ValidationException>(() => session.Editor.PublishAsync(id, 5));
        Assert.Contains(silent.Problems, p => p.Field == "Reason" && p.Message.Contains("public note"));
        Assert.Equal("Live title", (await session.Db.Records.AsNoTracking().SingleAsync(r => r.Id == id)).Title);
        await session.Editor.PublishAsync(id, 5, "Retitled after the source's own correction.", PublicChangeKind.Update);

        var published = await session.Db.Records.VisibleToPublic().SingleAsync(r => r.Id == id);
        Assert.Equal("Pending title", published.Title);
        Assert.Null(published.PendingDraftJson);
        Assert.Null(published.PendingState);
        var last = (await Revisions(session.Db, id)).Last();
        Assert.Equal((RevisionAction.PublicUpdate, "Retitled after the source's own correction."), (last.Action, last.Reason));
    }

    [Fact]
    public async Task A_preview_shows_the_pending_change_as_the_public_page_would_and_keeps_nothing()
    {
        await using var session = database.Edit();
        var id = await PublishedMeetingAsync(session, "Previewed live title");
        var edit = (await session.Editor.OpenAsync(id)).Draft;
        edit.Title = "Previewed pending title";
        await session.Editor.SaveAsync(id, 3, edit);
        var revisionsBefore = (await Revisions(session.Db, id)).Count;
        var records = new RecordQueries(session.Db, TimeProvider.System);

        var preview = await session.Editor.PreviewAsync(id, async (kind, slug) => await records.FindPublishedAsync(kind, slug));

        var shown = Assert.IsType<RecordLookup.Found>(preview).Record;
        Assert.Equal("Previewed pending title", shown.Title);
        Assert.Contains(shown.Citations, c => c.SourceSlug == "rnz-nz-joins-pipir");
        var stored = await session.Db.Records.AsNoTracking().SingleAsync(r => r.Id == id);
        Assert.Equal("Previewed live title", stored.Title);
        Assert.Equal(4, stored.Version);
        Assert.Equal(revisionsBefore, (await Revisions(session.Db, id)).Count);
    }

    [Fact]
    public async Task A_draft_can_be_previewed_but_stays_a_draft()
    {
        await using var session = database.Edit();
        var id = await session.Editor.CreateAsync(Meeting("Previewed draft", publishedSource));
        var records = new RecordQueries(session.Db, TimeProvider.System);

        var preview = await session.Editor.PreviewAsync(id, async (kind, slug) => await records.FindPublishedAsync(kind, slug));

        Assert.Equal("Previewed draft", Assert.IsType<RecordLookup.Found>(preview).Record.Title);
        Assert.Equal(PublicationState.Draft, (await session.Db.Records.AsNoTracking().SingleAsync(r => r.Id == id)).State);
        Assert.False(await session.Db.Records.VisibleToPublic().AnyAsync(r => r.Id == id));
    }

    [Fact]
    public async Task A_correction_is_published_with_its_public_reason_into_the_corrections_log()
    {
        await using var session = database.Edit();
        var id = await PublishedMeetingAsync(session, "Meeting with a wrong place");
        var edit = (await session.Editor.OpenAsync(id)).Draft;
        edit.FieldsOf<MeetingFields>().Place = "Canberra";
        await session.Editor.SaveAsync(id, 3, edit);
        await session.Editor.SubmitForReviewAsync(id, 4);

        await session.Editor.PublishAsync(id, 5, publicNote: "The meeting was in Canberra, not Wellington.");

        var corrections = await new ChangeLogQueries(session.Db).CorrectionsAsync();
        Assert.Contains(corrections, c => c.Action == RevisionAction.Corrected && c.Reason == "The meeting was in Canberra, not Wellington.");
    }

    /// <summary>Whoever makes a change writes its public note with it; the publisher need not word it again.</summary>
    [Fact]
    public async Task The_writer_of_a_change_proposes_its_public_note_and_publishing_uses_it()
    {
        await using var session = database.Edit();
        var id = await PublishedMeetingAsync(session, "Meeting whose writer proposes the note");
        var edit = (await session.Editor.OpenAsync(id)).Draft;
        edit.FieldsOf<MeetingFields>().Place = "Canberra";
        edit.ProposedNote = "<b>markup</b>";
        await Assert.ThrowsAsync<ValidationException>(() => session.Editor.SaveAsync(id, 3, edit));

        edit.ProposedNote = "A later report gives the meeting's place.";
        edit.ProposedChangeKind = PublicChangeKind.Update;
        await session.Editor.SaveAsync(id, 3, edit);
        var reopened = await session.Editor.OpenAsync(id);
        Assert.Equal(("A later report gives the meeting's place.", PublicChangeKind.Update), (reopened.Draft.ProposedNote, reopened.Draft.ProposedChangeKind));
        await session.Editor.SubmitForReviewAsync(id, 4);
        await session.Editor.PublishAsync(id, 5);

        var log = await new ChangeLogQueries(session.Db).CorrectionsAsync();
        Assert.Contains(log, c => c.Title == "Meeting whose writer proposes the note" && c.Action == RevisionAction.PublicUpdate && c.Reason == "A later report gives the meeting's place.");
        Assert.Null((await session.Editor.OpenAsync(id)).Draft.ProposedNote); // the note belongs to that change, not to the record
    }

    /// <summary>The log's entry for a version shows that version: the original publication keeps its first summary.</summary>
    [Fact]
    public async Task Each_entry_of_the_change_log_shows_the_summary_of_the_version_it_announces()
    {
        await using var session = database.Edit();
        var id = await PublishedMeetingAsync(session, "Meeting whose summary is corrected");
        var edit = (await session.Editor.OpenAsync(id)).Draft;
        var first = edit.Summary;
        edit.Summary = "Officials met in Canberra, as the minister's office later said.";
        await session.Editor.SaveAsync(id, 3, edit);
        await session.Editor.SubmitForReviewAsync(id, 4);
        await session.Editor.PublishAsync(id, 5, publicNote: "The summary named the wrong city.");

        var entries = (await new ChangeLogQueries(session.Db).LatestAsync(500)).Where(c => c.Title == "Meeting whose summary is corrected").ToList();

        Assert.Equal(first, Assert.Single(entries, c => c.Action == RevisionAction.Published).Summary);
        Assert.Equal(edit.Summary, Assert.Single(entries, c => c.Action == RevisionAction.Corrected).Summary);
    }

    [Fact]
    public async Task A_source_added_while_citing_stays_a_draft_until_a_record_citing_it_is_published()
    {
        await using var session = database.Edit();
        var directory = new DirectoryEditor(session.Db, TestActor.Editor(), TimeProvider.System);
        var inline = await directory.SaveAsync<Source, SourceEdit>(
            null, 0, new SourceEdit { Content = { Title = "Inline source", Url = "https://example.org/inline", ReliabilityReason = "Checked" } }, null, PublicationState.Draft, null);
        var id = await session.Editor.CreateAsync(Meeting("Meeting citing a new source", inline));
        await session.Editor.SubmitForReviewAsync(id, 1);
        Assert.Equal(PublicationState.Draft, (await session.Db.Sources.AsNoTracking().SingleAsync(s => s.Id == inline)).State);
        Assert.DoesNotContain(await new SourceQueries(session.Db).ListPublishedAsync(), s => s.Slug == "inline-source");

        await session.Editor.PublishAsync(id, 2);

        Assert.Equal(PublicationState.Published, (await session.Db.Sources.AsNoTracking().SingleAsync(s => s.Id == inline)).State);
        Assert.Contains(await session.Db.Revisions.AsNoTracking().Where(r => r.EntityId == inline).Select(r => r.Action).ToListAsync(), a => a == RevisionAction.Published);
    }

    [Fact]
    public async Task A_citation_without_a_pinpoint_is_flagged_for_review_and_a_close_title_is_offered()
    {
        var content = Meeting("Meeting with a bare citation", publishedSource);
        content.Citations.Add(new CitationDraft { SourceId = publishedSource, Pinpoint = "a quotation", PinpointKind = PinpointKind.Paraphrase });
        content.Citations[0].Pinpoint = null;
        Assert.Equal(["A citation has no pinpoint: add the short quotation or paragraph that supports the fact, so a reader can check it without reading the whole source."],
            PublicationRules.ReviewWarnings(content));
        content.Citations[0].Pinpoint = "officials met";
        Assert.Empty(PublicationRules.ReviewWarnings(content));

        await using var session = database.Edit();
        var id = await session.Editor.CreateAsync(Meeting("Officials meet on supply chains", publishedSource));
        var similar = new SimilarEntries(session.Db, TestActor.Editor());
        Assert.Contains(await similar.RecordsLikeAsync(RecordKind.Meeting, "Officials meet on the supply chains", null), r => r.Id == id);
        Assert.DoesNotContain(await similar.RecordsLikeAsync(RecordKind.Meeting, "Officials meet on supply chains", id), r => r.Id == id);
        Assert.Empty(await similar.RecordsLikeAsync(RecordKind.Statement, "Officials meet on supply chains", null));
    }

    [Fact]
    public async Task With_the_second_approver_rule_the_writer_cannot_publish_and_another_editor_can()
    {
        await using var writer = database.Edit(TestActor.Editor("writer@example.org"), requireSecondApprover: true);
        await using var reviewer = database.Edit(TestActor.Editor("reviewer@example.org"), requireSecondApprover: true);
        var id = await writer.Editor.CreateAsync(Meeting("Meeting checked by two", publishedSource));
        await writer.Editor.SubmitForReviewAsync(id, 1);

        Assert.True((await writer.Editor.OpenAsync(id)).NeedsAnotherApprover);
        Assert.False((await reviewer.Editor.OpenAsync(id)).NeedsAnotherApprover);
        var refused = await Assert.ThrowsAsync<ValidationException>(() => writer.Editor.PublishAsync(id, 2));
        Assert.Contains("Another editor must publish this", refused.Message);
        // Sending it back and forth is reviewing, not writing.
        await reviewer.Editor.ReturnToDraftAsync(id, 2);
        await writer.Editor.SubmitForReviewAsync(id, 3);
        await reviewer.Editor.PublishAsync(id, 4);
        Assert.Equal(PublicationState.Published, (await reviewer.Db.Records.AsNoTracking().SingleAsync(r => r.Id == id)).State);

        // A change to the live record: whoever writes it is its writer, and the other publishes it.
        var opened = await reviewer.Editor.OpenAsync(id);
        opened.Draft.Summary = "Officials met, and met again the next day.";
        await reviewer.Editor.SaveAsync(id, opened.Version, opened.Draft);
        await reviewer.Editor.SubmitForReviewAsync(id, opened.Version + 1);
        await Assert.ThrowsAsync<ValidationException>(() =>
            reviewer.Editor.PublishAsync(id, opened.Version + 2, "Adds the second day.", PublicChangeKind.Update));
        await writer.Editor.PublishAsync(id, opened.Version + 2, "Adds the second day.", PublicChangeKind.Update);
        Assert.Equal("Officials met, and met again the next day.", (await writer.Db.Records.AsNoTracking().SingleAsync(r => r.Id == id)).Summary);
    }

    [Fact]
    public async Task With_the_second_approver_rule_one_editor_retracts_alone_but_another_must_reinstate()
    {
        await using var retracter = database.Edit(TestActor.Editor("retracter@example.org"), requireSecondApprover: true);
        await using var colleague = database.Edit(TestActor.Editor("colleague@example.org"), requireSecondApprover: true);
        var id = await colleague.Editor.CreateAsync(Meeting("Meeting taken down in a hurry", publishedSource));
        await colleague.Editor.SubmitForReviewAsync(id, 1);
        await retracter.Editor.PublishAsync(id, 2);

        await retracter.Editor.RetractAsync(id, 3, "A person named here asked for it to be taken down while we check.");
        var refused = await Assert.ThrowsAsync<ValidationException>(() => retracter.Editor.ReinstateAsync(id, 4, "Checked; it stands."));

        Assert.Contains("Another editor must reinstate this: you retracted it", refused.Message);
        Assert.Equal(PublicationState.Retracted, (await retracter.Db.Records.AsNoTracking().SingleAsync(r => r.Id == id)).State);
        await colleague.Editor.ReinstateAsync(id, 4, "Checked; it stands.");
        Assert.Equal(PublicationState.Published, (await colleague.Db.Records.AsNoTracking().SingleAsync(r => r.Id == id)).State);
    }

    [Fact]
    public async Task Without_the_second_approver_rule_the_writer_publishes_alone()
    {
        await using var session = database.Edit(TestActor.Editor("alone@example.org"), requireSecondApprover: false);
        var id = await session.Editor.CreateAsync(Meeting("Meeting of a one-person newsroom", publishedSource));
        await session.Editor.SubmitForReviewAsync(id, 1);

        Assert.False((await session.Editor.OpenAsync(id)).NeedsAnotherApprover);
        await session.Editor.PublishAsync(id, 2);
        Assert.Equal(PublicationState.Published, (await session.Db.Records.AsNoTracking().SingleAsync(r => r.Id == id)).State);
    }

    [Fact]
    public async Task Review_comments_keep_their_author_and_order_refuse_markup_and_are_written_by_editors_only()
    {
        await using var writer = database.Edit(TestActor.Editor("writer@example.org"));
        await using var reviewer = database.Edit(TestActor.Editor("reviewer@example.org"));
        await using var analyst = database.Edit(new TestActor("analyst@example.org", TestActor.AnalystRoles));
        var id = await writer.Editor.CreateAsync(Meeting("Meeting under discussion", publishedSource));

        await reviewer.Editor.CommentAsync(id, "The second source does not give the place.");
        await writer.Editor.CommentAsync(id, "  Removed the place.  ");
        var markup = await Assert.ThrowsAsync<ValidationException>(() => writer.Editor.CommentAsync(id, "<script>alert(1)</script>"));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => analyst.Editor.CommentAsync(id, "Analysts read only."));
        await Assert.ThrowsAsync<RecordNotFoundException>(() => writer.Editor.CommentAsync(Guid.NewGuid(), "Nowhere."));

        var comments = await analyst.Editor.CommentsAsync(id);
        Assert.Equal(
            [("reviewer@example.org", "The second source does not give the place."), ("writer@example.org", "Removed the place.")],
            comments.Select(c => (c.Author, c.Text)));
        Assert.Contains("Comment", markup.Message);
    }

    [Fact]
    public async Task A_retracted_record_keeps_its_earlier_correction_in_the_log_beside_the_retraction_without_its_content()
    {
        await using var session = database.Edit();
        var id = await PublishedMeetingAsync(session, "Meeting corrected then retracted");
        var edit = (await session.Editor.OpenAsync(id)).Draft;
        edit.FieldsOf<MeetingFields>().Place = "Canberra";
        await session.Editor.SaveAsync(id, 3, edit);
        await session.Editor.SubmitForReviewAsync(id, 4);
        await session.Editor.PublishAsync(id, 5, publicNote: "The meeting was in Canberra.");
        await session.Editor.RetractAsync(id, 6, "No source confirms the meeting took place.");

        var log = (await new ChangeLogQueries(session.Db).CorrectionsAsync()).Where(c => c.Title == "Meeting corrected then retracted").ToList();

        Assert.Equal(
            [(RevisionAction.Retracted, "No source confirms the meeting took place."), (RevisionAction.Corrected, "The meeting was in Canberra.")],
            log.Select(c => (c.Action, c.Reason)));
        Assert.All(log, c => Assert.Null(c.Summary));
        // The home page's latest changes do not list the retracted record's first publication.
        Assert.DoesNotContain(await new ChangeLogQueries(session.Db).LatestAsync(500), c => c.Title == "Meeting corrected then retracted" && c.Action == RevisionAction.Published);
    }

    [Fact]
    public async Task A_retraction_needs_a_public_reason_and_lands_in_the_corrections_log()
    {
        await using var session = database.Edit();
        var id = await PublishedMeetingAsync(session, "Meeting that never happened");

        var missing = await Assert.ThrowsAsync<ValidationException>(() => session.Editor.RetractAsync(id, 3, "  "));
        Assert.Contains("The public note is required", missing.Message);
        await session.Editor.RetractAsync(id, 3, "No source confirms the meeting took place.");

        Assert.Equal(PublicationState.Retracted, (await session.Db.Records.SingleAsync(r => r.Id == id)).State);
        var corrections = await new ChangeLogQueries(session.Db).CorrectionsAsync();
        Assert.Contains(corrections, c => c.Action == RevisionAction.Retracted && c.Reason == "No source confirms the meeting took place.");
    }

    [Fact]
    public async Task A_retraction_is_reinstated_only_with_a_public_note_and_the_log_keeps_both()
    {
        await using var session = database.Edit();
        var id = await PublishedMeetingAsync(session, "Meeting retracted in error");
        var published = await session.Db.Records.AsNoTracking().SingleAsync(r => r.Id == id);
        var notRetracted = await Assert.ThrowsAsync<ValidationException>(() => session.Editor.ReinstateAsync(id, 3, "Too early."));
        Assert.Contains("Only a retracted record can be reinstated", notRetracted.Message);
        await session.Editor.RetractAsync(id, 3, "Thought to be a duplicate.");

        var noNote = await Assert.ThrowsAsync<ValidationException>(() => session.Editor.ReinstateAsync(id, 4, " "));
        Assert.Contains("The public note is required", noNote.Message);
        Assert.Equal(PublicationState.Retracted, (await session.Db.Records.AsNoTracking().SingleAsync(r => r.Id == id)).State);
        await session.Editor.ReinstateAsync(id, 4, "Not a duplicate: a second meeting on another day.");

        var record = await session.Db.Records.AsNoTracking().SingleAsync(r => r.Id == id);
        Assert.Equal(PublicationState.Published, record.State);
        Assert.Equal((published.Title, published.Summary), (record.Title, record.Summary));
        var onItsPage = await new ChangeLogQueries(session.Db).OfRecordAsync(record.Slug);
        Assert.Equal(
            [(RevisionAction.Reinstated, "Not a duplicate: a second meeting on another day."), (RevisionAction.Retracted, "Thought to be a duplicate.")],
            onItsPage.Select(c => (c.Action, c.Reason)));
        var log = await new ChangeLogQueries(session.Db).CorrectionsAsync();
        Assert.Contains(log, c => c.Slug == record.Slug && c.Action == RevisionAction.Retracted);
        Assert.Contains(log, c => c.Slug == record.Slug && c.Action == RevisionAction.Reinstated);
    }

    [Fact]
    public async Task When_two_editors_save_the_same_version_the_second_gets_a_conflict_and_the_first_save_survives()
    {
        await using var first = database.Edit(TestActor.Editor("first@example.org"));
        await using var second = database.Edit(TestActor.Editor("second@example.org"));
        var id = await first.Editor.CreateAsync(Meeting("Contested meeting", publishedSource));
        var mine = await first.Editor.OpenAsync(id);
        var theirs = await second.Editor.OpenAsync(id);

        mine.Draft.Title = "First editor's title";
        await first.Editor.SaveAsync(id, mine.Version, mine.Draft);
        theirs.Draft.Title = "Second editor's title";
        var conflict = await Assert.ThrowsAsync<EditConflictException>(() => second.Editor.SaveAsync(id, theirs.Version, theirs.Draft));

        Assert.Equal(theirs.Version, conflict.BasedOnVersion);
        await using var check = database.CreateContext();
        Assert.Equal("First editor's title", (await check.Records.SingleAsync(r => r.Id == id)).Title);
    }

    [Fact]
    public async Task The_database_refuses_a_save_based_on_a_version_that_changed_underneath_it()
    {
        await using var setup = database.Edit();
        var id = await setup.Editor.CreateAsync(Meeting("Raced meeting", publishedSource));
        await using var first = database.CreateContext("first");
        await using var second = database.CreateContext("second");
        var mine = await first.Records.SingleAsync(e => e.Id == id);
        var theirs = await second.Records.SingleAsync(e => e.Id == id);

        mine.Title = "First";
        await first.SaveChangesAsync();
        theirs.Title = "Second";

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
    }

    public static TheoryData<string, string> BadDrafts => new()
    {
        { "Title", "too long" },
        { "Summary", "<script>alert(1)</script>" },
        { "Citations", "unknown source" },
        { "Agreements", "unknown agreement" },
        { "Slug", "Not A Slug!" },
        { "Count", "0" },
        { "Title", "control character" },
        { "Citations", "no source chosen" },
        { "Summary", "Word's line break\u000Bpasted in" },
    };

    [Theory]
    [MemberData(nameof(BadDrafts))]
    public async Task Bad_input_gives_a_message_for_its_field_and_changes_nothing(string field, string what)
    {
        await using var session = database.Edit();
        var id = await session.Editor.CreateAsync(Meeting("Meeting before bad input", publishedSource));
        var draft = (await session.Editor.OpenAsync(id)).Draft;
        switch (field)
        {
            case "Title" when what == "control character": draft.Title = "A title with \u0001 in it"; break;
            case "Title": draft.Title = new string('x', TrackedRecord.TitleMaxLength + 1); break;
            case "Summary": draft.Summary = what; break;
            case "Citations" when what == "no source chosen": draft.Citations.Add(new CitationDraft { Pinpoint = "a quotation", PinpointKind = PinpointKind.Paraphrase }); break;
            case "Citations": draft.Citations.Add(new CitationDraft { SourceId = Guid.NewGuid() }); break;
            case "Agreements": draft.AgreementIds.Add(Guid.NewGuid()); break;
            case "Slug": draft.Slug = what; break;
            case "Count": draft.FieldsOf<MeetingFields>().Count = 0; break;
        }

        var error = await Assert.ThrowsAsync<ValidationException>(() => session.Editor.SaveAsync(id, 1, draft));

        Assert.Contains(error.Problems, p => p.Field == field);
        if (what == "no source chosen")
        {
            // Said plainly, not as an unknown id of zeros: the editor left the source empty.
            Assert.Contains(error.Problems, p => p.Message.Contains("no source chosen"));
        }

        await using var check = database.CreateContext();
        var unchanged = await check.Records.Include(r => r.Citations).Include(r => r.Agreements).SingleAsync(r => r.Id == id);
        Assert.Equal("Meeting before bad input", unchanged.Title);
        Assert.Equal(1, unchanged.Version);
        Assert.Single(unchanged.Citations);
        Assert.Single(unchanged.Agreements);
    }

    [Fact]
    public async Task An_agreement_change_to_status_history_and_parties_keeps_the_disputed_dates_of_the_steps_it_keeps()
    {
        await using var session = database.Edit();
        var agreement = await session.Db.Set<Agreement>().SingleAsync(a => a.Slug == "statement-of-principles");
        var opened = await session.Editor.OpenAsync(agreement.Id);
        var parties = opened.Draft.FieldsOf<AgreementFields>().Parties.Select(p => p.CountryId).ToList();
        var newParty = (await session.Db.Countries.FirstAsync(c => !parties.Contains(c.Id))).Id;
        var claimsBefore = await ClaimsOnStatusChangesAsync(session.Db, agreement.Id);
        Assert.NotEqual(0, claimsBefore);
        var draft = opened.Draft;
        var fields = draft.FieldsOf<AgreementFields>();
        fields.StatusHistory.Add(new StatusChangeDraft
        {
            Status = NzStatus.Participating,
            Date = FuzzyDate.Parse("2025"),
            Citations = [new CitationDraft { SourceId = publishedSource, Pinpoint = "a pinpoint", PinpointKind = PinpointKind.Paraphrase }],
        });
        fields.Parties.Add(new PartyDraft { CountryId = newParty, Role = "signatory" });

        await session.Editor.SaveAsync(agreement.Id, opened.Version, draft);
        await session.Editor.SubmitForReviewAsync(agreement.Id, opened.Version + 1);
        await session.Editor.PublishAsync(agreement.Id, opened.Version + 2, "Added New Zealand's participation.");

        var reopened = await session.Editor.OpenAsync(agreement.Id);
        Assert.Equal(fields.StatusHistory.Count, reopened.Draft.FieldsOf<AgreementFields>().StatusHistory.Count);
        Assert.Contains(reopened.Draft.FieldsOf<AgreementFields>().Parties, p => p.CountryId == newParty && p.Role == "signatory");
        Assert.Equal(claimsBefore, await ClaimsOnStatusChangesAsync(session.Db, agreement.Id));
    }

    [Fact]
    public async Task The_review_queue_counts_drafts_and_pending_changes_at_their_own_step()
    {
        await using var session = database.Edit();
        var timeline = new Core.Timeline.TimelineQueries(session.Db);
        var before = await timeline.CountByStepAsync();
        await session.Editor.CreateAsync(Meeting("Counted draft", publishedSource));
        var live = await PublishedMeetingAsync(session, "Counted live meeting");
        var edit = (await session.Editor.OpenAsync(live)).Draft;
        edit.Summary = "A change waiting for review.";
        await session.Editor.SaveAsync(live, 3, edit);
        await session.Editor.SubmitForReviewAsync(live, 4);

        var after = await timeline.CountByStepAsync();

        Assert.Equal(before[PublicationState.Draft] + 1, after[PublicationState.Draft]);
        Assert.Equal(before[PublicationState.InReview] + 1, after[PublicationState.InReview]);
        Assert.Equal(before[PublicationState.Published] + 1, after[PublicationState.Published]);
    }

    [Fact]
    public async Task A_disputed_date_needs_a_citation_and_is_kept_with_it_beside_the_record_date()
    {
        await using var session = database.Edit();
        var id = await session.Editor.CreateAsync(Meeting("Meeting with disputed dates", publishedSource));
        var draft = (await session.Editor.OpenAsync(id)).Draft;
        draft.DateClaims.Add(new DateClaimDraft { Date = FuzzyDate.Parse("1 May 2025"), Claim = "One report dates it to 1 May." });

        var uncited = await Assert.ThrowsAsync<ValidationException>(() => session.Editor.SaveAsync(id, 1, draft));
        Assert.Contains(uncited.Problems, p => p.Field == "Date claims" && p.Message.Contains("needs a citation"));

        draft.DateClaims[0].Citations.Add(new CitationDraft { SourceId = publishedSource, Pinpoint = "on 1 May", PinpointKind = PinpointKind.Paraphrase });
        await session.Editor.SaveAsync(id, 1, draft);

        var saved = (await session.Editor.OpenAsync(id)).Draft;
        var claim = Assert.Single(saved.DateClaims);
        Assert.Equal("1 May 2025", claim.Date.ToString());
        Assert.Equal([publishedSource], claim.Citations.Select(c => c.SourceId));
        Assert.Equal("March 2025", saved.Date.ToString());
    }

    [Fact]
    public async Task A_disclosure_needs_a_citation_words_that_fit_and_one_per_act_and_is_kept_with_its_citation()
    {
        await using var session = database.Edit();
        var id = await session.Editor.CreateAsync(Meeting("Meeting nobody announced", publishedSource));
        var draft = (await session.Editor.OpenAsync(id)).Draft;
        var disclosure = new PolicyTracker.Core.Disclosures.DisclosureDraft
        {
            Announcement = PolicyTracker.Core.Disclosures.GovernmentAnnouncement.NotAnnounced,
            Through = PolicyTracker.Core.Disclosures.DisclosureChannel.OiaRelease,
            PublicOn = FuzzyDate.Parse("February 2025"),
        };
        draft.Disclosures.Add(disclosure);

        var uncited = await Assert.ThrowsAsync<ValidationException>(() => session.Editor.SaveAsync(id, 1, draft));
        Assert.Contains(uncited.Problems, p => p.Field == "Disclosure" && p.Message.Contains("needs a citation"));

        disclosure.Citations.Add(new CitationDraft { SourceId = publishedSource, Pinpoint = "released under the OIA", PinpointKind = PinpointKind.Paraphrase });
        disclosure.Announcement = PolicyTracker.Core.Disclosures.GovernmentAnnouncement.Announced;
        var mismatched = await Assert.ThrowsAsync<ValidationException>(() => session.Editor.SaveAsync(id, 1, draft));
        Assert.Contains(mismatched.Problems, p => p.Field == "Disclosure" && p.Message.Contains("announced first became public through that announcement"));

        disclosure.Announcement = PolicyTracker.Core.Disclosures.GovernmentAnnouncement.NotAnnounced;
        draft.Disclosures.Add(new PolicyTracker.Core.Disclosures.DisclosureDraft { Citations = [new CitationDraft { SourceId = publishedSource }] });
        var twice = await Assert.ThrowsAsync<ValidationException>(() => session.Editor.SaveAsync(id, 1, draft));
        Assert.Contains(twice.Problems, p => p.Field == "Disclosure" && p.Message.Contains("one disclosure"));

        draft.Disclosures.RemoveAt(1);
        await session.Editor.SaveAsync(id, 1, draft);
        var saved = Assert.Single((await session.Editor.OpenAsync(id)).Draft.Disclosures);
        Assert.Equal(PolicyTracker.Core.Disclosures.DisclosureChannel.OiaRelease, saved.Through);
        Assert.Equal("February 2025", saved.PublicOn.ToString());
        Assert.Equal([publishedSource], saved.Citations.Select(c => c.SourceId));
    }

    [Fact]
    public async Task A_statement_is_spoken_by_a_named_speaker_or_an_unnamed_one_in_the_source_s_words_never_both_or_neither()
    {
        await using var session = database.Edit();
        var draft = RecordContent.Empty(RecordKind.Statement);
        draft.Title = "An official on PIPIR";
        draft.Summary = "Words of an official the report does not name.";
        draft.Citations.Add(new CitationDraft { SourceId = publishedSource, Pinpoint = "a top US official said", PinpointKind = PinpointKind.Paraphrase });
        var fields = draft.FieldsOf<PolicyTracker.Core.Statements.StatementFields>();
        fields.StatementText = "We are creating the first ever consortium";

        var nobody = await Assert.ThrowsAsync<ValidationException>(() => session.Editor.CreateAsync(draft));
        Assert.Contains(nobody.Problems, p => p.Field == "Speaker" && p.Message.Contains("a person, an organisation, or the words the source uses"));

        fields.UnnamedSpeaker = "a top US official";
        fields.SpeakerId = (await session.Db.People.SingleAsync(p => p.Slug == "william-laplante")).Id;
        var both = await Assert.ThrowsAsync<ValidationException>(() => session.Editor.CreateAsync(draft));
        Assert.Contains(both.Problems, p => p.Field == "Speaker" && p.Message.Contains("not both"));

        fields.SpeakerId = null;
        var id = await session.Editor.CreateAsync(draft);
        Assert.Equal("a top US official", (await session.Db.Set<Statement>().SingleAsync(s => s.Id == id)).UnnamedSpeaker);
    }

    [Fact]
    public async Task An_amount_needs_a_figure_what_it_is_for_and_a_citation_and_a_range_must_rise()
    {
        await using var session = database.Edit();
        var id = await session.Editor.CreateAsync(Meeting("Meeting with a price", publishedSource));
        var draft = (await session.Editor.OpenAsync(id)).Draft;
        var amount = new PolicyTracker.Core.Amounts.AmountDraft { Value = 0, UpTo = null, Purpose = "" };
        draft.Amounts.Add(amount);

        var empty = await Assert.ThrowsAsync<ValidationException>(() => session.Editor.SaveAsync(id, 1, draft));
        Assert.Contains(empty.Problems, p => p.Field == "Amounts" && p.Message.Contains("more than zero"));
        Assert.Contains(empty.Problems, p => p.Field == "Amounts" && p.Message.Contains("needs a citation"));
        Assert.Contains(empty.Problems, p => p.Field == "Amounts" && p.Message.Contains("required", StringComparison.OrdinalIgnoreCase));

        (amount.Value, amount.UpTo, amount.Purpose) = (300_000_000m, 100_000_000m, "a fund");
        amount.Citations.Add(new CitationDraft { SourceId = publishedSource, Pinpoint = "a fund", PinpointKind = PinpointKind.Paraphrase });
        var backwards = await Assert.ThrowsAsync<ValidationException>(() => session.Editor.SaveAsync(id, 1, draft));
        Assert.Contains(backwards.Problems, p => p.Field == "Amounts" && p.Message.Contains("top of a range"));

        amount.UpTo = 500_000_000m;
        await session.Editor.SaveAsync(id, 1, draft);
        var saved = Assert.Single((await session.Editor.OpenAsync(id)).Draft.Amounts);
        Assert.Equal((300_000_000m, 500_000_000m, "a fund"), (saved.Value, saved.UpTo, saved.Purpose));
    }

    [Fact]
    public async Task A_count_may_be_part_of_another_count_but_the_parts_may_not_exceed_the_whole()
    {
        await using var session = database.Edit();
        var whole = await session.Db.Set<Meeting>().SingleAsync(m => m.Slug == "nz-officials-aukus-meetings-2024-2025");
        // The sample's five parts already add up to its 23.
        Assert.Equal(23, await session.Db.Set<Meeting>().Where(m => m.PartOfId == whole.Id).SumAsync(m => m.Count ?? 1));

        var part = Meeting("Two more AUKUS meetings", publishedSource);
        part.FieldsOf<MeetingFields>().Count = 2;
        part.FieldsOf<MeetingFields>().PartOfId = whole.Id;
        var over = await Assert.ThrowsAsync<ValidationException>(() => session.Editor.CreateAsync(part));
        Assert.Contains(over.Problems, p => p.Field == "Count" && p.Message.Contains("add up to 25, more than its 23"));

        // Nor may the whole be lowered below its parts.
        var wholeDraft = (await session.Editor.OpenAsync(whole.Id)).Draft;
        wholeDraft.FieldsOf<MeetingFields>().Count = 20;
        var lowered = await Assert.ThrowsAsync<ValidationException>(() => session.Editor.SaveAsync(whole.Id, whole.Version, wholeDraft));
        Assert.Contains(lowered.Problems, p => p.Field == "Count" && p.Message.Contains("add up to 23, more than its 20"));

        // A single meeting is no whole.
        var honolulu = await session.Db.Set<Meeting>().SingleAsync(m => m.Slug == "pipir-first-meeting-honolulu");
        part.FieldsOf<MeetingFields>().PartOfId = honolulu.Id;
        var single = await Assert.ThrowsAsync<ValidationException>(() => session.Editor.CreateAsync(part));
        Assert.Contains(single.Problems, p => p.Field == "Part of" && p.Message.Contains("a single meeting, not a count"));
    }

    [Theory]
    [InlineData("pipir-first-meeting-honolulu", "meeting \"PIPIR's first meeting, Honolulu\"")]
    [InlineData("pipir", "agreement \"Partnership for Indo-Pacific Industrial Resilience (PIPIR)\"")]
    public async Task An_address_taken_by_a_record_of_any_kind_is_refused_with_a_message_naming_it(string slug, string holder)
    {
        await using var session = database.Edit();
        var draft = RecordContent.Empty(RecordKind.Event);
        draft.Title = "An event at someone else's address";
        draft.Slug = slug;
        var events = await session.Db.Set<Event>().IgnoreQueryFilters().CountAsync();

        var error = await Assert.ThrowsAsync<ValidationException>(() => session.Editor.CreateAsync(draft));

        Assert.Contains(error.Problems, p => p.Field == "Slug" && p.Message.Contains($"already used by the {holder}"));
        Assert.Equal(events, await session.Db.Set<Event>().IgnoreQueryFilters().CountAsync());
    }

    [Fact]
    public async Task An_unknown_record_id_is_reported_as_not_found()
    {
        await using var session = database.Edit();
        await Assert.ThrowsAsync<RecordNotFoundException>(() => session.Editor.SubmitForReviewAsync(Guid.NewGuid(), 1));
    }

    private async Task<Guid> PublishedMeetingAsync(EditingSession session, string title)
    {
        var id = await session.Editor.PublishNewAsync(Meeting(title, publishedSource));
        return id;
    }

    private RecordContent Meeting(string title, Guid? source = null)
    {
        var draft = RecordContent.Empty(RecordKind.Meeting);
        draft.Title = title;
        draft.Slug = $"{Slugs.FromTitle(title)}-{Guid.NewGuid():N}";
        draft.Summary = "Officials met.";
        draft.Date = FuzzyDate.Parse("March 2025");
        draft.FieldsOf<MeetingFields>().Place = "Wellington";
        draft.AgreementIds.Add(pipir);
        if (source is { } sourceId)
        {
            draft.Citations.Add(new CitationDraft { SourceId = sourceId, Pinpoint = "a pinpoint", PinpointKind = PinpointKind.Paraphrase });
        }

        return draft;
    }

    private static Task<int> ClaimsOnStatusChangesAsync(PolicyTrackerDbContext db, Guid agreementId) =>
        db.DateClaims.CountAsync(c => db.StatusChanges.Any(s => s.Id == c.StatusChangeId && s.AgreementId == agreementId));

    private static Task<List<Revision>> Revisions(PolicyTrackerDbContext db, Guid id) =>
        db.Revisions.Where(r => r.EntityId == id).OrderBy(r => r.Number).ToListAsync();
}
