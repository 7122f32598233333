using System.Text.RegularExpressions;
using PolicyTracker.Tests.Infrastructure;

namespace PolicyTracker.Tests.Workspace;

/// <summary>
/// A value typed or pasted into a workspace form travels to the server in one circuit message, whose limit is 32 KB.
/// A field with no length limit let a long paste close the connection, and the record was then saved with that
/// field empty, without a word. Every text field carries its rule's maximum, so the browser stops the typing at
/// the limit, and the largest (4,000 characters, even as escaped control characters) fits in one message.
/// </summary>
public partial class FormLimitsTests
{
    [Fact]
    public void Every_text_field_in_the_app_has_a_maximum_length()
    {
        var components = Directory.GetFiles(Path.Combine(Repository.Root, "src", "PolicyTracker.Web"), "*.razor", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
        var fields = components
            .SelectMany(path => TextField().Matches(File.ReadAllText(path)).Select(match => (File: Path.GetFileName(path), Tag: match.Value)))
            .ToList();

        Assert.True(fields.Count > 30, $"Only {fields.Count} text fields found: has the component been renamed?");
        Assert.All(fields, field => Assert.True(field.Tag.Contains("MaxLength=", StringComparison.Ordinal), $"{field.File}: {field.Tag}"));
    }

    [GeneratedRegex("<MudTextField\\b.*?(?:/>|</MudTextField>)", RegexOptions.Singleline)]
    private static partial Regex TextField();
}
