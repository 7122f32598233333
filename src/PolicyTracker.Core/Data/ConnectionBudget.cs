using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace PolicyTracker.Core.Data;

/// <summary>
/// Whether every instance's connection pool fits in the PostgreSQL server's connections. When they cannot, a busy
/// moment ends in refused connections (53300); said once at start, that is a setting to change, not a mystery.
/// </summary>
public static class ConnectionBudget
{
    public static async Task WarnWhenPoolsCannotFitAsync(PolicyTrackerDbContext db, DatabaseOptions options, ILogger logger, CancellationToken cancellationToken)
    {
        if (!db.Database.IsNpgsql())
        {
            return;
        }

        var pool = new Npgsql.NpgsqlConnectionStringBuilder(db.Database.GetConnectionString()).MaxPoolSize;
        // reserved_connections exists from PostgreSQL 16; missing_ok reads it as empty before.
        var allowed = await ReadAsync(db, "SELECT current_setting('max_connections')::int AS \"Value\"", cancellationToken);
        var reserved = await ReadAsync(db, "SELECT current_setting('superuser_reserved_connections')::int AS \"Value\"", cancellationToken)
            + await ReadAsync(db, "SELECT coalesce(nullif(current_setting('reserved_connections', true), ''), '0')::int AS \"Value\"", cancellationToken);
        var wanted = options.Instances * pool;
        if (wanted > allowed - reserved)
        {
            logger.LogWarning(
                "The connection pools cannot fit: {Instances} instances × {Pool} connections = {Wanted}, but the server's max_connections {Allowed} " +
                "leaves {Available} after the {Reserved} it reserves. At a busy moment connections will be refused (53300). Lower " +
                "Database:MaxPoolSize, or raise max_connections; Database:Instances says how many instances share the database",
                options.Instances, pool, wanted, allowed, allowed - reserved, reserved);
        }
    }

    private static Task<int> ReadAsync(PolicyTrackerDbContext db, string sql, CancellationToken cancellationToken) =>
        db.Database.SqlQueryRaw<int>(sql).SingleAsync(cancellationToken);
}
