using System.Globalization;
using CsvHelper;
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
        "quotation", "speaker", "place", "meetings_counted", "agreements", "sources", "url", "state",
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
        item.Speaker ?? "",
        item.Place ?? "",
        item.Count is { } count ? (item.CountIsMinimum ? $"more than {count}" : count.ToString(CultureInfo.InvariantCulture)) : "",
        string.Join("; ", item.Agreements),
        string.Join("; ", item.Citations.Select(c => c.Url is null ? c.SourceTitle : $"{c.SourceTitle} <{c.Url}>")),
        baseUrl + Paths.Record(item.Kind, item.Slug),
        item.State.ToString(),
    ];

    /// <summary>Writes timeline items as a CSV download; used by the public timeline and the workspace export.</summary>
    public static async Task WriteAsync(HttpContext context, IAsyncEnumerable<TimelineItem> items, string fileName)
    {
        var baseUrl = context.RequestServices.GetRequiredService<Security.SiteAddress>().Base;
        await using var rows = items.GetAsyncEnumerator(context.RequestAborted);
        // The query runs before anything is sent: a database that cannot answer gets a 503, not a 200 cut short.
        var more = await rows.MoveNextAsync();
        context.Response.ContentType = "text/csv; charset=utf-8";
        context.Response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}\"";
        // A byte-order mark first: without it Excel reads the file as the system's code page and garbles every
        // macron and dash.
        await context.Response.Body.WriteAsync(System.Text.Encoding.UTF8.Preamble.ToArray(), context.RequestAborted);
        // Cells starting like a formula (=, +, -, @) are escaped so no stored text runs in a spreadsheet.
        await using var csv = CsvWriter.Create(context.Response.Body, new CsvWriterOptions { Injection = CsvInjection.Escape }, leaveOpen: true);
        await csv.WriteRecordAsync(Header, context.RequestAborted);
        for (; more; more = await rows.MoveNextAsync())
        {
            await csv.WriteRecordAsync(Row(rows.Current, baseUrl), context.RequestAborted);
        }
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
