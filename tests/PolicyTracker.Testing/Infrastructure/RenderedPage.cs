using System.Text.RegularExpressions;

namespace PolicyTracker.Tests.Infrastructure;

public static partial class RenderedPage
{
    /// <summary>
    /// A page without what differs on every rendering (Blazor's encrypted state comment, MudBlazor's generated element
    /// ids), so two renderings of the same content compare equal.
    /// </summary>
    public static string WithoutRenderingNoise(string body) =>
        TableId().Replace(ChipId().Replace(StateComment().Replace(body, ""), "chip-container"), "mudtable");

    [GeneratedRegex("<!--Blazor-Server-Component-State:[^>]*-->")]
    private static partial Regex StateComment();

    [GeneratedRegex("chip-container-[0-9a-f-]{36}")]
    private static partial Regex ChipId();

    [GeneratedRegex("mudtable_[0-9a-z]+")]
    private static partial Regex TableId();
}
