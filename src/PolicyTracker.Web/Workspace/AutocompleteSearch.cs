namespace PolicyTracker.Web.Workspace;

/// <summary>What a workspace autocomplete lists for the text in its box.</summary>
public static class AutocompleteSearch
{
    /// <summary>
    /// Every option while the box is empty or shows the current choice (so opening it offers them all), else those
    /// whose name has the text typed, in any case.
    /// </summary>
    public static Task<IEnumerable<T>> Matching<T>(IEnumerable<T> options, string? text, string? chosen, Func<T, string> name) =>
        Task.FromResult(string.IsNullOrWhiteSpace(text) || text == chosen
            ? options
            : options.Where(option => name(option).Contains(text.Trim(), StringComparison.OrdinalIgnoreCase)));
}
