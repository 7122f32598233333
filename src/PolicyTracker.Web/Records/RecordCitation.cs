using System.Globalization;
using System.Text;
using System.Text.Json;

namespace PolicyTracker.Web.Records;

/// <summary>
/// How to cite a record of the tracker: as text in the three styles readers are most often asked for, and as the
/// files reference managers import. The tracker is the author (its records are its own wording, from its sources);
/// the address is the permanent one of the version read, so the citation keeps meaning what the reader saw; the date
/// is that version's publication, and the access date the day it was read, in New Zealand.
/// </summary>
/// <param name="Key">The citation key reference managers file it under, one per version ("policytracker-pipir-v3").</param>
public sealed record RecordCitation(string Key, string Title, string KindLabel, Uri Url, DateOnly LastChanged, DateOnly Accessed)
{
    public const string Publisher = "PolicyTracker";

    /// <summary>The citation of version <paramref name="version"/> of a published record, published at <paramref name="publishedAt"/>, read today.</summary>
    public static RecordCitation Of(
        string title, Core.Records.RecordKind kind, string slug, int version, DateTime publishedAt, Security.SiteAddress site, TimeProvider clock) => new(
        $"policytracker-{slug}-v{version}",
        title,
        Components.Shared.Labels.For(kind),
        site.Absolute(Components.Shared.Paths.Version(kind, slug, version)),
        Core.Common.NewZealandTime.DateOf(publishedAt),
        Core.Common.NewZealandTime.Today(clock));

    /// <summary>The citation of the record's current version, with its number; null for a record with no published version.</summary>
    public static async Task<(RecordCitation Citation, int Version)?> OfCurrentAsync(
        Core.History.PublishedVersions versions, Guid id, string title, Core.Records.RecordKind kind, string slug, Security.SiteAddress site, TimeProvider clock) =>
        await versions.CurrentAsync(id) is { } current ? (Of(title, kind, slug, current.Number, current.At, site, clock), current.Number) : null;

    private static readonly CultureInfo English = CultureInfo.InvariantCulture;

    /// <summary>APA 7: a web page whose content changes, so with its retrieval date.</summary>
    public string Apa =>
        $"{Publisher}. ({LastChanged.ToString("yyyy, MMMM d", English)}). {Title} [{KindLabel}]. {Publisher}. " +
        $"Retrieved {Accessed.ToString("MMMM d, yyyy", English)}, from {Url}";

    /// <summary>Chicago (notes and bibliography), for a web page: last modified and accessed.</summary>
    public string Chicago =>
        $"{Publisher}. \u201c{Title}.\u201d Last modified {LastChanged.ToString("MMMM d, yyyy", English)}. " +
        $"Accessed {Accessed.ToString("MMMM d, yyyy", English)}. {Url}.";

    /// <summary>MLA 9: day, abbreviated month, year.</summary>
    public string Mla => $"\u201c{Title}.\u201d {Publisher}, {MlaDate(LastChanged)}, {Url}. Accessed {MlaDate(Accessed)}.";

    public string BibTex
    {
        get
        {
            var text = new StringBuilder();
            text.Append(CultureInfo.InvariantCulture, $"@misc{{{Key},\n");
            text.Append("  author = {{PolicyTracker}},\n");
            text.Append(CultureInfo.InvariantCulture, $"  title = {{{BibTexEscape(Title)}}},\n");
            text.Append(CultureInfo.InvariantCulture, $"  year = {{{LastChanged.Year}}},\n");
            text.Append(CultureInfo.InvariantCulture, $"  month = {LastChanged.ToString("MMM", English).ToLowerInvariant()},\n");
            text.Append(CultureInfo.InvariantCulture, $"  url = {{{Url}}},\n");
            text.Append(CultureInfo.InvariantCulture, $"  urldate = {{{Accessed:yyyy-MM-dd}}},\n");
            text.Append(CultureInfo.InvariantCulture, $"  note = {{{BibTexEscape(KindLabel)}; last modified {LastChanged:yyyy-MM-dd}}}\n");
            text.Append("}\n");
            return text.ToString();
        }
    }

    /// <summary>RIS, as Zotero, EndNote and Mendeley read it: an electronic source.</summary>
    public string Ris => string.Join("\r\n",
        "TY  - ELEC",
        $"AU  - {Publisher}",
        $"TI  - {OneLine(Title)}",
        $"PY  - {LastChanged.Year}",
        $"DA  - {LastChanged.ToString("yyyy'/'MM'/'dd", English)}",
        $"Y2  - {Accessed.ToString("yyyy'/'MM'/'dd", English)}",
        $"PB  - {Publisher}",
        $"M3  - {OneLine(KindLabel)}",
        $"UR  - {Url}",
        "ER  - ",
        "");

    /// <summary>CSL-JSON, the format of Zotero's citation processor and Pandoc.</summary>
    public string CslJson => JsonSerializer.Serialize(new[]
    {
        new Dictionary<string, object>
        {
            ["id"] = Key,
            ["type"] = "webpage",
            ["title"] = Title,
            ["genre"] = KindLabel,
            ["author"] = new[] { new { literal = Publisher } },
            ["container-title"] = Publisher,
            ["publisher"] = Publisher,
            ["URL"] = Url.ToString(),
            ["issued"] = new { date_parts = new[] { new[] { LastChanged.Year, LastChanged.Month, LastChanged.Day } } },
            ["accessed"] = new { date_parts = new[] { new[] { Accessed.Year, Accessed.Month, Accessed.Day } } },
        },
    }, new JsonSerializerOptions { PropertyNamingPolicy = new KebabCase(), WriteIndented = true });

    /// <summary>"3 Dec. 2026": MLA shortens months of more than four letters (May, June and July stay whole).</summary>
    private static string MlaDate(DateOnly date)
    {
        var month = date.ToString("MMMM", English);
        var shown = month.Length <= 4 ? month : month == "September" ? "Sept." : month[..3] + ".";
        return $"{date.Day} {shown} {date.Year}";
    }

    /// <summary>A title as BibTeX reads it literally: its special characters escaped, line breaks as spaces.</summary>
    private static string BibTexEscape(string text)
    {
        var escaped = new StringBuilder();
        foreach (var character in OneLine(text))
        {
            escaped.Append(character switch
            {
                '\\' => @"\textbackslash{}",
                '{' or '}' or '#' or '%' or '&' or '$' or '_' => $"\\{character}",
                '~' => @"\textasciitilde{}",
                '^' => @"\textasciicircum{}",
                _ => character.ToString(),
            });
        }

        return escaped.ToString();
    }

    private static string OneLine(string text) => string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries));

    /// <summary>CSL's names: "date-parts", "container-title"; the anonymous objects use underscores for the hyphen.</summary>
    private sealed class KebabCase : JsonNamingPolicy
    {
        public override string ConvertName(string name) => name.Replace('_', '-');
    }
}
