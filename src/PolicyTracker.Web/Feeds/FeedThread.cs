using Microsoft.AspNetCore.WebUtilities;
using PolicyTracker.Core.Timeline;
using PolicyTracker.Web.Components.Shared;
using PolicyTracker.Web.Timeline;

namespace PolicyTracker.Web.Feeds;

/// <summary>
/// A thread a reader can follow: a selection of the timeline (an agreement's records, a person's, an organisation's, a
/// country's, a kind's, or one record's versions), with its own Atom feed at the timeline's filters
/// (<c>/feed.atom?agreement=pipir</c>, <c>/feed.atom?record=…</c>).
/// </summary>
public static class FeedThread
{
    public static string FeedPath(TimelineFilter filter) => WithFilter("/feed.atom", filter);

    public static string TimelinePath(TimelineFilter filter) => WithFilter("/timeline", filter);

    /// <summary>The thread in words, as a feed reader lists it: "PIPIR · Judith Collins · Meetings"; "every record" unfiltered.</summary>
    public static string Name(TimelineFilter filter, TimelineFilterOptions options)
    {
        static string NameOf(IReadOnlyList<FilterOption> choices, string slug) => choices.FirstOrDefault(o => o.Slug == slug)?.Name ?? slug;
        var parts = new List<string?>
        {
            filter.Agreement is { } agreement ? NameOf(options.Agreements, agreement) : null,
            filter.Person is { } person ? NameOf(options.People, person) : null,
            filter.Record is { } record ? NameOf(options.Records, record) : null,
            filter.Country is { } country ? NameOf(options.Countries, country) : null,
            filter.Organisation is { } organisation ? NameOf(options.Organisations, organisation) : null,
            filter.Kind is { } kind ? Core.Records.RecordKinds.Of(kind).Plural : null,
            filter.From is { } from ? $"from {from:d MMMM yyyy}" : null,
            filter.To is { } to ? $"to {to:d MMMM yyyy}" : null,
            filter.Text is { } text ? $"\u201c{text}\u201d" : null,
        };
        return parts.Any(part => part is not null) ? string.Join(" · ", parts.OfType<string>()) : "every record";
    }

    /// <summary>The thread as a query string without its "?" ("agreement=pipir"); empty for every record. Alerts keep it so.</summary>
    public static string QueryOf(TimelineFilter filter) => WithFilter("", filter).TrimStart('?');

    /// <summary>Reads a thread from the timeline's filters in a query string, as the feed and the alert pages take it.</summary>
    public static bool TryRead(IQueryCollection query, out TimelineFilter filter, out Core.Common.ValidationProblems problems) =>
        TimelineFilter.TryParse(name => query[name].FirstOrDefault(), out filter, out problems);

    /// <summary>Reads a thread kept by <see cref="QueryOf"/>.</summary>
    public static bool TryRead(string query, out TimelineFilter filter) =>
        TryRead(new QueryCollection(QueryHelpers.ParseQuery(query)), out filter, out _);

    private static string WithFilter(string path, TimelineFilter filter) => TimelineAddress.With(path, filter.ToQuery(page: 1));
}
