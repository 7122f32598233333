using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using PolicyTracker.Core.Data;
using PolicyTracker.Core.SampleData;
using PolicyTracker.Tests.Infrastructure;

namespace PolicyTracker.Tests.Data;

/// <summary>
/// A database made by the migrations squashed into the baseline (their script, Data/BeforeBaseline, as
/// `dotnet ef migrations script` wrote it before the squash) is taken over without loss or drift.
/// </summary>
public class BaselineUpgradeTests
{
    [Theory]
    [InlineData(DatabaseProvider.Postgres)]
    [InlineData(DatabaseProvider.Sqlite)]
    public async Task A_database_made_by_the_squashed_migrations_moves_onto_the_baseline_with_its_data_and_the_same_schema(DatabaseProvider provider)
    {
        await using var upgraded = await MadeBySquashedMigrationsAsync(provider, "before_baseline");
        await CopySampleRowsAsync(upgraded);
        var tables = (await ColumnsAsync(upgraded)).Keys.ToList();
        var rowsBefore = await RowCountsAsync(upgraded, tables);

        await using (var db = upgraded.CreateContext())
        {
            await InitialiserFor(db).InitialiseAsync(loadSampleData: false);
            Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
        }

        Assert.Equal(rowsBefore, await RowCountsAsync(upgraded, tables));
        Assert.True(rowsBefore["Records"] > 0 && rowsBefore["Citations"] > 0 && rowsBefore["Revisions"] > 0);
        await using var fresh = await TestDatabase.MigratedAsync(provider, "baseline_fresh");
        Assert.Equal(await SchemaAsync(fresh), await SchemaAsync(upgraded));
    }

    [Theory]
    [InlineData(DatabaseProvider.Postgres)]
    [InlineData(DatabaseProvider.Sqlite)]
    public async Task A_database_older_than_the_last_squashed_migration_is_refused_with_what_to_do_and_left_as_it_was(DatabaseProvider provider)
    {
        await using var older = await MadeBySquashedMigrationsAsync(provider, "older_than_baseline");
        var last = BaselineUpgrade.LastSquashedMigration(provider);
        await using var db = older.CreateContext();
        await db.Database.ExecuteSqlAsync($"DELETE FROM \"__EFMigrationsHistory\" WHERE \"MigrationId\" = {last}");
        var historyBefore = (await db.Database.GetAppliedMigrationsAsync()).ToList();

        var refusal = await Assert.ThrowsAsync<InvalidOperationException>(() => InitialiserFor(db).InitialiseAsync(loadSampleData: false));

        Assert.Contains(last, refusal.Message);
        Assert.Contains("docs/operations.md", refusal.Message);
        Assert.Equal(historyBefore, await db.Database.GetAppliedMigrationsAsync());
    }

    [Theory]
    [InlineData(DatabaseProvider.Postgres)]
    [InlineData(DatabaseProvider.Sqlite)]
    public async Task A_database_already_on_the_baseline_is_left_alone(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.MigratedAsync(provider, "on_baseline");
        var schemaBefore = await SchemaAsync(database);
        await using var db = database.CreateContext();

        await BaselineUpgrade.MoveOntoBaselineAsync(db, NullLogger.Instance);

        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
        Assert.Equal(schemaBefore, await SchemaAsync(database));
    }

    private static DatabaseInitializer InitialiserFor(PolicyTrackerDbContext db) =>
        new(db, new SampleDataLoader(db, TimeProvider.System), new DatabaseOptions(), NullLogger<DatabaseInitializer>.Instance);

    private static async Task<TestDatabase> MadeBySquashedMigrationsAsync(DatabaseProvider provider, string purpose)
    {
        var database = await TestDatabase.CreateAsync(provider, purpose);
        var script = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Data", "BeforeBaseline", $"{provider.ToString().ToLowerInvariant()}.sql"));
        await using var db = database.CreateContext();
        await db.Database.ExecuteSqlRawAsync(script);
        Assert.Equal(BaselineUpgrade.LastSquashedMigration(provider), (await db.Database.GetAppliedMigrationsAsync()).Last());
        return database;
    }

