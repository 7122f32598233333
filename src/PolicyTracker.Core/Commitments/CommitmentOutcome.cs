using PolicyTracker.Core.Common;
using PolicyTracker.Core.Sources;

namespace PolicyTracker.Core.Commitments;

public enum CommitmentStatus
{
    Pending,
    InProgress,
    Delivered,
    PartlyDelivered,
    Dropped,
    Superseded,
    Unknown,
}

/// <summary>A dated, cited step in what became of a commitment.</summary>
public class CommitmentOutcome
{
    public const int NoteMaxLength = 1000;

    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid CommitmentId { get; set; }

    public CommitmentStatus Status { get; set; }

    public FuzzyDate Date { get; set; } = FuzzyDate.Unknown;

    public string? Note { get; set; }

    public List<Citation> Citations { get; set; } = [];

    /// <summary>Where a commitment stands: its latest outcome by date, or pending before it has any.</summary>
    public static CommitmentStatus Standing(IReadOnlyList<CommitmentStatus> inDateOrder) =>
        inDateOrder.Count == 0 ? CommitmentStatus.Pending : inDateOrder[^1];

    /// <summary>
    /// Overdue is computed, never typed: the due date has wholly passed (a due date of "late 2024" passes after
    /// 31 December 2024) and no step says it was delivered or dropped.
    /// </summary>
    public static bool IsOverdue(FuzzyDate dueBy, IEnumerable<CommitmentStatus> outcomes, DateOnly today) =>
        dueBy.End is { } end && end < today && !outcomes.Any(s => s is CommitmentStatus.Delivered or CommitmentStatus.Dropped);
}
