using System.Text;
using PolicyTracker.Core.History;
using PolicyTracker.Core.Records;
using PolicyTracker.Web.Caching;
using PolicyTracker.Web.Components.Shared;
using PolicyTracker.Web.Security;

namespace PolicyTracker.Web.Records;

/// <summary>A record's citation as a file a reference manager imports: <c>/{section}/{slug}/cite.bib</c>, <c>.ris</c>, <c>.json</c>.</summary>
public static class CitationDownloads
{
    private static readonly Dictionary<string, (string ContentType, Func<RecordCitation, string> Write)> Formats = new(StringComparer.Ordinal)
    {
        ["bib"] = ("application/x-bibtex", citation => citation.BibTex),
        ["ris"] = ("application/x-research-info-systems", citation => citation.Ris),
        ["json"] = ("application/vnd.citationstyles.csl+json", citation => citation.CslJson),
    };

    public static IReadOnlyCollection<string> Extensions => Formats.Keys;

    /// <summary>The file citing version <paramref name="version"/> of the record.</summary>
    public static string PathOf(RecordKind kind, string slug, int version, string extension) => $"{Paths.Version(kind, slug, version)}/cite.{extension}";

    public static void MapCitationDownloads(this IEndpointRouteBuilder endpoints)
    {
        // At the record's address, the current version; at a version's, that version.
        endpoints.MapGet("/{section}/{slug}/cite.{extension}", (string section, string slug, string extension, HttpContext context, CancellationToken ct) =>
            DownloadAsync(section, slug, null, extension, context, ct)).CacheOutput(PublicCaching.Policy).ExcludeFromDescription();
        endpoints.MapGet("/{section}/{slug}/versions/{version:int}/cite.{extension}", (string section, string slug, int version, string extension, HttpContext context, CancellationToken ct) =>
            DownloadAsync(section, slug, version, extension, context, ct)).CacheOutput(PublicCaching.Policy).ExcludeFromDescription();
    }

    private static async Task<IResult> DownloadAsync(string section, string slug, int? version, string extension, HttpContext context, CancellationToken cancellationToken)
    {
        if (RecordKinds.FromSection(section) is not { } kind || !Formats.TryGetValue(extension, out var format))
        {
            return Results.NotFound();
        }

        var services = context.RequestServices;
        switch (await services.GetRequiredService<RecordQueries>().LocatePublishedAsync(kind.Kind, slug, cancellationToken))
        {
            case RecordLookup.Located located:
                var (versions, site, clock) = (services.GetRequiredService<PublishedVersions>(), services.GetRequiredService<SiteAddress>(), services.GetRequiredService<TimeProvider>());
                var citation = version is { } number
                    ? await versions.FindAsync(located.Id, number, cancellationToken) is { } shown ? RecordCitation.Of(shown.Content.Title, kind.Kind, slug, shown.Number, shown.At, site, clock) : null
                    : (await RecordCitation.OfCurrentAsync(versions, located.Id, located.Title, kind.Kind, slug, site, clock))?.Citation;
                if (citation is null)
                {
                    return Results.NotFound();
                }

                context.CacheAsPageOf(located.Id);
                return Results.File(new UTF8Encoding(false).GetBytes(format.Write(citation)), $"{format.ContentType}; charset=utf-8", $"{citation.Key}.{extension}");
            case RecordLookup.Moved moved:
                return Results.Redirect(version is { } n ? PathOf(moved.Kind, moved.Slug, n, extension) : $"{Paths.Record(moved.Kind, moved.Slug)}/cite.{extension}");
            default:
                // A retracted record is not offered for citing as if it stood; its notice is at its address.
                return Results.NotFound();
        }
    }
}
