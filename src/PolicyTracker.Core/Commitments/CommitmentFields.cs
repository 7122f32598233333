using PolicyTracker.Core.Common;
using PolicyTracker.Core.Records;

namespace PolicyTracker.Core.Commitments;

/// <summary>One step of what became of a commitment, as the editor enters it.</summary>
public sealed class CommitmentOutcomeDraft
{
    /// <summary>Null for a step added in this content.</summary>
    public Guid? Id { get; set; }

    public CommitmentStatus Status { get; set; }

    public FuzzyDate Date { get; set; } = FuzzyDate.Unknown;

    public string? Note { get; set; }

    public List<CitationDraft> Citations { get; set; } = [];
}

/// <summary>A commitment's own fields: who made it, to whom, by when, and its outcomes.</summary>
public sealed class CommitmentFields : RecordFields<Commitment>
{
    public Guid? MadeById { get; set; }

    public Guid? MadeByOrganisationId { get; set; }

    public string? PromisedTo { get; set; }

    public FuzzyDate DueBy { get; set; } = FuzzyDate.Unknown;

    public List<CommitmentOutcomeDraft> Outcomes { get; set; } = [];

    protected override void Read(Commitment commitment)
    {
        MadeById = commitment.MadeById ?? commitment.MadeBy?.Id;
        MadeByOrganisationId = commitment.MadeByOrganisationId ?? commitment.MadeByOrganisation?.Id;
        PromisedTo = commitment.PromisedTo;
        DueBy = commitment.DueBy;
        Outcomes = commitment.Outcomes.OrderBy(o => o.Date).ThenBy(o => o.Id).Select(o => new CommitmentOutcomeDraft
        {
            Id = o.Id, Status = o.Status, Date = o.Date, Note = o.Note, Citations = CitationDraft.From(o.Citations),
        }).ToList();
    }

    protected override void Apply(Commitment commitment)
    {
        commitment.MadeById = MadeById;
        commitment.MadeByOrganisationId = MadeByOrganisationId;
        commitment.PromisedTo = TextInput.OrNull(PromisedTo);
        commitment.DueBy = DueBy;
    }

    protected override void ApplyLinks(Commitment commitment, RecordWriter.Parts parts) =>
        parts.Sync(commitment.Outcomes, Outcomes, o => o.Id, d => d.Id, id => new CommitmentOutcome { Id = id, CommitmentId = commitment.Id }, (outcome, step) =>
        {
            (outcome.Status, outcome.Date, outcome.Note) = (step.Status, step.Date, TextInput.OrNull(step.Note));
            parts.ReplaceCitations(outcome.Citations, step.Citations, c => c.CommitmentOutcomeId = outcome.Id);
        });

    internal override void Check(ValidationProblems problems)
    {
        foreach (var step in Outcomes)
        {
            problems.Text("Outcome note", step.Note, CommitmentOutcome.NoteMaxLength);
            if (step.Citations.Count == 0)
            {
                problems.Add("Outcomes", $"The outcome dated {step.Date} needs a citation: every step of a commitment is sourced.");
            }
        }
    }

    internal override IEnumerable<LinkReference> References =>
    [
        .. MadeById is { } person ? [new LinkReference(LinkTarget.Person, person, "Made by")] : Array.Empty<LinkReference>(),
        .. MadeByOrganisationId is { } organisation ? [new LinkReference(LinkTarget.Organisation, organisation, "Made by")] : Array.Empty<LinkReference>(),
    ];

    internal override IEnumerable<CitationDraft> Citations => Outcomes.SelectMany(o => o.Citations);
}
