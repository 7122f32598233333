using PolicyTracker.Core.Common;
using PolicyTracker.Core.Sources;

namespace PolicyTracker.Core.Timeline;

/// <summary>
/// The analysts' timeline filter: everything the public one has, plus state, cited source, the source's
/// reliability. Read from the query string so a view is a link an analyst can share.
/// </summary>
public sealed record WorkspaceFilter
{
    public TimelineFilter Timeline { get; init; } = TimelineFilter.None;

    public PublicationState? State { get; init; }

    public string? Source { get; init; }

    public Reliability? Reliability { get; init; }

    /// <summary>Reads every filter from <paramref name="query"/> (a query-string lookup); reports what it cannot read.</summary>
    public static bool TryParse(Func<string, string?> query, out WorkspaceFilter filter, out ValidationProblems problems)
    {
        filter = new WorkspaceFilter();
        var timelineValid = TimelineFilter.TryParse(query, out var timeline, out problems);
        var state = TimelineFilter.ReadEnum<PublicationState>("state", query("state"), problems);
        var reliability = TimelineFilter.ReadEnum<Reliability>("reliability", query("reliability"), problems);
        var source = query("source");
        if (!string.IsNullOrWhiteSpace(source) && !Slugs.IsValid(source))
        {
            problems.Add("source", $"\"{source}\" is not a valid source.");
        }

        if (!timelineValid || !problems.IsValid)
        {
            return false;
        }

        filter = new WorkspaceFilter
        {
            Timeline = timeline,
            State = state,
            Source = string.IsNullOrWhiteSpace(source) ? null : source,
            Reliability = reliability,
        };
        return true;
    }

    /// <summary>The query-string form, for links and exports; empty values are left out.</summary>
    public IReadOnlyDictionary<string, object?> ToQuery(int? page = null, string? after = null, string? before = null) =>
        new Dictionary<string, object?>(Timeline.ToQuery(page, after, before))
        {
            ["state"] = State?.ToString().ToLowerInvariant(),
            ["source"] = Source,
            ["reliability"] = Reliability?.ToString().ToLowerInvariant(),
        };
}
