using PolicyTracker.Core.Data;

namespace PolicyTracker.Web.Workspace;

/// <summary>
/// Why a workspace action could not be done, in words for the person doing it, for the failures that are not
/// about what they typed: the database did not take the change, or their access was taken away meanwhile. The
/// form stays as it was, so nothing typed is lost; anything else is a bug and is left to the error handler.
/// </summary>
public static class ActionFailure
{
    public const string Storage =
        "Not saved: the database did not take the change (it may be unreachable or busy). Everything you typed is still in the form; try again in a moment.";

    public const string AccessEnded =
        "Not done: you are no longer allowed to do this (your role was changed, your account locked, or you were signed out). Everything you typed is still in the form; sign in again in another tab to continue.";

    /// <summary>The message for <paramref name="failure"/>, or null when it is not one of these.</summary>
    public static string? Explain(Exception failure) => failure switch
    {
        UnauthorizedAccessException => AccessEnded,
        _ when StorageFailure.Is(failure) => Storage,
        _ => null,
    };
}
