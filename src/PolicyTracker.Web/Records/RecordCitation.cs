using System.Globalization;
using System.Text;
using System.Text.Json;

namespace PolicyTracker.Web.Records;

/// <summary>
/// How to cite a record of the tracker: as text in the three styles readers are most often asked for, and as the
/// files reference managers import. The tracker is the author (its records are its own wording, from its sources);
/// the date is the record's last public change, and the access date the day it was read, in New Zealand.
/// </summary>
public sealed record RecordCitation(string Title, string KindLabel, Uri Url, DateOnly LastChanged, DateOnly Accessed)
{
    public const string Publisher = "PolicyTracker";

    /// <summary>The citation of a published record, read today.</summary>
    public static RecordCitation Of(Core.Records.RecordDetail record, Security.SiteAddress site, TimeProvider clock) => new(
        record.Title,
        Components.Shared.Labels.For(record.Kind),
        site.Absolute(Components.Shared.Paths.Record(record.Kind, record.Slug)),
        Core.Common.NewZealandTime.DateOf(record.UpdatedAt),
        Core.Common.NewZealandTime.Today(clock));

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
            text.Append(CultureInfo.InvariantCulture, $"@misc{{policytracker-{Url.Segments.Last().Trim('/')},\n");
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
            ["id"] = $"policytracker-{Url.Segments.Last().Trim('/')}",
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
