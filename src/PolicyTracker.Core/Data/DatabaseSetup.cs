using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PolicyTracker.Core.History;
using PolicyTracker.Core.Publication;
using PolicyTracker.Core.Common;

namespace PolicyTracker.Core.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>The <c>Database</c> configuration section: which provider, and its connection string.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>When empty with SQLite, a file in the app's data folder is used.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>
    /// PostgreSQL connections one instance may hold. Instances × this must stay below the server's
    /// <c>max_connections</c> (100 by default) less what backups and administrators need: 4 instances × 20 = 80.
    /// A pool size written in the connection string wins.
    /// </summary>
    public int MaxPoolSize { get; set; } = 20;

    /// <summary>How long one database command may run before it is abandoned, so a frozen database cannot hold requests forever.</summary>
    public int CommandTimeoutSeconds { get; set; } = 15;

    /// <summary>
    /// How long one migration command may run at start. Far longer than a request's: a migration that rewrites the
    /// records table (a new stored column) took over 30 s at a million records, and a time-out there stops the start.
    /// </summary>
    public int MigrationTimeoutSeconds { get; set; } = 3600;

    /// <summary>How long opening a connection may take (PostgreSQL), likewise.</summary>
    public int ConnectTimeoutSeconds { get; set; } = 5;

    /// <summary>
    /// How long, after a command's time is up, to wait for the server to confirm it was cancelled (PostgreSQL). Npgsql
    /// waits 2 s by default; a frozen server never confirms, so that wait would be added to every timed-out request.
    /// </summary>
    public int CancellationTimeoutMilliseconds { get; set; } = 500;

    /// <summary>
    /// How many app instances share the database, so the start can say when their pools cannot all fit in the server's
    /// <c>max_connections</c>.
    /// </summary>
    public int Instances { get; set; } = 1;

    /// <summary>
    /// Settings for each PostgreSQL session (Npgsql's <c>Options</c>), unless the connection string states its own.
    /// A page's queries read a few rows through an index; measured at a million records, the server's JIT compiler
    /// (used for any query whose estimated cost is high, as a misestimated join's is) spent about 600 ms compiling a
    /// query that then ran in 3 ms, and a parallel plan's workers took 70–90 ms to start for a 3 ms query.
    /// </summary>
    public string SessionOptions { get; set; } = "-c jit=off -c max_parallel_workers_per_gather=0";

    /// <summary>The connection string with the pool size and time limits applied where it does not state its own.</summary>
    public string PostgresConnectionString(string connectionString)
    {
        // The generic builder keeps only the keys written, so it tells a stated value from Npgsql's default.
        var stated = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString };
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        if (!new[] { "Maximum Pool Size", "Max Pool Size", "MaxPoolSize", "Maximum PoolSize" }.Any(stated.ContainsKey))
        {
            builder.MaxPoolSize = MaxPoolSize;
        }

        if (!stated.ContainsKey("Timeout"))
        {
            builder.Timeout = ConnectTimeoutSeconds;
        }

        if (!new[] { "Cancellation Timeout", "CancellationTimeout" }.Any(stated.ContainsKey))
        {
            builder.CancellationTimeout = CancellationTimeoutMilliseconds;
        }

        // Cancelling a timed-out command opens a connection of its own, which first offers GSS (Kerberos) encryption;
        // a frozen server answers neither offer, so each would add the connect limit again to a reader's wait.
        if (!new[] { "GSS Encryption Mode", "GssEncryptionMode" }.Any(stated.ContainsKey))
        {
            builder.GssEncryptionMode = Npgsql.GssEncryptionMode.Disable;
        }

        if (!stated.ContainsKey("Options") && !string.IsNullOrWhiteSpace(SessionOptions))
        {
            builder.Options = SessionOptions;
        }

        return builder.ConnectionString;
    }
}

public static class DatabaseSetup
{
    public const string PostgresMigrationsAssembly = "PolicyTracker.Migrations.Postgres";
    public const string SqliteMigrationsAssembly = "PolicyTracker.Migrations.Sqlite";

