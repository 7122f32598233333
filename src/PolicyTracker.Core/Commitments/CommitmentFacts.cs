using PolicyTracker.Core.Common;
using PolicyTracker.Core.Records;
using PolicyTracker.Core.Sources;

namespace PolicyTracker.Core.Commitments;

/// <summary>One step of what became of a commitment, with its public citations.</summary>
public sealed record CommitmentOutcomeView(CommitmentStatus Status, FuzzyDate Date, string? Note, IReadOnlyList<CitationView> Citations);

/// <summary>
/// A commitment's own facts: who made it (a person or organisation left out while unpublished), to whom, by when,
/// its outcomes in date order (on the same date, in the order entered), where it stands (the latest outcome; pending before any), and whether it is overdue
/// (<see cref="CommitmentOutcome.IsOverdue"/>), computed for the day it is read.
/// </summary>
public sealed record CommitmentFacts(
    LinkView? MadeBy, string? MadeByOrganisation, string? PromisedTo, FuzzyDate DueBy, IReadOnlyList<CommitmentOutcomeView> Outcomes) : RecordFacts
{
    public CommitmentStatus Status => CommitmentOutcome.Standing(Outcomes.Select(o => o.Status).ToList());

    public bool Overdue { get; private init; }

    public override RecordFacts AsOf(DateOnly today)
    {
        var outcomes = Outcomes.OrderBy(o => o.Date).ToList();
        return this with { Outcomes = outcomes, Overdue = CommitmentOutcome.IsOverdue(DueBy, outcomes.Select(o => o.Status), today) };
    }

    public override IEnumerable<CitationView> CitationsShown() => Outcomes.SelectMany(o => o.Citations);

    internal static IQueryable<RecordFacts> Project(IQueryable<TrackedRecord> records) => records.OfType<Commitment>()
        .Select(c => new CommitmentFacts(
            c.MadeBy != null && c.MadeBy.State == PublicationState.Published ? new LinkView(c.MadeBy.Slug, c.MadeBy.Name) : null,
            c.MadeByOrganisation != null && c.MadeByOrganisation.State == PublicationState.Published ? c.MadeByOrganisation.Name : null,
            c.PromisedTo,
            c.DueBy,
            c.Outcomes.OrderBy(o => o.Id).Select(o => new CommitmentOutcomeView(
                o.Status, o.Date, o.Note, o.Citations.AsQueryable().Where(CitationView.IsPublic).OrderBy(citation => citation.Id).Select(CitationView.Project).ToList())).ToList()));
}
