using PolicyTracker.Core.Records;

namespace PolicyTracker.Core.Events;

/// <summary>An event's own field: what kind of happening it was.</summary>
public sealed class EventFields : RecordFields<Event>
{
    public EventKind EventKind { get; set; }

    protected override void Read(Event happening) => EventKind = happening.EventKind;

    protected override void Apply(Event happening) => happening.EventKind = EventKind;
}
