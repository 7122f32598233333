using PolicyTracker.Core.Records;

namespace PolicyTracker.Core.Timeline;

/// <summary>
/// The order of the timeline: by the first day each date names (unknown dates last), the more precise date
/// first, exact before approximate, then title. The IX_Records_Timeline index (TimelineIndex)
/// has exactly these columns after State, so a page is read in index order in either direction.
/// </summary>
public static class TimelineOrder
{
    public static IOrderedQueryable<TrackedRecord> InTimelineOrder(this IQueryable<TrackedRecord> records) =>
        records
            .OrderBy(r => r.Date.Start == null)
            .ThenBy(r => r.Date.Start)
            .ThenBy(r => r.Date.Precision)
            .ThenBy(r => r.Date.Approximate)
            .ThenBy(r => r.Title)
            .ThenBy(r => r.Id);

    public static IOrderedQueryable<TrackedRecord> InReverseTimelineOrder(this IQueryable<TrackedRecord> records) =>
        records
            .OrderByDescending(r => r.Date.Start == null)
            .ThenByDescending(r => r.Date.Start)
            .ThenByDescending(r => r.Date.Precision)
            .ThenByDescending(r => r.Date.Approximate)
            .ThenByDescending(r => r.Title)
            .ThenByDescending(r => r.Id);
}
