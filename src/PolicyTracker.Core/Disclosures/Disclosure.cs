using PolicyTracker.Core.Common;
using PolicyTracker.Core.Sources;

namespace PolicyTracker.Core.Disclosures;

/// <summary>What the New Zealand government did about telling the public of an act.</summary>
public enum GovernmentAnnouncement
{
    /// <summary>The government announced it itself.</summary>
    Announced,
    /// <summary>The government did not announce it.</summary>
    NotAnnounced,
    /// <summary>Not announced, with lines prepared to answer should anyone ask ("reactive media lines").</summary>
    OnlyIfAsked,
    /// <summary>Not announced; confirmed when a journalist or an MP asked.</summary>
    ConfirmedWhenAsked,
}

/// <summary>How the public first learned of an act.</summary>
public enum DisclosureChannel
{
    GovernmentAnnouncement,
    MediaReport,
    OiaRelease,
    ForeignGovernment,
    ParliamentaryQuestion,
    Other,
}

/// <summary>
/// Whether the government told the public of an act (an agreement's status step, an event, a meeting) and how and
/// when the public first learned of it, cited. The time between the act and that first disclosure is the
/// <see cref="DisclosureLag"/>, computed, never typed. Belongs to a record or to a status change.
/// </summary>
public class Disclosure
{
    public const int NoteMaxLength = 1000;

    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid? RecordId { get; set; }

    public Guid? StatusChangeId { get; set; }

    public GovernmentAnnouncement Announcement { get; set; }

    /// <summary>When the public first learned of it: the announcement, or the report or release that revealed it.</summary>
    public FuzzyDate PublicOn { get; set; } = FuzzyDate.Unknown;

    public DisclosureChannel Through { get; set; }

    public string? Note { get; set; }

    /// <summary>Who was not told, as the source says: "the Green Party, until RNZ reported it".</summary>
    public string? NotInformed { get; set; }

    public List<Citation> Citations { get; set; } = [];

    /// <summary>The rule for every disclosure, as entered or as stored: cited, and said in words that fit each other.</summary>
    internal static void Check(ValidationProblems problems, GovernmentAnnouncement announcement, DisclosureChannel through, string? note, string? notInformed, int citationCount)
    {
        problems.Text("Disclosure note", note, NoteMaxLength);
        problems.Text("Not informed", notInformed, NoteMaxLength);
        if (citationCount == 0)
        {
            problems.Add("Disclosure", "A disclosure needs a citation: whether and how the public was told must rest on a source.");
        }

        if (announcement == GovernmentAnnouncement.Announced && through != DisclosureChannel.GovernmentAnnouncement)
        {
            problems.Add("Disclosure", "An act the government announced first became public through that announcement; choose \"Government announcement\", or say it was not announced.");
        }

        if (announcement != GovernmentAnnouncement.Announced && through == DisclosureChannel.GovernmentAnnouncement)
        {
            problems.Add("Disclosure", "An act the government did not announce cannot have become public through a government announcement; choose how it came to light.");
        }
    }
}
