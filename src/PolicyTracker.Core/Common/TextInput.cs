namespace PolicyTracker.Core.Common;

public static class TextInput
{
    /// <summary>An optional field as stored: trimmed, and null when left blank.</summary>
    public static string? OrNull(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
