using System.Text.RegularExpressions;

namespace PolicyTracker.Core.Common;

public sealed record ValidationProblem(string Field, string Message);

/// <summary>Collects what is wrong with an input, field by field, so nothing is saved until all is right.</summary>
public sealed partial class ValidationProblems
{
    private readonly List<ValidationProblem> problems = [];

    public IReadOnlyList<ValidationProblem> All => problems;

    public bool IsValid => problems.Count == 0;

    /// <summary>The messages grouped by field, the shape of an HTTP validation problem.</summary>
    public IDictionary<string, string[]> ByField() =>
        problems.GroupBy(p => p.Field).ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray());

    public void Add(string field, string message) => problems.Add(new ValidationProblem(field, message));

    /// <param name="label">The field's name as its form shows it, when that is not <paramref name="field"/>.</param>
    public void Required(string field, string? value, int maxLength, string? label = null)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(field, $"{label ?? field} is required.");
            return;
        }

        Text(field, value, maxLength);
    }

    /// <summary>Checks length and refuses markup: every field is plain text, shown exactly as typed.</summary>
    public void Text(string field, string? value, int maxLength)
    {
        if (value is null)
        {
            return;
        }

        if (value.Length > maxLength)
        {
            Add(field, $"{field} is {value.Length} characters long; the limit is {maxLength}.");
        }

        if (Markup().IsMatch(value))
        {
            Add(field, $"{field} contains HTML or script markup; enter plain text only.");
        }

        if (XmlSafeText.FirstInvalid(value) is { } invalid)
        {
            Add(field, $"{field} contains an invisible control character (U+{invalid:X4}), often pasted from a word processor; remove it and type the text again.");
        }
    }

    public void ThrowIfInvalid(string what)
    {
        if (!IsValid)
        {
            throw new ValidationException(what, problems);
        }
    }

    // A tag-like sequence: "<" followed by a letter, "/" or "!" (so "a < b" and "<3" stay allowed).
    [GeneratedRegex(@"<\s*[a-zA-Z/!?]|javascript\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex Markup();
}

public sealed class ValidationException(string what, IReadOnlyList<ValidationProblem> problems)
    : Exception($"{what} is not valid: " + string.Join(" ", problems.Select(p => p.Message)))
{
    public IReadOnlyList<ValidationProblem> Problems { get; } = problems;
}
