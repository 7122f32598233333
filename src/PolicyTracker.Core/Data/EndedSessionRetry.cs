using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace PolicyTracker.Core.Data;

/// <summary>
/// After PostgreSQL restarts, every connection left in the pool is dead, and the first command sent on each is refused
/// with 57P01 although the server never ran it (or, when the reset outruns that message, with a broken connection).
/// This sends such a command again, at once, on a new connection, after emptying the pool of the dead ones, so a
/// restart costs no reader a failed page. Up to three times: Npgsql's pool clearing returns at once while another
/// request's clearing is still closing the dead connections, so a retry can meet one of them (seen in 2 of 8 runs of
/// DatabaseFaultTests with a single retry); each dead connection met is discarded, so the tries run out only in an
/// outage. A broken connection is retried only for a read, since a write may have been done; nothing else is retried:
/// a timeout may have done the work, and inside the caller's own transaction the earlier commands died with the session.
/// </summary>
public sealed class EndedSessionRetry(ExecutionStrategyDependencies dependencies)
    : ExecutionStrategy(dependencies, maxRetryCount: 3, maxRetryDelay: TimeSpan.Zero)
{
    /// <summary>
    /// False to EF Core, which would otherwise buffer every query's rows in memory before the first is read (streamed
    /// exports included) and refuse callers' own transactions; an ended session refuses a command before any row comes.
    /// </summary>
    public override bool RetriesOnFailure => false;

    protected override bool ShouldRetryOn(Exception? exception)
    {
        var context = Dependencies.CurrentContext.Context;
        if (exception is null || context.Database.CurrentTransaction is not null)
        {
            return false;
        }

        // A reset connection may have run the command; a read is safe to repeat, a save (its changes still pending) is not.
        return StorageFailure.IsEndedSession(exception)
            || (StorageFailure.IsBrokenConnection(exception) && !context.ChangeTracker.HasChanges());
    }

    protected override TimeSpan? GetNextDelay(Exception lastException) =>
        ExceptionsEncountered.Count <= MaxRetryCount ? TimeSpan.Zero : null;

    protected override void OnRetry()
    {
        if (Dependencies.CurrentContext.Context.Database.GetDbConnection() is NpgsqlConnection connection)
        {
            NpgsqlConnection.ClearPool(connection);
        }
    }
}
