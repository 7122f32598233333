using Microsoft.EntityFrameworkCore;
using PolicyTracker.Core.Data;
using PolicyTracker.Tests.Infrastructure;

namespace PolicyTracker.Tests.Data;

public class MigrationTests
{
    [Theory]
    [InlineData(DatabaseProvider.Postgres)]
    [InlineData(DatabaseProvider.Sqlite)]
    public async Task Migrations_apply_cleanly_to_an_empty_database(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, "migrate");
        await using var db = database.CreateContext();

        await db.Database.MigrateAsync();

        var applied = await db.Database.GetAppliedMigrationsAsync();
        Assert.Equal(db.Database.GetMigrations(), applied);
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(0, await db.Records.CountAsync());
        var indexes = provider == DatabaseProvider.Postgres
            ? "SELECT indexname AS \"Value\" FROM pg_indexes WHERE tablename = 'Records'"
            : "SELECT name AS \"Value\" FROM pragma_index_list('Records')";
        Assert.Contains("IX_Records_Timeline", await db.Database.SqlQueryRaw<string>(indexes).ToListAsync());
    }

    [Theory]
    [InlineData(DatabaseProvider.Postgres)]
    [InlineData(DatabaseProvider.Sqlite)]
    public async Task The_model_has_no_changes_missing_from_its_migrations(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, "model");
        await using var db = database.CreateContext();

        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges(), $"The model has changed since the last {provider} migration: add one.");
    }
}
