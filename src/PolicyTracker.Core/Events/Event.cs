using PolicyTracker.Core.Records;

namespace PolicyTracker.Core.Events;

public enum EventKind
{
    Law,
    Order,
    Strategy,
    Signing,
    Announcement,
    Release,
    /// <summary>Officials briefing ministers; the briefing's later release under the OIA is another fact.</summary>
    Briefing,
    /// <summary>A group or arrangement being set up (PIPIR, June 2024).</summary>
    Founding,
    /// <summary>A military training exercise (RIMPAC, Talisman Sabre).</summary>
    Exercise,
    Other,
}

/// <summary>Any other dated happening: a law, an order, a strategy's release, a signing, a briefing, a founding.</summary>
public class Event : TrackedRecord
{
    public Event() => Kind = RecordKind.Event;

    public static readonly RecordKindInfo KindInfo = new(RecordKind.Event, typeof(Event), "events", "Event", "Events", "Event", () => new Event(), () => new EventFields(), EventFacts.Project);

    public EventKind EventKind { get; set; }
}
