using System.Globalization;
using PolicyTracker.Core.Timeline;
using PolicyTracker.Web.Components.Shared;

namespace PolicyTracker.Web.Timeline;

/// <summary>The public timeline as CSV, for the same filters as the page (the query string is shared).</summary>
public static class TimelineCsv
{
    public static void MapTimelineCsv(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/timeline.csv", ExportPublishedAsync).CacheOutput(Caching.PublicCaching.Policy).ExcludeFromDescription();

    /// <summary>The columns, with their types for the open-data package's Table Schema.</summary>
    public static readonly IReadOnlyList<CsvColumn> Columns =
    [
        new("date", "string", "The record's date as the tracker gives it, to the precision its sources support."),
        new("date_start", "date", "The first day the date can mean."),
        new("date_end", "date", "The last day the date can mean."),
        new("precision", "string", "How precise the date is: day, month, year..."),
        new("approximate", "boolean", "Whether the date is approximate."),
        new("end_date", "string", "For a meeting over several days or a counted period: its end."),
        new("kind", "string", "The kind of record: meeting, statement, event..."),
        new("title", "string", "The record's title."),
        new("summary", "string", "The tracker's summary, in its own words."),
        new("quotation", "string", "For a statement: the words given as the speaker's."),
        new("quotation_status", "string", "Whether those words were found in an archived copy of a cited source."),
        new("speaker", "string", "Who said it."),
        new("place", "string", "Where a meeting was held."),
        new("meetings_counted", "string", "For a counted series of meetings: how many, as the source gives it."),
        new("agreements", "string", "The agreements it is about, separated by semicolons."),
        new("people", "string", "The people it involves."),
        new("organisations", "string", "The organisations it involves."),
        new("countries", "string", "The countries it involves."),
        new("sources", "string", "The sources cited, numbered."),
        new("source_urls", "string", "Their addresses, numbered as the sources."),
        new("pinpoints", "string", "Where in each source, numbered as the sources."),
        new("url", "string", "The record's page."),
        new("state", "string", "Its state in the workflow (published, for the public)."),
    ];

    public static string[] Row(TimelineItem item, string baseUrl) =>
    [
        item.Date.ToString(),
        item.Date.Start?.ToString("yyyy-MM-dd") ?? "",
        item.Date.End?.ToString("yyyy-MM-dd") ?? "",
        Labels.For(item.Date.Precision),
        item.Date.Approximate ? "true" : "false",
        item.EndDate is { IsKnown: true } end ? end.ToString() : "",
        Labels.For(item.Kind),
        item.Title,
        item.Summary,
        item.Quotation ?? "",
        // Whether the words were found in an archived copy of a source the record cites, or not.
        item.Quotation is null ? "" : Labels.For(item.QuotationStatus),
        item.Speaker ?? "",
        item.Place ?? "",
        item.Count is { } count ? (item.CountIsMinimum ? $"more than {count}" : count.ToString(CultureInfo.InvariantCulture)) : "",
        string.Join("; ", item.Agreements),
        string.Join("; ", item.People),
        string.Join("; ", item.Organisations),
        string.Join("; ", item.Countries),
        Numbered(item.Citations.Select(c => c.SourceTitle)),
        Numbered(item.Citations.Select(c => c.Url ?? "")),
        Numbered(item.Citations.Select(c => c.Pinpoint ?? "")),
        baseUrl + Paths.Record(item.Kind, item.Slug),
        Labels.For(item.State),
    ];

    /// <summary>
    /// A record's citations numbered within a cell ("1. …; 2. …"): the nth source, address and pinpoint share a number
    /// across the three columns, and each record stays on one line for tools that read a line at a time.
    /// </summary>
    private static string Numbered(IEnumerable<string> perCitation) =>
        string.Join("; ", perCitation.Select((text, index) => $"{index + 1}. {text}"));

    /// <summary>Writes timeline items as a CSV download; used by the public timeline and the workspace export.</summary>
    public static Task WriteAsync(HttpContext context, IAsyncEnumerable<TimelineItem> items, string fileName)
    {
        var baseUrl = context.RequestServices.GetRequiredService<Security.SiteAddress>().Base;
        return CsvDownload.WriteAsync(context, fileName, Columns, items.Select(item => Row(item, baseUrl)));
    }

    private static async Task ExportPublishedAsync(HttpContext context, TimelineQueries timeline)
    {
        var query = context.Request.Query;
        if (!TimelineFilter.TryParse(name => query[name].FirstOrDefault(), out var filter, out var problems))
        {
            await Results.ValidationProblem(problems.ByField())
                .ExecuteAsync(context);
            return;
        }

        await WriteAsync(context, timeline.StreamPublishedAsync(filter), "policytracker-timeline.csv");
    }
}
