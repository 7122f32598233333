using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace PolicyTracker.Web.Workspace;

/// <summary>A save the database could not take (unreachable, timed out, refused): told to the person, never a dead form.</summary>
public static class SaveFailure
{
    public const string Message =
        "Not saved: the database did not take the change (it may be unreachable or busy). Everything you typed is still in the form; try Save again in a moment.";

    public static bool IsStorageFailure(Exception failure) =>
        failure is DbUpdateException or DbException or TimeoutException
        || (failure is InvalidOperationException && failure.InnerException is DbException or TimeoutException);
}
