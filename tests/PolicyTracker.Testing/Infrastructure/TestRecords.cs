using PolicyTracker.Core.Agreements;
using PolicyTracker.Core.Commitments;
using PolicyTracker.Core.Common;
using PolicyTracker.Core.Data;
using PolicyTracker.Core.Events;
using PolicyTracker.Core.Meetings;
using PolicyTracker.Core.OiaReleases;
using PolicyTracker.Core.Questions;
using PolicyTracker.Core.Records;
using PolicyTracker.Core.Sources;
using PolicyTracker.Core.Statements;
using PolicyTracker.Core.Workstreams;

namespace PolicyTracker.Tests.Infrastructure;

/// <summary>Builds records of any kind for tests, cited to a sample source, with distinctive words to look for.</summary>
public static class TestRecords
{
    public static TrackedRecord Create(PolicyTrackerDbContext db, RecordKind kind, string slug, PublicationState state, string? title = null)
    {
        TrackedRecord record = kind switch
        {
            RecordKind.Agreement => new Agreement { AgreementKind = AgreementKind.Dialogue },
            RecordKind.Workstream => new Workstream { Agreement = db.Set<Agreement>().Single(a => a.Slug == "pipir"), NzStance = NzStance.Open },
            RecordKind.Meeting => new Meeting { MeetingKind = MeetingKind.Officials, Place = "Wellington" },
            RecordKind.Statement => new Statement
            {
                Mode = StatementMode.Quotation,
                Text = $"Quotation {slug} zanzibarquote",
                Speaker = db.People.Single(p => p.Slug == "judith-collins"),
            },
            RecordKind.Event => new Event { EventKind = EventKind.Announcement },
            RecordKind.Commitment => new Commitment { MadeBy = db.People.Single(p => p.Slug == "judith-collins"), DueBy = FuzzyDate.Parse("2030") },
            RecordKind.OiaRelease => new OiaRelease { Requester = "RNZ", RequestedOn = FuzzyDate.Parse("3 February 2025") },
            RecordKind.Question => new Question { AskedBy = "RNZ", AskedOf = db.People.Single(p => p.Slug == "judith-collins"), QuestionText = $"Question {slug}?" },
            // No fallback: a kind missing here would silently become another kind and pass tests it should fail.
            _ => throw new InvalidOperationException($"No test record for the {kind} kind: add one to {nameof(TestRecords)}."),
        };
        record.Slug = slug;
        record.Title = title ?? $"Title {slug}";
        record.Summary = $"Summary {slug} quokkasummary";
        record.InternalNotes = $"Internal {slug} secretnote";
        record.Date = FuzzyDate.Parse("March 2025");
        record.State = state;
        record.Agreements.Add(db.Set<Agreement>().Single(a => a.Slug == "pipir"));
        record.People.Add(db.People.Single(p => p.Slug == "judith-collins"));
        record.Citations.Add(new Citation { Source = db.Sources.Single(s => s.Slug == "rnz-nz-joins-pipir"), Pinpoint = "a pinpoint", PinpointKind = PinpointKind.Paraphrase });
        return record;
    }

    /// <summary>A published source at <paramref name="url"/>, saved, with no archived copy yet.</summary>
    public static async Task<Guid> PublishedSourceAsync(PolicyTrackerDbContext db, string url, string title = "Test article")
    {
        var source = new Source
        {
            Slug = $"test-article-{Guid.NewGuid():N}", Title = title, Url = url, ReliabilityReason = "A test source.", State = PublicationState.Published,
        };
        db.Sources.Add(source);
        await db.SaveChangesAsync();
        return source.Id;
    }

    /// <summary>A new meeting's content citing <paramref name="source"/> with one pinpoint, for the editor to save.</summary>
    public static RecordContent MeetingCiting(Guid source, string pinpoint, PinpointKind kind = PinpointKind.Quotation, string title = "Meeting citing a test article")
    {
        var draft = RecordContent.Empty(RecordKind.Meeting);
        draft.Title = title;
        draft.Slug = $"{Slugs.FromTitle(title)}-{Guid.NewGuid():N}";
        draft.Summary = "Officials met.";
        draft.Date = FuzzyDate.Parse("December 2024");
        draft.FieldsOf<MeetingFields>().Place = "Wellington";
        draft.Citations.Add(new CitationDraft { SourceId = source, Pinpoint = pinpoint, PinpointKind = kind });
        return draft;
    }
}
