using PolicyTracker.Core.Agreements;
using PolicyTracker.Core.Common;
using PolicyTracker.Core.Records;
using PolicyTracker.Core.Sources;
using PolicyTracker.Web.Records;

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
        ["startDate"] = IsoDate(record.Date),
        ["url"] = url.ToString(),
        ["dateModified"] = record.UpdatedAt.ToString("yyyy-MM-dd"),
        ["citation"] = record.Citations.Select(Citation).ToList(),
    }.Concat(RecordKindComponents.Of(record.Kind).StructuredData(record.Facts)).ToDictionary();

    public static object For(AgreementDetail agreement, Uri url) => new Dictionary<string, object?>
    {
        ["@context"] = "https://schema.org",
        ["@type"] = agreement.Facts.AgreementKind == AgreementKind.Legislation ? "Legislation" : "CreativeWork",
        ["name"] = agreement.Title,
        ["alternateName"] = agreement.Facts.ShortName,
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
        ["author"] = source.Author is { } author ? Thing("Person", author) : null,
        ["publisher"] = source.Outlet is { } outlet ? Thing("Organization", outlet) : null,
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

    /// <summary>A named schema.org thing: <c>{"@type": "Person", "name": "Judith Collins"}</c>.</summary>
    public static object Thing(string type, string name) => new Dictionary<string, object?> { ["@type"] = type, ["name"] = name };

    /// <summary>ISO 8601 to the precision the date has: "2024", "2024-06", "2024-05-01"; none when unknown.</summary>
    public static string? IsoDate(FuzzyDate date) => date.Start is not { } start
        ? null
        : date.Precision switch
        {
            DatePrecision.Day => start.ToString("yyyy-MM-dd"),
            DatePrecision.Month => start.ToString("yyyy-MM"),
            DatePrecision.Span when date.Until is { } last && last.Month == start.Month && last.Year == start.Year => start.ToString("yyyy-MM"),
            _ => start.ToString("yyyy"),
        };
}
