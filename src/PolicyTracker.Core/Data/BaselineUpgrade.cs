using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Logging;
using PolicyTracker.Core.Timeline;

namespace PolicyTracker.Core.Data;

/// <summary>
/// Moves a database made before the migrations were squashed (December 2026) onto the one baseline migration per
/// provider. A database at the last squashed migration already has the baseline's schema, so only its migrations
/// history is rewritten; an older one must first be brought to that point by the release before the squash.
/// </summary>
public static class BaselineUpgrade
{
    /// <summary>The last migration each provider had before the squash.</summary>
    public static string LastSquashedMigration(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.Postgres => "20261202031941_QuestionTextSearchable",
        _ => "20261126020551_OiaRevealedRecords",
    };

    /// <summary>Rewrites the history of a database made by the squashed migrations; does nothing to any other.</summary>
    public static async Task MoveOntoBaselineAsync(PolicyTrackerDbContext db, ILogger logger, CancellationToken cancellationToken = default)
    {
        var applied = (await db.Database.GetAppliedMigrationsAsync(cancellationToken)).ToList();
        var migrations = db.Database.GetMigrations().ToList();
        if (applied.Count == 0 || applied.Any(migrations.Contains))
        {
            return;
        }

        var provider = db.Database.IsNpgsql() ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite;
        var lastSquashed = LastSquashedMigration(provider);
        if (!applied.Contains(lastSquashed))
        {
            throw new InvalidOperationException(
                $"This database was made by an older release: its last migration is {applied.Max()}, and this release " +
                $"can only take over a database at {lastSquashed}. Start the release before the migrations were squashed " +
                "(docs/operations.md, Upgrading) once against it, then this one.");
        }

        var baseline = migrations[0];
        var history = db.GetService<IHistoryRepository>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var old in applied)
        {
            await db.Database.ExecuteSqlRawAsync(history.GetDeleteScript(old), cancellationToken);
        }

        await db.Database.ExecuteSqlRawAsync(history.GetInsertScript(new HistoryRow(baseline, ProductInfo.GetVersion())), cancellationToken);
        // SQLite's rebuilds of the records table in the squashed migrations dropped this hand-made index.
        await db.Database.ExecuteSqlRawAsync(TimelineIndex.CreateSql, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation(
            "Moved the database's migrations history onto the baseline {Baseline} ({Count} squashed migrations)", baseline, applied.Count);
    }
}
