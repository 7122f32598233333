using System.Globalization;
using PolicyTracker.Core.Sources;
using PolicyTracker.Web.Components.Shared;

namespace PolicyTracker.Web.Sources;

/// <summary>Every published source as CSV, with its archive facts: what a reader needs to check the record's footing.</summary>
public static class SourcesCsv
{
    private static readonly string[] Header =
    [
        "title", "outlet", "kind", "published", "reliability", "url", "page", "records_citing",
        "archived_retrieved", "archived_sha256", "link_status", "link_checked",
    ];

    public static void MapSourcesCsv(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/sources.csv", async (HttpContext context, SourceQueries sources) =>
            {
                var baseUrl = context.RequestServices.GetRequiredService<Security.SiteAddress>().Base;
                var list = await sources.ListPublishedAsync(context.RequestAborted);
                await CsvDownload.WriteAsync(context, "policytracker-sources.csv", Header, list.Select(source => Row(source, baseUrl)).ToAsyncEnumerable());
            })
            .CacheOutput(Caching.PublicCaching.Policy)
            .ExcludeFromDescription();

    private static string[] Row(SourceSummary source, string baseUrl) =>
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
