using PolicyTracker.Core.Amounts;
using PolicyTracker.Core.Disclosures;
using PolicyTracker.Core.Agreements;
using PolicyTracker.Core.Common;
using PolicyTracker.Core.People;
using PolicyTracker.Core.Sources;

namespace PolicyTracker.Core.Records;

/// <summary>The kinds of dated record the timeline shows, stored in one table.</summary>
public enum RecordKind
{
    Agreement,
    Workstream,
    Meeting,
    Statement,
    Event,
    Commitment,
    OiaRelease,
    Question,
}

/// <summary>
/// A dated, cited fact the tracker follows, of one of the kinds in <see cref="RecordKinds"/> (an agreement, a meeting, a
/// question ...). All kinds share one table so the timeline and search have a single query path.
/// </summary>
public abstract class TrackedRecord : Entity
{
    public const int TitleMaxLength = 300;
    public const int SummaryMaxLength = 4000;

    public RecordKind Kind { get; protected init; }

    public string Title { get; set; } = "";

    public string Summary { get; set; } = "";

    public FuzzyDate Date { get; set; } = FuzzyDate.Unknown;

    public List<Citation> Citations { get; set; } = [];

    /// <summary>Dates other sources give for this same fact, kept when they disagree.</summary>
    public List<DateClaim> DateClaims { get; set; } = [];

    /// <summary>Whether the government told the public of this, and how the public learned of it (at most one).</summary>
    public List<Disclosure> Disclosures { get; set; } = [];

    /// <summary>Sums of money the record states, each cited.</summary>
    public List<Amount> Amounts { get; set; } = [];

    /// <summary>The agreements this record is about.</summary>
    public List<Agreement> Agreements { get; set; } = [];

    public List<Person> People { get; set; } = [];

    public List<Organisation> Organisations { get; set; } = [];

    public List<Country> Countries { get; set; } = [];

    /// <summary>
    /// An edit of a live record waiting to be published, as <see cref="RecordContent"/> JSON: the public
    /// keeps seeing the published values until the pending draft is published in turn.
    /// </summary>
    public string? PendingDraftJson { get; set; }

    /// <summary>Where the pending draft stands: Draft, or InReview once submitted; null when there is none.</summary>
    public PublicationState? PendingState { get; set; }

    /// <summary>The rules of the kind's own columns, checked with the shared ones by <see cref="RecordRules"/>.</summary>
    protected internal virtual void CheckOwnFields(ValidationProblems problems)
    {
    }
}
