using PolicyTracker.Core.Amounts;
using PolicyTracker.Core.Disclosures;
using PolicyTracker.Core.Common;
using PolicyTracker.Core.Sources;

namespace PolicyTracker.Core.Records;

/// <summary>What every tracked record must satisfy before it is stored, whatever its state.</summary>
public static class RecordRules
{
    public static ValidationProblems Validate(TrackedRecord record)
    {
        var problems = new ValidationProblems();
        Slugs.Check(problems, record.Slug);
        problems.Required("Title", record.Title, TrackedRecord.TitleMaxLength);
        problems.Text("Summary", record.Summary, TrackedRecord.SummaryMaxLength);
        problems.Text("Internal notes", record.InternalNotes, Entity.NotesMaxLength);
        foreach (var citation in record.Citations)
        {
            SourceRules.ValidateCitation(citation, problems);
        }

        foreach (var claim in record.DateClaims)
        {
            DateClaim.Check(problems, "Claim", claim.Claim, claim.Citations.Count);
        }

        foreach (var disclosure in record.Disclosures)
        {
            Disclosure.Check(problems, disclosure.Announcement, disclosure.Through, disclosure.Note, disclosure.NotInformed, disclosure.Citations.Count);
        }

        foreach (var amount in record.Amounts)
        {
            Amount.Check(problems, amount.Value, amount.UpTo, amount.Purpose, amount.Citations.Count);
        }

        record.CheckOwnFields(problems);
        return problems;
    }
}
