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

    /// <summary>Public notes on the source (what it is, how it was obtained).</summary>
    public string? Notes { get; set; }

    public List<Citation> Citations { get; set; } = [];

    /// <summary>The copies of it the tracker has taken, oldest first; quotations are checked against the latest.</summary>
    public List<SourceCopy> Copies { get; set; } = [];

    /// <summary>What the link watch last found at <see cref="Url"/>; null until it first looks.</summary>
    public Watching.SourceLink? Link { get; set; }
}
