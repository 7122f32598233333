using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using PolicyTracker.Core.Common;
using PolicyTracker.Core.Data;
using PolicyTracker.Core.Dataset;
using PolicyTracker.Core.Editing;
using PolicyTracker.Core.History;
using PolicyTracker.Core.Publication;
using PolicyTracker.Core.SampleData;

namespace PolicyTracker.Tests.Infrastructure;

/// <summary>An empty database of either provider, for one test class or one test.</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private TestDatabase(DatabaseProvider provider, string connectionString, string? file, PostgresServer? server = null, bool kept = false)
    {
        Kept = kept;
        Provider = provider;
        ConnectionString = connectionString;
        File = file;
        Server = server ?? (file is null ? PostgresServer.Instance : null);
    }

    public DatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    private string? File { get; }

    private PostgresServer? Server { get; }

    /// <summary>Left on the server when disposed, to be used again (<see cref="KeptAsync"/>).</summary>
    private bool Kept { get; }

    /// <summary>An empty PostgreSQL database on <paramref name="cluster"/> rather than the shared server.</summary>
    public static async Task<TestDatabase> CreateAsync(PrivatePostgresCluster cluster, string purpose) =>
        new(DatabaseProvider.Postgres, await cluster.Server.CreateDatabaseAsync(purpose), null, cluster.Server);

    /// <summary>An empty database, for tests of what the app does to one (migrations, the first start).</summary>
    public static Task<TestDatabase> CreateAsync(DatabaseProvider provider, string purpose) => CreateAsync(provider, purpose, template: null);

    /// <summary>
    /// A PostgreSQL database of a fixed name on the shared server, made empty if missing and kept when disposed, with
    /// whether it was made: the bench generates a million records once and measures them on later runs.
    /// </summary>
    public static async Task<(TestDatabase Database, bool Made)> KeptAsync(string name)
    {
        var (connectionString, made) = await PostgresServer.Instance.EnsureDatabaseAsync(name);
        return (new TestDatabase(DatabaseProvider.Postgres, connectionString, null, kept: true), made);
    }

    /// <summary>A database at the current schema, with no data.</summary>
    public static async Task<TestDatabase> MigratedAsync(DatabaseProvider provider, string purpose) =>
        await CreateAsync(provider, purpose, await Templates.MigratedAsync(provider));

    /// <summary>A migrated database holding the sample data, as the app has after its first start.</summary>
    public static async Task<TestDatabase> WithSampleDataAsync(DatabaseProvider provider, string purpose) =>
        await CreateAsync(provider, purpose, await Templates.WithSampleDataAsync(provider));

    private static async Task<TestDatabase> CreateAsync(DatabaseProvider provider, string purpose, TestDatabase? template)
    {
        if (provider == DatabaseProvider.Postgres)
        {
            return new TestDatabase(provider, await PostgresServer.Instance.CreateDatabaseAsync(purpose, template?.ConnectionString), null);
        }

        var file = Path.Combine(Path.GetTempPath(), $"policytracker-{purpose}-{Guid.NewGuid():N}.db");
        if (template is not null)
        {
            System.IO.File.Copy(template.File!, file);
        }

        return new TestDatabase(provider, $"Data Source={file};Pooling=False", file);
    }

    /// <summary>
    /// The two starting points most tests need, made once per test run and per provider, then copied: migrating and
    /// loading the sample data took seconds a database, a copy takes milliseconds.
    /// </summary>
    private static class Templates
    {
        private static readonly Dictionary<(DatabaseProvider Provider, bool SampleData), Lazy<Task<TestDatabase>>> Made =
            Enum.GetValues<DatabaseProvider>().SelectMany(p => new[] { (p, false), (p, true) })
                .ToDictionary(key => key, key => new Lazy<Task<TestDatabase>>(() => MakeAsync(key.Item1, key.Item2)));

        public static Task<TestDatabase> MigratedAsync(DatabaseProvider provider) => Made[(provider, false)].Value;

        public static Task<TestDatabase> WithSampleDataAsync(DatabaseProvider provider) => Made[(provider, true)].Value;

        private static async Task<TestDatabase> MakeAsync(DatabaseProvider provider, bool sampleData)
        {
            var template = sampleData
                ? await CreateAsync(provider, "template_sample", await MigratedAsync(provider))
                : await (await CreateAsync(provider, "template_migrated", template: null)).MigrateAsync();
            if (sampleData)
            {
                await using var db = template.CreateContext();
                await new SampleDataLoader(db, TimeProvider.System).LoadAsync();
            }

            // A template is copied only while nothing is connected to it.
            if (provider == DatabaseProvider.Postgres)
            {
                Npgsql.NpgsqlConnection.ClearPool(new Npgsql.NpgsqlConnection(template.ConnectionString));
            }

            return template;
        }
    }

    /// <summary>A context whose changes are attributed to <paramref name="actor"/>.</summary>
    public PolicyTrackerDbContext CreateContext(string actor = "test") => CreateContext(new SystemActor(actor));

    public PolicyTrackerDbContext CreateContext(IActor actor, IPublicContentCache? publicCache = null) =>
        CreateContext(new RevisionJournal(actor, TimeProvider.System), publicCache);

    /// <summary>
    /// A context journalled by <paramref name="revisions"/> and evicting from <paramref name="publicCache"/>, as the
    /// app's are by their scope's, with any interceptors a test adds to watch it (<paramref name="watchers"/>).
    /// </summary>
    public PolicyTrackerDbContext CreateContext(RevisionJournal revisions, IPublicContentCache? publicCache = null, params IInterceptor[] watchers)
    {
        var options = new DbContextOptionsBuilder<PolicyTrackerDbContext>();
        options.UsePolicyTrackerDatabase(Provider, ConnectionString)
            .AddInterceptors([new PublicCacheEviction(publicCache ?? NoPublicContentCache.Instance), revisions, .. watchers]);
        return new PolicyTrackerDbContext(options.Options);
    }

    /// <summary>
    /// A record editor acting as <paramref name="actor"/> (an editor by default) on its own context, disposed with it.
    /// One test actor writes and publishes unless the test is about review: the second-approver rule is off unless asked for.
    /// </summary>
    public EditingSession Edit(IActor? actor = null, IPublicContentCache? publicCache = null, bool requireSecondApprover = false)
    {
        actor ??= TestActor.Editor();
        var revisions = new RevisionJournal(actor, TimeProvider.System);
        var db = CreateContext(revisions, publicCache);
        var rules = new EditingRules { RequireSecondApprover = requireSecondApprover };
        return new EditingSession(db, new RecordEditor(db, revisions, actor, TimeProvider.System, rules));
    }

    /// <summary>
    /// A new PostgreSQL database restored from a custom-format dump of this one, taken with pg_dump -Fc and restored
    /// with pg_restore in one transaction, as docs/operations.md tells an operator to.
    /// </summary>
    public async Task<TestDatabase> RestoreCopyAsync(string purpose)
    {
        var dump = Path.Combine(Path.GetTempPath(), $"policytracker-{purpose}-{Guid.NewGuid():N}.dump");
        try
        {
            await PostgresServer.RunClientAsync("pg_dump", ConnectionString, "-Fc", "-f", dump);
            var copy = await CreateAsync(DatabaseProvider.Postgres, purpose);
            await PostgresServer.RunClientAsync("pg_restore", copy.ConnectionString, "--no-owner", "--single-transaction", "--exit-on-error", dump);
            return copy;
        }
        finally
        {
            System.IO.File.Delete(dump);
        }
    }

    /// <summary>The whole database as the workspace's export writes it, downloaded by an analyst.</summary>
    public async Task<string> ExportDatasetAsync()
    {
        await using var db = CreateContext();
        return await ExportDatasetAsync(db);
    }

    /// <summary>The dataset <paramref name="db"/> holds, as the export writes it.</summary>
    public static async Task<string> ExportDatasetAsync(PolicyTrackerDbContext db)
    {
        using var output = new MemoryStream();
        await new DatasetExporter(db, new TestActor("analyst@example.org", TestActor.AnalystRoles)).WriteAsync(output);
        return System.Text.Encoding.UTF8.GetString(output.ToArray());
    }

    /// <summary>Imports a dataset file as the workspace's import does, by an editor.</summary>
    public async Task<ImportSummary> ImportDatasetAsync(string json, bool requireSecondApprover = false)
    {
        var importer = TestActor.Editor("importer@example.org");
        await using var db = CreateContext(importer);
        var rules = new EditingRules { RequireSecondApprover = requireSecondApprover };
        return await new DatasetImporter(db, importer, TimeProvider.System, rules).ImportAsync(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json)));
    }

    /// <summary>Applies every migration, as the app does at start.</summary>
    public async Task<TestDatabase> MigrateAsync()
    {
        await using var db = CreateContext();
        db.Database.SetCommandTimeout(new DatabaseOptions().MigrationTimeoutSeconds); // as the app's start does
        await db.Database.MigrateAsync();
        return this;
    }

    public async ValueTask DisposeAsync()
    {
        if (File is null)
        {
            Npgsql.NpgsqlConnection.ClearAllPools();
            if (!Kept)
            {
                await Server!.DropDatabaseAsync(ConnectionString);
            }

            return;
        }

        SqliteConnection.ClearAllPools();
        System.IO.File.Delete(File);
    }
}

public sealed class EditingSession(PolicyTrackerDbContext db, RecordEditor editor) : IAsyncDisposable
{
    public PolicyTrackerDbContext Db { get; } = db;

    public RecordEditor Editor { get; } = editor;

    public ValueTask DisposeAsync() => Db.DisposeAsync();
}
