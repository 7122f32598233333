using System.Text.RegularExpressions;

namespace PolicyTracker.Core.Common;

/// <summary>Code names as words a reader can read: "StatementOfPrinciples" → "Statement of principles".</summary>
public static partial class Words
{
    private static readonly Dictionary<string, string> Acronyms = new(StringComparer.Ordinal)
    {
        ["nz"] = "NZ", ["oia"] = "OIA", ["us"] = "US", ["aukus"] = "AUKUS", ["url"] = "URL",
    };

    public static string Of(Enum value) => Of(value.ToString());

    public static string Of(string pascal)
    {
        if (pascal.Length == 0)
        {
            return pascal;
        }

        var words = CaseBoundary().Replace(pascal, " ").ToLowerInvariant().Split(' ')
            .Select(word => Acronyms.GetValueOrDefault(word, word));
        var text = string.Join(' ', words);
        return char.ToUpperInvariant(text[0]) + text[1..];
    }

    [GeneratedRegex("(?<=[a-z0-9])(?=[A-Z])")]
    private static partial Regex CaseBoundary();
}
