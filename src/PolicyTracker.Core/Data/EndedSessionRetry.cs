using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace PolicyTracker.Core.Data;

/// <summary>
/// After PostgreSQL restarts, every connection left in the pool is dead, and the first command sent on each is refused
/// with 57P01 although the server never ran it. This sends such a command once more, at once, on a new connection,
/// after emptying the pool of the dead ones, so a restart costs no reader a failed page. Nothing else is retried: a
/// timeout or a connection lost mid-command may have done the work, and inside the caller's own transaction the
/// earlier commands died with the session.
/// </summary>
public sealed class EndedSessionRetry(ExecutionStrategyDependencies dependencies)
    : ExecutionStrategy(dependencies, maxRetryCount: 1, maxRetryDelay: TimeSpan.Zero)
{
    /// <summary>
    /// False to EF Core, which would otherwise buffer every query's rows in memory before the first is read (streamed
    /// exports included) and refuse callers' own transactions; an ended session refuses a command before any row comes.
    /// </summary>
    public override bool RetriesOnFailure => false;

    protected override bool ShouldRetryOn(Exception? exception) =>
        exception is not null && StorageFailure.IsEndedSession(exception) && Dependencies.CurrentContext.Context.Database.CurrentTransaction is null;

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