    /// <summary>
    /// Fills a database made by the squashed migrations with the sample data's rows, copied from the sample template
    /// column by column its older schema has: the loader writes through today's model, which that schema predates.
    /// </summary>
    private static async Task CopySampleRowsAsync(TestDatabase into)
    {
        await using var sample = await TestDatabase.WithSampleDataAsync(into.Provider, "sample_rows");
        await using var from = sample.CreateContext();
        await using var to = into.CreateContext();
        var reading = from.Database.GetDbConnection();
        await reading.OpenAsync();
        await to.Database.OpenConnectionAsync();
        await using var transaction = await to.Database.BeginTransactionAsync();
        // Rows go in table by table, not in the order their foreign keys need; the keys are checked at the end.
        await to.Database.ExecuteSqlRawAsync(into.Provider == DatabaseProvider.Postgres
            ? "SET LOCAL session_replication_role = replica"
            : "PRAGMA defer_foreign_keys = ON");
        foreach (var (table, columns) in await ColumnsAsync(into))
        {
            var names = string.Join(", ", columns.Select(c => $"\"{c}\""));
            await using var select = reading.CreateCommand();
            select.CommandText = $"SELECT {names} FROM \"{table}\""; // names from the schema, not input
            await using var rows = await select.ExecuteReaderAsync();
            while (await rows.ReadAsync())
            {
                await using var insert = to.Database.GetDbConnection().CreateCommand();
                insert.Transaction = transaction.GetDbTransaction();
                insert.CommandText = $"INSERT INTO \"{table}\" ({names}) VALUES ({string.Join(", ", columns.Select((_, i) => $"@p{i}"))})";
                for (var i = 0; i < columns.Count; i++)
                {
                    var parameter = insert.CreateParameter();
                    (parameter.ParameterName, parameter.Value) = ($"@p{i}", rows.GetValue(i));
                    insert.Parameters.Add(parameter);
                }

                await insert.ExecuteNonQueryAsync();
            }
        }

        await transaction.CommitAsync();
    }

    /// <summary>The app's tables in the database as it is, each with the columns a row is written to (not computed ones).</summary>
    private static async Task<Dictionary<string, List<string>>> ColumnsAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        var query = database.Provider == DatabaseProvider.Postgres
            ? """
              SELECT table_name || '|' || column_name AS "Value" FROM information_schema.columns
              WHERE table_schema = 'public' AND is_generated = 'NEVER' AND table_name <> '__EFMigrationsHistory'
              """
            : """
              SELECT m.name || '|' || p.name AS "Value" FROM sqlite_master m, pragma_table_info(m.name) p
              WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite%' AND m.name NOT LIKE '__EFMigrations%'
              """;
        return (await db.Database.SqlQueryRaw<string>(query).ToListAsync())
            .Select(line => line.Split('|')).GroupBy(parts => parts[0], parts => parts[1])
            .ToDictionary(table => table.Key, table => table.ToList());
    }

    /// <summary>The rows in each of <paramref name="tables"/>.</summary>
    private static async Task<Dictionary<string, int>> RowCountsAsync(TestDatabase database, IEnumerable<string> tables)
    {
        await using var db = database.CreateContext();
        var counts = new Dictionary<string, int>();
        foreach (var table in tables)
        {
            var count = "SELECT count(*) AS \"Value\" FROM \"" + table + "\""; // a table name from the model, not input
            counts[table] = await db.Database.SqlQueryRaw<int>(count).SingleAsync();
        }

        return counts;
    }

    /// <summary>Every column, key, index and constraint, one line each and sorted, so the order tables were built in does not count.</summary>
    private static async Task<List<string>> SchemaAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        var query = database.Provider == DatabaseProvider.Postgres
            ? """
              SELECT c.table_name || '.' || c.column_name || ' ' || c.data_type || ' ' || coalesce(c.character_maximum_length::text, '')
                     || ' ' || c.is_nullable || ' ' || coalesce(c.column_default, '') || ' ' || coalesce(c.generation_expression, '') AS "Value"
              FROM information_schema.columns c WHERE c.table_schema = 'public'
              UNION ALL SELECT indexdef FROM pg_indexes WHERE schemaname = 'public'
              UNION ALL SELECT conrelid::regclass::text || ' ' || conname || ' ' || pg_get_constraintdef(oid)
                        FROM pg_constraint WHERE connamespace = 'public'::regnamespace
              """
            : """
              SELECT m.name || '.' || p.name || ' ' || p.type || ' ' || p."notnull" || ' ' || coalesce(p.dflt_value, '') || ' ' || p.pk AS "Value"
              FROM sqlite_master m, pragma_table_info(m.name) p WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite%'
              UNION ALL SELECT m.name || ' references ' || f."from" || ' -> ' || f."table" || '.' || f."to" || ' on delete ' || f.on_delete
                        FROM sqlite_master m, pragma_foreign_key_list(m.name) f WHERE m.type = 'table'
              UNION ALL SELECT m.name || ' index ' || i.name || ' unique ' || i."unique" || ' on '
                               || (SELECT group_concat(coalesce(x.name, 'expression'), ', ') FROM pragma_index_xinfo(i.name) x WHERE x.key = 1)
                        FROM sqlite_master m, pragma_index_list(m.name) i WHERE m.type = 'table'
              """;
        var lines = await db.Database.SqlQueryRaw<string>(query).ToListAsync();
        // EF Core's SQLite migrations lock table appears with the first MigrateAsync; it is not the app's schema.
        return lines.Where(line => !line.StartsWith("__EFMigrationsLock", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
    }
}
