using PolicyTracker.Core.Common;

namespace PolicyTracker.Web.Workspace.Editing;

/// <summary>A refused save's messages, by field, so each form field can show its own next to it.</summary>
public sealed class FieldProblems
{
    private readonly IDictionary<string, string[]> byField;

    private FieldProblems(IDictionary<string, string[]> byField) => this.byField = byField;

    public static FieldProblems None { get; } = new(new Dictionary<string, string[]>());

    public static FieldProblems From(ValidationException invalid) =>
        new(invalid.Problems.GroupBy(p => p.Field).ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray()));

    public bool Any => byField.Count > 0;

    public bool Has(string field) => byField.ContainsKey(field);

    public string? For(string field) => byField.TryGetValue(field, out var messages) ? string.Join(" ", messages) : null;

    public IEnumerable<string> All => byField.Values.SelectMany(m => m);
}
