using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using PolicyTracker.Core.SampleData;

namespace PolicyTracker.Core.Data;

/// <summary>Brings the database to the current schema at start and, when it holds no records yet, loads the sample data.</summary>
public sealed class DatabaseInitializer(
    PolicyTrackerDbContext db,
    SampleDataLoader sampleData,
    DatabaseOptions options,
    ILogger<DatabaseInitializer> logger)
{
    /// <summary>Any number, the same for every instance of the app: the PostgreSQL advisory lock taken at start.</summary>
    private const long StartLockKey = 0x5054_5354_4152_54; // "PTSTART"

    /// <summary>
    /// Holds a database-wide lock until disposed, so that instances started together migrate, load the sample data
    /// and create the first administrator one after another instead of all at once. On SQLite (one process) it is a no-op.
    /// </summary>
    public async Task<IAsyncDisposable> LockForStartAsync(CancellationToken cancellationToken = default)
    {
        if (!db.Database.IsNpgsql())
        {
            return NoLock.Instance;
        }

        // The lock belongs to the session, so the context keeps this one connection open until it is released.
        await db.Database.OpenConnectionAsync(cancellationToken);
        logger.LogInformation("Waiting for the start-up lock (other instances may be migrating)");
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_lock({StartLockKey})", cancellationToken);
        return new StartLock(db);
    }

    private sealed class StartLock(PolicyTrackerDbContext db) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_unlock({StartLockKey})");
            await db.Database.CloseConnectionAsync();
        }
    }

    private sealed class NoLock : IAsyncDisposable
    {
        public static readonly NoLock Instance = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }

    public async Task InitialiseAsync(bool loadSampleData, CancellationToken cancellationToken = default)
    {
        await ConnectionBudget.WarnWhenPoolsCannotFitAsync(db, options, logger, cancellationToken);
        await BaselineUpgrade.MoveOntoBaselineAsync(db, logger, cancellationToken);
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count > 0)
        {
            logger.LogInformation("Applying {Count} database migrations: {Migrations}", pending.Count, pending);
            var requestTimeout = db.Database.GetCommandTimeout();
            db.Database.SetCommandTimeout(options.MigrationTimeoutSeconds);
            try
            {
                await db.Database.MigrateAsync(cancellationToken);
            }
            finally
            {
                db.Database.SetCommandTimeout(requestTimeout);
            }
        }

        if (loadSampleData && !await db.Records.IgnoreQueryFilters().AnyAsync(cancellationToken))
        {
            var added = await sampleData.LoadAsync(cancellationToken);
            logger.LogInformation("Loaded the sample data: {Added} entities added", added);
        }
    }
}
