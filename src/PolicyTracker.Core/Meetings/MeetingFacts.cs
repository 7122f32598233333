using PolicyTracker.Core.Common;
using PolicyTracker.Core.Records;

namespace PolicyTracker.Core.Meetings;

/// <summary>A meeting's own facts on its public page; <see cref="EndDate"/> is unknown for a single-day meeting.</summary>
public sealed record MeetingFacts(MeetingKind MeetingKind, FuzzyDate EndDate, string? Place, string? Host, int? Count, bool CountIsMinimum) : RecordFacts
{
    internal static IQueryable<RecordFacts> Project(IQueryable<TrackedRecord> records) => records.OfType<Meeting>()
        .Select(m => new MeetingFacts(m.MeetingKind, m.EndDate, m.Place, m.Host, m.Count, m.CountIsMinimum));
}
