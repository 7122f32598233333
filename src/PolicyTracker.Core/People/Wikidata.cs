using System.Text.RegularExpressions;
using PolicyTracker.Core.Common;

namespace PolicyTracker.Core.People;

/// <summary>
/// Wikidata identifiers ("Q664" for New Zealand), which let people, organisations and countries in the tracker be
/// joined with other open data. An editor may paste the entry's address; it is kept as the bare identifier.
/// </summary>
public static partial class Wikidata
{
    /// <summary>"Q" and up to 12 digits: Wikidata's item identifiers are well below a trillion.</summary>
    public const int IdMaxLength = 13;

    /// <summary>The identifier an editor typed or pasted, tidied: "q664", " Q664 " and "https://www.wikidata.org/wiki/Q664" are all Q664; null for none.</summary>
    public static string? Tidy(string? input)
    {
        var text = input?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        return Pasted().Match(text) is { Success: true } address ? address.Groups["id"].Value.ToUpperInvariant() : text.ToUpperInvariant();
    }

    /// <summary>Refuses anything but an item identifier, saying what one looks like.</summary>
    public static void Check(ValidationProblems problems, string? input)
    {
        if (Tidy(input) is { } id && !Item().IsMatch(id))
        {
            var shown = id.Length > 40 ? id[..40] + "…" : id;
            problems.Add("Wikidata", $"\"{shown}\" is not a Wikidata identifier: Q and digits, such as Q664 for New Zealand, from the entry's page on wikidata.org.");
        }
    }

    /// <summary>The entry's page on Wikidata, for schema.org's sameAs and for readers.</summary>
    public static string PageOf(string id) => $"https://www.wikidata.org/wiki/{id}";

    [GeneratedRegex("^Q[1-9][0-9]{0,11}$")]
    private static partial Regex Item();

    [GeneratedRegex(@"^https?://(www\.|m\.)?wikidata\.org/(wiki|entity)/(?<id>[Qq][0-9]+)/?$")]
    private static partial Regex Pasted();
}
