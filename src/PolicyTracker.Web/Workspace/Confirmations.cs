using MudBlazor;

namespace PolicyTracker.Web.Workspace;

/// <summary>
/// The question a destructive or far-reaching action asks first: what will happen, in words, with a button named
/// for the action and a way out. Nothing is done unless the person chooses the action.
/// </summary>
public static class Confirmations
{
    public static async Task<bool> ConfirmAsync(this IDialogService dialogs, string title, string whatWillHappen, string action) =>
        await dialogs.ShowMessageBoxAsync(title, whatWillHappen, yesText: action, cancelText: "Cancel") == true;
}
