using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace PolicyTracker.Core.Common;

/// <summary>Slugs are the permanent, readable part of a record's address: lowercase words joined by hyphens.</summary>
public static partial class Slugs
{
    public static bool IsValid(string? slug) =>
        slug is { Length: > 0 and <= Entity.SlugMaxLength } && SlugPattern().IsMatch(slug);

    /// <summary>Makes a slug from a title: "Statement of Principles (2024)" → "statement-of-principles-2024".</summary>
    public static string FromTitle(string title)
    {
        var decomposed = title.Normalize(NormalizationForm.FormD);
        var ascii = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                ascii.Append(char.ToLowerInvariant(c));
            }
        }

        var slug = NonWord().Replace(ascii.ToString(), "-").Trim('-');
        return slug.Length <= Entity.SlugMaxLength ? slug : slug[..Entity.SlugMaxLength].TrimEnd('-');
    }

    public static void Check(ValidationProblems problems, string? slug)
    {
        if (!IsValid(slug))
        {
            problems.Add("Slug", $"\"{slug}\" is not a valid slug: use lowercase letters, digits and single hyphens, at most {Entity.SlugMaxLength} characters.");
        }
    }

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NonWord();
}
