using PolicyTracker.Core.Common;
using PolicyTracker.Core.Records;

namespace PolicyTracker.Core.Meetings;

/// <summary>A meeting's own fields: its kind, end, place, host, and for a counted series the count.</summary>
public sealed class MeetingFields : RecordFields<Meeting>
{
    public MeetingKind MeetingKind { get; set; }

    public FuzzyDate EndDate { get; set; } = FuzzyDate.Unknown;

    public string? Place { get; set; }

    public string? Host { get; set; }

    public int? Count { get; set; }

    public bool CountIsMinimum { get; set; }

    /// <summary>The counted meeting this count is part of, if any.</summary>
    public Guid? PartOfId { get; set; }

    protected override void Read(Meeting meeting)
    {
        MeetingKind = meeting.MeetingKind;
        EndDate = meeting.EndDate;
        Place = meeting.Place;
        Host = meeting.Host;
        Count = meeting.Count;
        CountIsMinimum = meeting.CountIsMinimum;
        PartOfId = meeting.PartOfId;
    }

    protected override void Apply(Meeting meeting)
    {
        meeting.MeetingKind = MeetingKind;
        meeting.EndDate = EndDate;
        meeting.Place = TextInput.OrNull(Place);
        meeting.Host = TextInput.OrNull(Host);
        meeting.Count = Count;
        meeting.CountIsMinimum = Count is not null && CountIsMinimum;
        meeting.PartOfId = PartOfId;
    }

    internal override IEnumerable<LinkReference> References =>
        PartOfId is { } whole ? [new LinkReference(LinkTarget.Meeting, whole, "Part of")] : [];
}
