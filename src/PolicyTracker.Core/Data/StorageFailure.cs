using System.Data.Common;
using System.Net.Sockets;
using Microsoft.EntityFrameworkCore;

namespace PolicyTracker.Core.Data;

/// <summary>Failures of the database rather than of the request: unreachable, refusing connections, or too slow.</summary>
public static class StorageFailure
{
    public static bool Is(Exception failure) => failure switch
    {
        DbUpdateException or DbException or TimeoutException or SocketException => true,
        // EF Core and Npgsql wrap some of these (a timed-out pool wait, a failed connection open).
        InvalidOperationException or AggregateException => failure.InnerException is { } inner && Is(inner),
        _ => false,
    };
}
