using PolicyTracker.Core.Common;
using PolicyTracker.Core.Records;
using PolicyTracker.Core.Timeline;

namespace PolicyTracker.Core.Meetings;

public enum MeetingKind
{
    Ministerial,
    Officials,
    Plenary,
    Summit,
    Technical,
    Signing,
}

/// <summary>
/// A meeting, or a counted series of them ("23 meetings since the start of 2024") held as one record with a
/// count over the period from <see cref="TrackedRecord.Date"/> to <see cref="EndDate"/>.
/// </summary>
public class Meeting : TrackedRecord
{
    public const int PlaceMaxLength = 200;

    public Meeting() => Kind = RecordKind.Meeting;

    public static readonly RecordKindInfo KindInfo = new(RecordKind.Meeting, typeof(Meeting), "meetings", "Meeting", "Meetings", "Event", () => new Meeting(), () => new MeetingFields(), MeetingFacts.Project)
    {
        TimelineFields = new TimelineFields<Meeting>
        {
            { nameof(TimelineItem.EndDate), (m, _) => FuzzyDate.FromColumns(m.EndDate.Start, m.EndDate.Precision, m.EndDate.Approximate, m.EndDate.Until) },
            { nameof(TimelineItem.Place), (m, _) => m.Place },
            { nameof(TimelineItem.Count), (m, _) => m.Count },
            { nameof(TimelineItem.CountIsMinimum), (m, _) => m.CountIsMinimum },
        },
        OwnChoices = CountNesting.WholesAsync,
    };

    public MeetingKind MeetingKind { get; set; }

    /// <summary>End of a multi-day meeting or of a counted period; unknown for a single-day meeting.</summary>
    public FuzzyDate EndDate { get; set; } = FuzzyDate.Unknown;

    public string? Place { get; set; }

    /// <summary>Who hosted it, as the source says: "the US military", "Australia".</summary>
    public string? Host { get; set; }

    /// <summary>For a counted series: how many meetings the source reports; null for a single meeting.</summary>
    public int? Count { get; set; }

    /// <summary>True when the source gives a floor ("over 30 meetings"), not an exact count.</summary>
    public bool CountIsMinimum { get; set; }

    /// <summary>The count this one is part of ("3 with the AUKUS senior officials group" of "23 meetings since 2024").</summary>
    public Guid? PartOfId { get; set; }

    public Meeting? PartOf { get; set; }

    /// <summary>The counts that are parts of this one; together they may not exceed it.</summary>
    public List<Meeting> Parts { get; set; } = [];

    protected internal override void CheckOwnFields(ValidationProblems problems)
    {
        problems.Text("Place", Place, PlaceMaxLength);
        problems.Text("Host", Host, PlaceMaxLength);
        if (Count is < 1)
        {
            problems.Add("Count", "A count of meetings must be at least 1; leave it empty for a single meeting.");
        }

        if (PartOfId is not null && PartOfId == Id)
        {
            problems.Add("Part of", "A count cannot be part of itself.");
        }

        if (EndDate.IsKnown && Date.IsKnown && EndDate.End < Date.Start)
        {
            problems.Add("End date", $"The end date ({EndDate}) is before the start ({Date}).");
        }
    }
}
