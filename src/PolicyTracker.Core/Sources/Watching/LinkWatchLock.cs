using Microsoft.EntityFrameworkCore;
using Npgsql;
using PolicyTracker.Core.Data;

namespace PolicyTracker.Core.Sources.Watching;

/// <summary>
/// One link watch at a time, however many instances run: on PostgreSQL a session advisory lock, held on a connection
/// of its own for the whole run, so the server releases it the moment the instance holding it dies; on SQLite, which
/// only one instance serves, a lock within the process.
/// </summary>
internal static class LinkWatchLock
{
    private const long Key = 0x50_54_4C_57; // "PTLW"

    private static readonly SemaphoreSlim WithinProcess = new(1, 1);

    /// <summary>The lock, or null when another instance (or this one) is already running the watch.</summary>
    public static async Task<IAsyncDisposable?> TryTakeAsync(PolicyTrackerDbContext db, CancellationToken cancellationToken)
    {
        if (!db.Database.IsNpgsql())
        {
            return await WithinProcess.WaitAsync(0, cancellationToken) ? new Held(() => WithinProcess.Release()) : null;
        }

        // Unpooled: a pooled connection would go back to the pool still holding the lock.
        var unpooled = new NpgsqlConnectionStringBuilder(db.Database.GetConnectionString()) { Pooling = false };
        var connection = new NpgsqlConnection(unpooled.ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand("SELECT pg_try_advisory_lock(@key)", connection);
            command.Parameters.AddWithValue("key", Key);
            if (await command.ExecuteScalarAsync(cancellationToken) is true)
            {
                return new Held(connection.Dispose); // ending the session releases the lock
            }
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }

        await connection.DisposeAsync();
        return null;
    }

    private sealed class Held(Action release) : IAsyncDisposable
    {
        public ValueTask DisposeAsync()
        {
            release();
            return ValueTask.CompletedTask;
        }
    }
}
