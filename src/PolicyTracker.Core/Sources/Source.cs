using PolicyTracker.Core.Common;

namespace PolicyTracker.Core.Sources;

public enum SourceKind
{
    NewsArticle,
    OfficialDocument,
    OiaRelease,
    Speech,
    PressRelease,
    Report,
    BlogOrCommentary,
}

/// <summary>Whether the tracker may republish a source's whole text, and why.</summary>
public enum OpenLicence
{
    /// <summary>The text is the publisher's: readers see only the quoted passages in context.</summary>
    None,

    /// <summary>Published under Creative Commons Attribution (New Zealand government pages mostly are).</summary>
    CreativeCommonsAttribution,

    /// <summary>A work of the US federal government, in the public domain.</summary>
    UsFederalWork,

    /// <summary>Another licence that allows republishing, named in the reason.</summary>
    OtherOpenLicence,
}

public enum Reliability
{
    High,
    Medium,
    Low,
}

/// <summary>The article, document or statement that records rest on.</summary>
public class Source : Entity
{
    public const int TitleMaxLength = 300;
    public const int OutletMaxLength = 200;
    public const int AuthorMaxLength = 200;
    public const int UrlMaxLength = 2000;
    public const int ReasonMaxLength = 1000;

    public string Title { get; set; } = "";

    public string? Outlet { get; set; }

    public string? Author { get; set; }

    public SourceKind SourceKind { get; set; }

    /// <summary>http or https only; empty where no public copy is known.</summary>
    public string? Url { get; set; }

    public FuzzyDate Published { get; set; } = FuzzyDate.Unknown;

    public DateOnly? AccessedOn { get; set; }

    /// <summary>When the latest archived copy was taken; null while the tracker holds no copy.</summary>
    public DateTime? ArchivedAt { get; set; }

    public Reliability Reliability { get; set; }

    public string ReliabilityReason { get; set; } = "";

    /// <summary>An open licence lets the public read the whole archived text, not only the quoted passages.</summary>
    public OpenLicence OpenLicence { get; set; }

    /// <summary>Why the text may be republished: the licence as the source states it.</summary>
    public string? OpenLicenceReason { get; set; }

    /// <summary>Public notes on the source (what it is, how it was obtained).</summary>
    public string? Notes { get; set; }

    public List<Citation> Citations { get; set; } = [];

    /// <summary>The copies of it the tracker has taken, oldest first; quotations are checked against the latest.</summary>
    public List<SourceCopy> Copies { get; set; } = [];

    /// <summary>What the link watch last found at <see cref="Url"/>; null until it first looks.</summary>
    public Watching.SourceLink? Link { get; set; }
}
