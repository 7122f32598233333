using PolicyTracker.Core.Records;

namespace PolicyTracker.Core.Events;

public sealed record EventFacts(EventKind EventKind) : RecordFacts
{
    internal static IQueryable<RecordFacts> Project(IQueryable<TrackedRecord> records) => records.OfType<Event>()
        .Select(e => new EventFacts(e.EventKind));
}
