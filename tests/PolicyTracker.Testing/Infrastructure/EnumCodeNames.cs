using System.Text.RegularExpressions;
using PolicyTracker.Core.Records;

namespace PolicyTracker.Tests.Infrastructure;

/// <summary>
/// The code names of the model's enumeration values that a reader would notice if one leaked onto a page, a file or a
/// feed: those with a capital inside the word ("InReview", "OiaRelease").
/// </summary>
public static partial class EnumCodeNames
{
    [GeneratedRegex("[a-z][A-Z]")]
    public static partial Regex CodeNameCasing();

    public static IEnumerable<Type> ModelEnums => typeof(TrackedRecord).Assembly.GetTypes().Where(t => t.IsEnum && t.IsPublic);

    public static readonly IReadOnlyList<string> All =
        ModelEnums.SelectMany(Enum.GetNames).Where(name => CodeNameCasing().IsMatch(name)).Distinct().ToList();

    /// <summary>The code names that appear in <paramref name="text"/> as words of their own.</summary>
    public static IReadOnlyList<string> FoundIn(string text) => All.Where(name => Regex.IsMatch(text, $@"\b{name}\b")).ToList();
}
