using System.Globalization;
using PolicyTracker.Core.Timeline;
using PolicyTracker.Web.Components.Shared;

namespace PolicyTracker.Web.Timeline;

/// <summary>The public timeline as CSV, for the same filters as the page (the query string is shared).</summary>
public static class TimelineCsv
{
    public static void MapTimelineCsv(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/timeline.csv", ExportPublishedAsync).CacheOutput(Caching.PublicCaching.Policy).ExcludeFromDescription();

    private static readonly string[] Header =
    [
        "date", "date_start", "date_end", "precision", "approximate", "end_date", "kind", "title", "summary",
        "quotation", "quotation_status", "speaker", "place", "meetings_counted", "agreements", "sources", "url", "state",
    ];

    private static string[] Row(TimelineItem item, string baseUrl) =>
    [
        item.Date.ToString(),
        item.Date.Start?.ToString("yyyy-MM-dd") ?? "",
        item.Date.End?.ToString("yyyy-MM-dd") ?? "",
        item.Date.Precision.ToString(),
        item.Date.Approximate ? "true" : "false",
        item.EndDate is { IsKnown: true } end ? end.ToString() : "",
        item.Kind.ToString(),
        item.Title,
        item.Summary,
        item.Quotation ?? "",
        // Whether the words were found in an archived copy of a source the record cites (VerifiedQuotation) or not.
        item.Quotation is null ? "" : item.QuotationStatus.ToString(),
        item.Speaker ?? "",
        item.Place ?? "",
        item.Count is { } count ? (item.CountIsMinimum ? $"more than {count}" : count.ToString(CultureInfo.InvariantCulture)) : "",
        string.Join("; ", item.Agreements),
        string.Join("; ", item.Citations.Select(c => c.Url is null ? c.SourceTitle : $"{c.SourceTitle} <{c.Url}>")),
        baseUrl + Paths.Record(item.Kind, item.Slug),
        item.State.ToString(),
    ];

    /// <summary>Writes timeline items as a CSV download; used by the public timeline and the workspace export.</summary>
    public static Task WriteAsync(HttpContext context, IAsyncEnumerable<TimelineItem> items, string fileName)
    {
        var baseUrl = context.RequestServices.GetRequiredService<Security.SiteAddress>().Base;
        return CsvDownload.WriteAsync(context, fileName, Header, items.Select(item => Row(item, baseUrl)));
    }

    private static async Task ExportPublishedAsync(HttpContext context, TimelineQueries timeline)
    {
        var query = context.Request.Query;
        if (!TimelineFilter.TryParse(query["agreement"], query["kind"], query["person"], query["country"], query["from"], query["to"], query["text"], null, out var filter, out var problems))
        {
            await Results.ValidationProblem(problems.ByField())
                .ExecuteAsync(context);
            return;
        }

        await WriteAsync(context, timeline.StreamPublishedAsync(filter), "policytracker-timeline.csv");
    }
}
