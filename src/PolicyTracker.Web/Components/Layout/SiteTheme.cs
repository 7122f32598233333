using MudBlazor;

namespace PolicyTracker.Web.Components.Layout;

/// <summary>
/// The one theme of the public site and the workspace. MudBlazor's default info, success, warning and error colours
/// fall below WCAG AA contrast (4.5:1) as text on white and on their own light alert backgrounds; these darker ones pass.
/// </summary>
public static class SiteTheme
{
    public static readonly MudTheme Value = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1d3557",
            Secondary = "#2f5f7e",
            AppbarBackground = "#1d3557",
            Info = "#0b57a4",
            Success = "#1e6b24",
            Warning = "#8a4600",
            Error = "#b3261e",
        },
    };
}
