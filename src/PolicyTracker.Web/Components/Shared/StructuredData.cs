using PolicyTracker.Core.Agreements;
using PolicyTracker.Core.Common;
using PolicyTracker.Core.Records;
using PolicyTracker.Core.Sources;

namespace PolicyTracker.Web.Components.Shared;

/// <summary>schema.org descriptions of public pages, serialised as JSON-LD by <see cref="JsonLd"/>.</summary>
public static class StructuredData
{
    public static object For(RecordDetail record, Uri url) => new Dictionary<string, object?>
    {
        ["@context"] = "https://schema.org",
        ["@type"] = RecordKinds.Of(record.Kind).SchemaType,
        ["name"] = record.Title,
        ["description"] = record.Summary,
        ["text"] = record.Quotation,
        ["creator"] = record.Speaker is { } speaker
            ? new { @type = "Person", name = speaker.Name }
            : record.SpeakingOrganisation is { } organisation ? new { @type = "Organization", name = organisation } : null,
        ["startDate"] = IsoDate(record.Date),
        ["endDate"] = record.EndDate is { } end ? IsoDate(end) : null,
        ["location"] = record.Place is { } place ? new { @type = "Place", name = place } : null,
        ["url"] = url.ToString(),
        ["dateModified"] = record.UpdatedAt.ToString("yyyy-MM-dd"),
        ["citation"] = record.Citations.Select(Citation).ToList(),
    };

    public static object For(AgreementDetail agreement, Uri url) => new Dictionary<string, object?>
    {
        ["@context"] = "https://schema.org",
        ["@type"] = agreement.AgreementKind == AgreementKind.Legislation ? "Legislation" : "CreativeWork",
        ["name"] = agreement.Title,
        ["alternateName"] = agreement.ShortName,
        ["description"] = agreement.Summary,
        ["dateCreated"] = IsoDate(agreement.Date),
        ["url"] = url.ToString(),
        ["citation"] = agreement.Citations.Select(Citation).ToList(),
    };

    public static object For(SourceDetail source, Uri url) => new Dictionary<string, object?>
    {
        ["@context"] = "https://schema.org",
        ["@type"] = source.SourceKind == SourceKind.NewsArticle ? "NewsArticle" : "CreativeWork",
        ["name"] = source.Title,
        ["author"] = source.Author is { } author ? new { @type = "Person", name = author } : null,
        ["publisher"] = source.Outlet is { } outlet ? new { @type = "Organization", name = outlet } : null,
        ["datePublished"] = IsoDate(source.Published),
        ["sameAs"] = source.Url,
        ["url"] = url.ToString(),
    };

    private static object Citation(CitationView citation) => new Dictionary<string, object?>
    {
        ["@type"] = "CreativeWork",
        ["name"] = citation.SourceTitle,
        ["publisher"] = citation.Outlet,
        ["url"] = citation.Url,
    };

    /// <summary>ISO 8601 to the precision the date has: "2024", "2024-06", "2024-05-01"; none when unknown.</summary>
    private static string? IsoDate(FuzzyDate date) => date.Start is not { } start
        ? null
        : date.Precision switch
        {
            DatePrecision.Day => start.ToString("yyyy-MM-dd"),
            DatePrecision.Month => start.ToString("yyyy-MM"),
            _ => start.ToString("yyyy"),
        };
}
