using Microsoft.EntityFrameworkCore;
using PolicyTracker.Core.Common;
using PolicyTracker.Core.People;
using PolicyTracker.Core.Records;

namespace PolicyTracker.Core.Commitments;

/// <summary>
/// A promised next step: who promised what (the title and summary, in the tracker's words; the promise's own words
/// are the citation's pinpoint), to whom, when (the record's date), by when, and what became of it, step by cited step.
/// </summary>
public class Commitment : TrackedRecord
{
    public const int PromisedToMaxLength = 200;

    public Commitment() => Kind = RecordKind.Commitment;

    public static readonly RecordKindInfo KindInfo = new(RecordKind.Commitment, typeof(Commitment), "commitments", "Commitment", "Commitments", "Action", () => new Commitment(), () => new CommitmentFields(), CommitmentFacts.Project)
    {
        IncludeOwnParts = records => records.Include(r => ((Commitment)r).Outcomes).ThenInclude(o => o.Citations),
    };

    /// <summary>The person who made the promise, or null when an organisation made it.</summary>
    public Guid? MadeById { get; set; }

    public Person? MadeBy { get; set; }

    public Guid? MadeByOrganisationId { get; set; }

    public Organisation? MadeByOrganisation { get; set; }

    /// <summary>To whom, as the source says: "RNZ", "ministers' offices".</summary>
    public string? PromisedTo { get; set; }

    /// <summary>When it was to be done by; unknown when the promise named no date.</summary>
    public FuzzyDate DueBy { get; set; } = FuzzyDate.Unknown;

    /// <summary>What became of it, each step dated and cited; the latest by date is where it stands.</summary>
    public List<CommitmentOutcome> Outcomes { get; set; } = [];

    protected internal override void CheckOwnFields(ValidationProblems problems)
    {
        problems.Text("Promised to", PromisedTo, PromisedToMaxLength);
        if (MadeById is null && MadeBy is null && MadeByOrganisationId is null && MadeByOrganisation is null)
        {
            problems.Add("Made by", "Say who made the promise: a person, or an organisation.");
        }

        if (DueBy.IsKnown && Date.IsKnown && DueBy.End < Date.Start)
        {
            problems.Add("Due by", $"The due date ({DueBy}) is before the promise was made ({Date}).");
        }
    }
}
