namespace PolicyTracker.Core.Sources.Watching;

/// <summary>The link watch's pace and patience (<c>Sources:LinkWatch</c> in configuration).</summary>
public sealed class LinkWatchOptions
{
    public const string Section = "Sources:LinkWatch";

    /// <summary>Off, no run starts on its own; a run an editor asks for with "Check now" still runs.</summary>
    public bool Scheduled { get; set; } = true;

    /// <summary>
    /// A source with no archived copy is given the page the watch just read, when that page has every word quoted
    /// from the source (or nothing is quoted from it): a copy that can only confirm the record, never undo it.
    /// </summary>
    public bool ArchiveWhereMissing { get; set; } = true;

    /// <summary>How often every address is checked.</summary>
    public TimeSpan Every { get; set; } = TimeSpan.FromDays(1);

    /// <summary>How often an instance looks for a run that is due or asked for.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>At most this many requests to one host at a time, as a polite crawler keeps to.</summary>
    public int RequestsPerHost { get; set; } = 2;

    /// <summary>The pause after each request before the next to the same host.</summary>
    public TimeSpan PauseBetweenRequests { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Different hosts checked at once.</summary>
    public int HostsAtOnce { get; set; } = 8;

    /// <summary>An address that does not answer is called unreachable only after this many checks in a row...</summary>
    public int UnreachableAfterChecks { get; set; } = 3;

    /// <summary>...spread over at least this long: a site down for an afternoon is not a problem for the record.</summary>
    public TimeSpan UnreachableAfter { get; set; } = TimeSpan.FromDays(3);
}
