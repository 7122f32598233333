using System.Text;
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

    public static string PathOf(RecordKind kind, string slug, string extension) => $"{Paths.Record(kind, slug)}/cite.{extension}";

    public static void MapCitationDownloads(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/{section}/{slug}/cite.{extension}", DownloadAsync).CacheOutput(PublicCaching.Policy).ExcludeFromDescription();

    private static async Task<IResult> DownloadAsync(
        string section, string slug, string extension, HttpContext context, RecordQueries records, SiteAddress site, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        if (RecordKinds.FromSection(section) is not { } kind || !Formats.TryGetValue(extension, out var format))
        {
            return Results.NotFound();
        }

        switch (await records.FindPublishedAsync(kind.Kind, slug, cancellationToken))
        {
            case RecordLookup.Found found:
                context.CacheAsPageOf(found.Record.Id);
                var citation = RecordCitation.Of(found.Record, site, clock);
                return Results.File(new UTF8Encoding(false).GetBytes(format.Write(citation)), $"{format.ContentType}; charset=utf-8", $"policytracker-{slug}.{extension}");
            case RecordLookup.Moved moved:
                return Results.Redirect(PathOf(moved.Kind, moved.Slug, extension));
            default:
                // A retracted record is not offered for citing as if it stood; its notice is at its address.
                return Results.NotFound();
        }
    }
}
