using System.Text.RegularExpressions;

namespace PolicyTracker.Core.Search;

/// <summary>A run of text, marked when it matches a search term. Pages render the marks; no HTML is built here.</summary>
public sealed record TextSegment(string Text, bool IsMatch);

public static partial class Highlighter
{
    /// <summary>The words of a query worth matching, reduced to a stem so "meetings" also marks "meeting".</summary>
    public static IReadOnlyList<string> Terms(string query) =>
        Word().Matches(query)
            .Select(m => Stem(m.Value.ToLowerInvariant()))
            .Where(t => t.Length >= 2 && !StopWords.Contains(t))
            .Distinct()
            .ToList();

    /// <summary>Splits <paramref name="text"/> into plain and matching runs; words starting with a term match.</summary>
    public static IReadOnlyList<TextSegment> Mark(string text, IReadOnlyList<string> terms)
    {
        if (terms.Count == 0 || string.IsNullOrEmpty(text))
        {
            return [new TextSegment(text, false)];
        }

        var pattern = new Regex(@"\b(?:" + string.Join('|', terms.Select(Regex.Escape)) + @")\w*", RegexOptions.IgnoreCase, TimeSpan.FromMilliseconds(200));
        var segments = new List<TextSegment>();
        var position = 0;
        foreach (Match match in pattern.Matches(text))
        {
            if (match.Index > position)
            {
                segments.Add(new TextSegment(text[position..match.Index], false));
            }

            segments.Add(new TextSegment(match.Value, true));
            position = match.Index + match.Length;
        }

        if (position < text.Length)
        {
            segments.Add(new TextSegment(text[position..], false));
        }

        return segments;
    }

    /// <summary>A window of <paramref name="text"/> around its first match, so long summaries show where they matched.</summary>
    public static string Excerpt(string text, IReadOnlyList<string> terms, int length = 280)
    {
        if (text.Length <= length)
        {
            return text;
        }

        var first = terms
            .Select(t => text.IndexOf(t, StringComparison.OrdinalIgnoreCase))
            .Where(i => i >= 0)
            .DefaultIfEmpty(0)
            .Min();
        var start = Math.Max(0, Math.Min(first - (length / 3), text.Length - length));
        var excerpt = text.Substring(start, length);
        return (start > 0 ? "…" : "") + excerpt + (start + length < text.Length ? "…" : "");
    }

    private static string Stem(string word)
    {
        foreach (var suffix in Suffixes)
        {
            if (word.Length >= suffix.Length + 4 && word.EndsWith(suffix, StringComparison.Ordinal))
            {
                return word[..^suffix.Length];
            }
        }

        return word;
    }

    // A light stemmer, longest suffix first: enough for "interoperable" to match "interoperability".
    private static readonly string[] Suffixes = ["ability", "ibility", "ation", "ings", "able", "ible", "ing", "ies", "ity", "es", "ed", "s"];

    private static readonly HashSet<string> StopWords = ["the", "and", "of", "to", "in", "on", "for", "a", "an", "is", "it", "at", "by", "or", "be", "as", "with", "that", "this"];

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();
}
