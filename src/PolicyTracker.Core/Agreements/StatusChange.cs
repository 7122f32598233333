using PolicyTracker.Core.Disclosures;
using PolicyTracker.Core.Common;
using PolicyTracker.Core.Records;
using PolicyTracker.Core.Sources;

namespace PolicyTracker.Core.Agreements;

public enum NzStatus
{
    Considering,
    Endorsed,
    Joined,
    /// <summary>Placed in it by another party's decision, without New Zealand signing anything (NTIB).</summary>
    IncludedByAnotherParty,
    Participating,
    Declined,
    Withdrawn,
    /// <summary>Left out of an arrangement others were included in (a regional repair framework that "does not appear to include New Zealand").</summary>
    NotIncluded,
}

/// <summary>A dated, cited step in New Zealand's relationship to an agreement.</summary>
public class StatusChange
{
    public const int NoteMaxLength = 1000;

    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid AgreementId { get; set; }

    public Agreement Agreement { get; set; } = null!;

    public NzStatus Status { get; set; }

    public FuzzyDate Date { get; set; } = FuzzyDate.Unknown;

    public string? Note { get; set; }

    public List<Citation> Citations { get; set; } = [];

    /// <summary>Competing dates for this step when the sources disagree.</summary>
    public List<DateClaim> DateClaims { get; set; } = [];

    /// <summary>Whether the government told the public of this step, and how the public learned of it (at most one).</summary>
    public List<Disclosure> Disclosures { get; set; } = [];
}
