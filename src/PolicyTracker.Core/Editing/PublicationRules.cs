using PolicyTracker.Core.Common;
using PolicyTracker.Core.Records;

namespace PolicyTracker.Core.Editing;

/// <summary>The one place that says what the public may see and what may be published.</summary>
public static class PublicationRules
{
    /// <summary>Only published records reach the public (soft-deleted ones are already filtered out).</summary>
    public static IQueryable<T> VisibleToPublic<T>(this IQueryable<T> query)
        where T : Entity =>
        query.Where(e => e.State == PublicationState.Published);

    public static ValidationProblems CheckPublishable(TrackedRecord record)
    {
        var problems = RecordRules.Validate(record);
        if (!record.Citations.Any(c => c.Source?.State == PublicationState.Published))
        {
            problems.Add("Citations", $"\"{record.Title}\" cannot be published without a citation: add at least one published source that supports it.");
        }

        return problems;
    }
}
