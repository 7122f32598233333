using System.Data.Common;
using System.Net.Sockets;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace PolicyTracker.Core.Data;

/// <summary>Failures of the database rather than of the request: unreachable, refusing connections, or too slow.</summary>
public static class StorageFailure
{
    public static bool Is(Exception failure) => failure switch
    {
        DbUpdateException or DbException or TimeoutException or SocketException => true,
        // EF Core and Npgsql wrap some of these (a timed-out pool wait, a failed connection open, a retry that failed again).
        InvalidOperationException or AggregateException or RetryLimitExceededException => failure.InnerException is { } inner && Is(inner),
        _ => false,
    };

    /// <summary>The server refused a connection because all of its connections are taken (53300), which is not the same as being away.</summary>
    public static bool IsOutOfConnections(Exception failure) =>
        Causes(failure).Any(cause => cause is PostgresException { SqlState: PostgresErrorCodes.TooManyConnections });

    /// <summary>
    /// The server had already ended the session when the command came (a restart or a crash elsewhere): nothing of the
    /// command was done, so it may be sent again on a new connection.
    /// </summary>
    public static bool IsEndedSession(Exception failure) =>
        Causes(failure).Any(cause => cause is PostgresException { SqlState: PostgresErrorCodes.AdminShutdown or PostgresErrorCodes.CrashShutdown });

    /// <summary>
    /// The connection broke under the command (08006: the socket was reset or closed), as when a restart's reset
    /// reaches a pooled connection before its "terminating connection" message is read. The server may or may not
    /// have run the command, so only a read may be sent again.
    /// </summary>
    public static bool IsBrokenConnection(Exception failure) =>
        Causes(failure).Any(cause => cause is NpgsqlException { InnerException: IOException or SocketException } and not PostgresException);

    private static IEnumerable<Exception> Causes(Exception? failure)
    {
        for (; failure is not null; failure = failure.InnerException)
        {
            yield return failure;
        }
    }
}
