using System.Globalization;
using System.Text;

namespace PolicyTracker.Core.Common;

/// <summary>
/// Whether two titles name the same thing, give or take case, punctuation, accents, small words and a word or two:
/// "Pentagon statement on the Hegseth–Collins meeting" and "Pentagon statement on Hegseth-Collins meeting".
/// Used to warn, never to refuse: two different things can have close titles.
/// </summary>
public static class TitleSimilarity
{
    private static readonly HashSet<string> SmallWords =
        ["a", "an", "the", "of", "on", "in", "to", "for", "and", "with", "at", "by", "from", "as", "its", "is"];

    /// <summary>Share of distinct words the titles have in common (Jaccard) at or above which they are called close.</summary>
    public const double CloseAt = 0.75;

    public static bool AreClose(string a, string b)
    {
        var (first, second) = (Words(a), Words(b));
        if (first.Count == 0 || second.Count == 0)
        {
            return false;
        }

        var shared = first.Count(second.Contains);
        return (double)shared / (first.Count + second.Count - shared) >= CloseAt;
    }

    private static HashSet<string> Words(string title)
    {
        var plain = new StringBuilder(title.Length);
        foreach (var c in title.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                plain.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
            }
        }

        return plain.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !SmallWords.Contains(w)).ToHashSet();
    }
}