    /// <summary>Points EF Core at the chosen provider, with that provider's own migrations.</summary>
    public static DbContextOptionsBuilder UsePolicyTrackerDatabase(
        this DbContextOptionsBuilder builder, DatabaseProvider provider, string connectionString, int? commandTimeoutSeconds = null)
    {
        // A soft-deleted agreement or source hides what hangs off it; that is the intent, not a mistake.
        builder.ConfigureWarnings(w => w.Ignore(CoreEventId.PossibleIncorrectRequiredNavigationWithQueryFilterInteractionWarning));
        return provider switch
        {
            DatabaseProvider.Postgres => builder.UseNpgsql(connectionString, o => o
                .MigrationsAssembly(PostgresMigrationsAssembly).CommandTimeout(commandTimeoutSeconds).ExecutionStrategy(d => new EndedSessionRetry(d))),
            // SQLite drops a column by rebuilding its table with foreign keys off, which cannot happen inside the
            // migration's transaction; EF Core says so at every first start. The embedded database is for trying the
            // app: a trial database that fails half-way is deleted and made again from the sample data, so the notice is
            // kept in the log at Information, not raised as a warning an operator must act on.
            _ => builder.UseSqlite(connectionString, o => o.MigrationsAssembly(SqliteMigrationsAssembly).CommandTimeout(commandTimeoutSeconds))
                .ConfigureWarnings(w => w.Log((RelationalEventId.NonTransactionalMigrationOperationWarning, LogLevel.Information))),
        };
    }

    /// <summary>
    /// Npgsql cancels a timed-out command on the server through a connection of its own, opened while a thread waits
    /// (up to the connect limit, when the server is frozen). When the database freezes, every waiting request does this
    /// at once; the thread pool, which starts with one thread per core and adds about one a second, would otherwise
    /// leave the pages that need no database waiting behind them.
    /// </summary>
    private static void KeepThreadsForCancellation(DatabaseOptions options)
    {
        ThreadPool.GetMinThreads(out var workers, out var completionPorts);
        ThreadPool.SetMinThreads(Math.Max(workers, options.MaxPoolSize + Environment.ProcessorCount), completionPorts);
    }

    public static IServiceCollection AddPolicyTrackerDatabase(
        this IServiceCollection services, IConfiguration configuration, string dataFolder)
    {
        var options = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var connectionString = options.ConnectionString;
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            if (options.Provider == DatabaseProvider.Postgres)
            {
                throw new InvalidOperationException(
                    "Database:Provider is Postgres but Database:ConnectionString is empty. Set it, e.g. " +
                    "Database__ConnectionString=\"Host=localhost;Database=policytracker;Username=...;Password=...\".");
            }

            Directory.CreateDirectory(dataFolder);
            connectionString = $"Data Source={Path.Combine(dataFolder, "policytracker.db")}";
        }

        if (options.Provider == DatabaseProvider.Postgres)
        {
            connectionString = options.PostgresConnectionString(connectionString);
            KeepThreadsForCancellation(options);
        }

        services.AddSingleton(options);
        services.AddSingleton(configuration.GetSection(Editing.EditingRules.Section).Get<Editing.EditingRules>() ?? new Editing.EditingRules());
        services.AddScoped<RevisionJournal>();
        services.AddScoped<Publication.PublicCacheEviction>();
        services.AddDbContext<PolicyTrackerDbContext>((provider, db) => db
            .UsePolicyTrackerDatabase(options.Provider, connectionString, options.CommandTimeoutSeconds)
            .AddInterceptors(provider.GetRequiredService<Publication.PublicCacheEviction>(), provider.GetRequiredService<RevisionJournal>()));
        services.AddScoped<DatabaseInitializer>();
        services.AddScoped<SampleData.SampleDataLoader>();
        services.AddScoped<Editing.RecordEditor>();
        services.AddScoped<RevisionQueries>();
        services.AddScoped<Dataset.DatasetExporter>();
        services.AddScoped<Dataset.DatasetImporter>();
        services.AddScoped<Timeline.SavedViews>();
        services.AddScoped<Editing.DirectoryEditor>();
        services.AddScoped<Editing.DirectoryQueries>();
        services.AddScoped<Editing.BinQueries>();
        services.AddScoped(Editing.SimilarEntries.WithOwnContext);
        services.AddScoped<Agreements.AgreementQueries>();
        services.AddScoped<Records.RecordQueries>();
        services.AddScoped<Commitments.CommitmentQueries>();
        services.AddScoped<Disclosures.DisclosureQueries>();
        services.AddScoped<Amounts.AmountQueries>();
        services.AddScoped<Timeline.TimelineQueries>();
        services.AddScoped<Sources.SourceQueries>();
        services.AddScoped<People.PeopleQueries>();
        services.AddScoped<People.OrganisationQueries>();
        services.AddScoped<People.CountryQueries>();
        services.AddScoped<Search.SearchQueries>();
        services.AddScoped<ChangeLogQueries>();
        services.AddScoped<PublishedVersions>();
        services.AddScoped<Publication.AsPublished>();
        services.AddScoped<Records.PublishedIndexQueries>();
        services.AddSingleton(TimeProvider.System);
        services.TryAddSingleton<IPublicContentCache>(NoPublicContentCache.Instance);
        return services;
    }
}
