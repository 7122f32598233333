using System.Globalization;
using PolicyTracker.Core.Sources;
using PolicyTracker.Web.Components.Shared;

namespace PolicyTracker.Web.Sources;

/// <summary>Every published source as CSV, with its archive facts: what a reader needs to check the record's footing.</summary>
public static class SourcesCsv
{
    /// <summary>The columns, with their types for the open-data package's Table Schema.</summary>
    public static readonly IReadOnlyList<CsvColumn> Columns =
    [
        new("title", "string", "The source's title."),
        new("outlet", "string", "Who published it."),
        new("kind", "string", "What kind of source it is: news article, official release..."),
        new("published", "string", "When it was published, to the precision known."),
        new("reliability", "string", "How far the tracker trusts it."),
        new("url", "string", "Its address."),
        new("page", "string", "Its page on the tracker."),
        new("records_citing", "integer", "How many published records cite it."),
        new("archived_retrieved", "datetime", "When the latest archived copy was taken (UTC)."),
        new("archived_sha256", "string", "The SHA-256 of that copy's bytes."),
        new("link_status", "string", "What the link watch last found at its address."),
        new("link_checked", "datetime", "When (UTC)."),
    ];

    public static void MapSourcesCsv(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/sources.csv", async (HttpContext context, SourceQueries sources) =>
            {
                var baseUrl = context.RequestServices.GetRequiredService<Security.SiteAddress>().Base;
                var list = await sources.ListPublishedAsync(context.RequestAborted);
                await CsvDownload.WriteAsync(context, "policytracker-sources.csv", Columns, list.Select(source => Row(source, baseUrl)).ToAsyncEnumerable());
            })
            .CacheOutput(Caching.PublicCaching.Policy)
            .ExcludeFromDescription();

    public static string[] Row(SourceSummary source, string baseUrl) =>
    [
        source.Title,
        source.Outlet ?? "",
        Labels.For(source.SourceKind),
        source.Published.ToString(),
        Labels.Of(source.Reliability),
        source.Url ?? "",
        baseUrl + Paths.Source(source.Slug),
        source.CitingRecords.ToString(CultureInfo.InvariantCulture),
        source.ArchivedAt?.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture) ?? "",
        source.ArchiveSha256 ?? "",
        Labels.For(source.LinkStatus),
        source.LinkCheckedAt?.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture) ?? "",
    ];
}
