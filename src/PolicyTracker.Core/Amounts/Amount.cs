using PolicyTracker.Core.Common;
using PolicyTracker.Core.Sources;

namespace PolicyTracker.Core.Amounts;

/// <summary>The currency a source gives a figure in; never converted. "Unstated" when the source writes only "$".</summary>
public enum Currency
{
    NZD,
    USD,
    AUD,
    GBP,
    EUR,
    Unstated,
}

/// <summary>
/// A sum of money a record states: the figure (or a range, "NZ$100 million to NZ$300 million"), its currency as the
/// source gives it, and what it is for, in the source's terms, cited. Belongs to a record.
/// </summary>
public class Amount
{
    public const int PurposeMaxLength = 300;
    public const decimal MaxValue = 1_000_000_000_000_000m;

    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid RecordId { get; set; }

    public decimal Value { get; set; }

    /// <summary>The top of a range; null for a single figure.</summary>
    public decimal? UpTo { get; set; }

    public Currency Currency { get; set; }

    /// <summary>What the money is for, as the source says: "a fund to develop advanced military technologies".</summary>
    public string Purpose { get; set; } = "";

    public List<Citation> Citations { get; set; } = [];

    /// <summary>The rule for every amount, as entered or as stored.</summary>
    internal static void Check(ValidationProblems problems, decimal value, decimal? upTo, string? purpose, int citationCount)
    {
        if (value <= 0 || value > MaxValue)
        {
            problems.Add("Amounts", "An amount must be more than zero and a figure a source could give.");
        }

        if (upTo is { } top && (top <= value || top > MaxValue))
        {
            problems.Add("Amounts", "The top of a range must be more than its bottom; leave it empty for a single figure.");
        }

        problems.Required("Amounts", purpose, PurposeMaxLength);
        if (citationCount == 0)
        {
            problems.Add("Amounts", "An amount needs a citation: a figure is only worth recording with its source.");
        }
    }
}
