using Microsoft.AspNetCore.WebUtilities;

namespace PolicyTracker.Web.Timeline;

/// <summary>An address with a timeline filter's query string (<see cref="Core.Timeline.TimelineFilter.ToQuery"/>), empty values left out.</summary>
public static class TimelineAddress
{
    public static string With(string path, IReadOnlyDictionary<string, object?> query) =>
        QueryHelpers.AddQueryString(path, query.Where(p => p.Value is not null).Select(p => KeyValuePair.Create(p.Key, (string?)p.Value!.ToString())));
}
