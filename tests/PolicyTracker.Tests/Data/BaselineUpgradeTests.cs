using Microsoft.EntityFrameworkCore;
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
        await using (var db = upgraded.CreateContext())
        {
            await new SampleDataLoader(db, TimeProvider.System).LoadAsync();
        }

        var rowsBefore = await RowCountsAsync(upgraded);

        await using (var db = upgraded.CreateContext())
        {
            await InitialiserFor(db).InitialiseAsync(loadSampleData: false);
            Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
            Assert.Single(db.Database.GetMigrations());
        }

        Assert.Equal(rowsBefore, await RowCountsAsync(upgraded));
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
        new(db, new SampleDataLoader(db, TimeProvider.System), NullLogger<DatabaseInitializer>.Instance);

    private static async Task<TestDatabase> MadeBySquashedMigrationsAsync(DatabaseProvider provider, string purpose)
    {
        var database = await TestDatabase.CreateAsync(provider, purpose);
        var script = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Data", "BeforeBaseline", $"{provider.ToString().ToLowerInvariant()}.sql"));
        await using var db = database.CreateContext();
        await db.Database.ExecuteSqlRawAsync(script);
        Assert.Equal(BaselineUpgrade.LastSquashedMigration(provider), (await db.Database.GetAppliedMigrationsAsync()).Last());
        return database;
    }

    /// <summary>The rows in every table the model maps.</summary>
    private static async Task<Dictionary<string, int>> RowCountsAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        var counts = new Dictionary<string, int>();
        foreach (var table in db.Model.GetEntityTypes().Select(e => e.GetTableName()).OfType<string>().Distinct())
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
