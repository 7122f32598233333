using Microsoft.EntityFrameworkCore;
using PolicyTracker.Core.Sources;
using PolicyTracker.Core.Agreements;
using PolicyTracker.Core.Commitments;
using PolicyTracker.Core.Common;
using PolicyTracker.Core.Data;
using PolicyTracker.Core.Events;
using PolicyTracker.Core.Meetings;
using PolicyTracker.Core.OiaReleases;
using PolicyTracker.Core.Questions;
using PolicyTracker.Core.Records;
using PolicyTracker.Core.Statements;
using PolicyTracker.Core.Workstreams;

namespace PolicyTracker.Tests.Infrastructure;

/// <summary>
/// The smallest publishable content of each registered kind, citing a published sample source. A kind registered
/// without a line here fails every test that walks the kinds, naming the kind, rather than being skipped.
/// </summary>
public static class KindSamples
{
    private static readonly Dictionary<RecordKind, Action<RecordFields, SampleLinks>> OwnFields = new()
    {
        [RecordKind.Agreement] = (fields, _) => ((AgreementFields)fields).AgreementKind = AgreementKind.Dialogue,
        [RecordKind.Workstream] = (fields, links) => ((WorkstreamFields)fields).ParentAgreementId = links.Agreement,
        [RecordKind.Meeting] = (fields, _) => ((MeetingFields)fields).Place = "Wellington",
        [RecordKind.Statement] = (fields, links) =>
        {
            var statement = (StatementFields)fields;
            // Words the cited RNZ report quotes, so the sample verifies wherever the report's text is archived.
            statement.StatementText = "PIPIR will help strengthen our collective ability to produce and sustain warfighting capability in the Indo-Pacific.";
            statement.SpeakerId = links.Person;
        },
        [RecordKind.Event] = (fields, _) => ((EventFields)fields).EventKind = EventKind.Other,
        [RecordKind.OiaRelease] = (fields, _) =>
        {
            var release = (OiaReleaseFields)fields;
            release.Requester = "RNZ";
            release.RequestedOn = FuzzyDate.Parse("3 February 2025");
        },
        [RecordKind.Question] = (fields, links) =>
        {
            var question = (QuestionFields)fields;
            question.AskedBy = "RNZ";
            question.AskedOfId = links.Person;
            question.QuestionText = "What part will New Zealand play?";
        },
        [RecordKind.Commitment] = (fields, links) =>
        {
            var commitment = (CommitmentFields)fields;
            commitment.MadeById = links.Person;
            commitment.Outcomes.Add(new CommitmentOutcomeDraft
            {
                Status = CommitmentStatus.InProgress, Date = FuzzyDate.Parse("April 2025"),
                Citations = [new CitationDraft { SourceId = links.Source, Pinpoint = "an outcome's pinpoint", PinpointKind = PinpointKind.Paraphrase }],
            });
        },
    };

    /// <summary>Ids from the sample data that content may link to.</summary>
    public sealed record SampleLinks(Guid Source, Guid Agreement, Guid Person);

    public static async Task<SampleLinks> LinksAsync(PolicyTrackerDbContext db) => new(
        await db.Sources.Where(s => s.Slug == "rnz-nz-joins-pipir").Select(s => s.Id).SingleAsync(),
        await db.Set<Agreement>().Where(a => a.Slug == "pipir").Select(a => a.Id).SingleAsync(),
        await db.People.Where(p => p.Slug == "judith-collins").Select(p => p.Id).SingleAsync());

    public static RecordContent Publishable(RecordKind kind, string title, SampleLinks links)
    {
        var content = RecordContent.Empty(kind);
        content.Title = title;
        content.Slug = Slugs.FromTitle(title);
        content.Summary = $"A sample {RecordKinds.Of(kind).Noun} for {title}.";
        content.Date = FuzzyDate.Parse("March 2025");
        content.Citations.Add(new CitationDraft { SourceId = links.Source, Pinpoint = "a sample pinpoint", PinpointKind = PinpointKind.Paraphrase });
        if (!OwnFields.TryGetValue(kind, out var fill))
        {
            throw new InvalidOperationException($"No sample content for the {kind} kind: add one to {nameof(KindSamples)}.");
        }

        fill(content.Fields, links);
        return content;
    }
}
