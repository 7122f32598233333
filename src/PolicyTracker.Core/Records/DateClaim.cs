using PolicyTracker.Core.Agreements;
using PolicyTracker.Core.Common;
using PolicyTracker.Core.Sources;

namespace PolicyTracker.Core.Records;

/// <summary>
/// One source's date for a fact, kept beside the others when sources disagree (the Statement of
/// Principles: "1 May" in one report, "June" in another). Belongs to a record or to a status change.
/// </summary>
public class DateClaim
{
    public const int ClaimMaxLength = 500;

    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid? RecordId { get; set; }

    public Guid? StatusChangeId { get; set; }

    public FuzzyDate Date { get; set; } = FuzzyDate.Unknown;

    /// <summary>What this source says happened then, in the tracker's words.</summary>
    public string Claim { get; set; } = "";

    public List<Citation> Citations { get; set; } = [];

    /// <summary>The rule for every disputed date, as entered or as stored: a claim in words, with its source.</summary>
    internal static void Check(ValidationProblems problems, string field, string claim, int citationCount)
    {
        problems.Required(field, claim, ClaimMaxLength);
        if (citationCount == 0)
        {
            problems.Add(field, $"The claim \"{claim}\" needs a citation: a disputed date is only worth keeping with its source.");
        }
    }
}
