using System.Diagnostics;
using Npgsql;

namespace PolicyTracker.Tests.Infrastructure;

/// <summary>
/// The PostgreSQL server the tests run against. With POLICYTRACKER_TEST_POSTGRES set to a connection string
/// (of a user who may create databases), that server is used. Otherwise a throwaway cluster is created from
/// the installed server binaries on a free loopback port, and removed when the test run ends.
/// </summary>
public sealed class PostgresServer
{
    public const string ConnectionStringVariable = "POLICYTRACKER_TEST_POSTGRES";

    private static readonly Lazy<PostgresServer> Shared = new(Start, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly string adminConnectionString;

    private PostgresServer(string adminConnectionString) => this.adminConnectionString = adminConnectionString;

    public static PostgresServer Instance => Shared.Value;

    /// <summary>
    /// A cluster of the test's own, for faults that would hit every test on the shared one: frozen, restarted, out of
    /// connections. <paramref name="settings"/> are passed to the server (<c>-c max_connections=10</c>).
    /// </summary>
    public static PrivatePostgresCluster StartPrivate(string settings = "") => new(ThrowawayCluster.Start(settings));

    /// <summary>The server a private cluster's databases are made on and dropped from.</summary>
    internal static PostgresServer For(string adminConnectionString) => new(adminConnectionString);

    /// <summary>
    /// Creates a database with a unique name and returns its connection string: empty, or a copy of the database
    /// <paramref name="templateConnectionString"/> names (a file copy on the server, far quicker than migrating and
    /// loading again; nothing may be connected to the template meanwhile).
    /// </summary>
    public async Task<string> CreateDatabaseAsync(string purpose, string? templateConnectionString = null)
    {
        var name = $"pt_{purpose.ToLowerInvariant()}_{Guid.NewGuid():N}";
        var template = templateConnectionString is null ? "" : $" TEMPLATE \"{new NpgsqlConnectionStringBuilder(templateConnectionString).Database}\"";
        await ExecuteAsync($"CREATE DATABASE \"{name}\"{template}");
        return new NpgsqlConnectionStringBuilder(adminConnectionString) { Database = name, Pooling = true, MaxPoolSize = 20 }.ConnectionString;
    }

    /// <summary>The database <paramref name="name"/>, made empty if it does not exist yet; and whether it was made.</summary>
    public async Task<(string ConnectionString, bool Made)> EnsureDatabaseAsync(string name)
    {
        await using var connection = new NpgsqlConnection(adminConnectionString);
        await connection.OpenAsync();
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = $1", connection) { Parameters = { new() { Value = name } } };
        var made = await exists.ExecuteScalarAsync() is null;
        if (made)
        {
            await ExecuteAsync($"CREATE DATABASE \"{name}\"");
        }

        return (new NpgsqlConnectionStringBuilder(adminConnectionString) { Database = name, Pooling = true, MaxPoolSize = 20 }.ConnectionString, made);
    }

    public async Task DropDatabaseAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        await using var connection = new NpgsqlConnection(adminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>
    /// Makes one database unreachable, as a stopped server is to the app using it: open connections are ended and new
    /// ones refused, until the returned handle is disposed. Other tests' databases on the shared server are untouched.
    /// </summary>
    public async Task<IAsyncDisposable> TakeOfflineAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        await ExecuteAsync($"ALTER DATABASE \"{name}\" ALLOW_CONNECTIONS false");
        await ExecuteAsync($"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{name}' AND pid <> pg_backend_pid()");
        return new Offline(async () =>
        {
            await ExecuteAsync($"ALTER DATABASE \"{name}\" ALLOW_CONNECTIONS true");
            // The test's own contexts pool their connections apart from the app's (the app adds its own settings to
            // the connection string); the ones idle through the outage were ended, so the test starts afresh.
            // The app's pool is left as it is: coping with that is what the outage tests are about.
            await using var own = new NpgsqlConnection(connectionString);
            NpgsqlConnection.ClearPool(own);
        });
    }

    /// <summary>
    /// Runs a PostgreSQL client program (pg_dump, pg_restore) from the installed server's folder against the
    /// database <paramref name="connectionString"/> names, as an operator would from the documented commands.
    /// </summary>
    public static async Task RunClientAsync(string program, string connectionString, params string[] arguments)
    {
        var target = new NpgsqlConnectionStringBuilder(connectionString);
        var start = new ProcessStartInfo(Path.Combine(ThrowawayCluster.FindServerBinaries(), program))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { "-h", target.Host!, "-p", target.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "-U", target.Username!, "-d", target.Database! }.Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["PGPASSWORD"] = target.Password ?? "";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"`{program} {string.Join(' ', arguments)}` failed with exit code {process.ExitCode}: {await output}{await error}");
        }
    }

    private sealed class Offline(Func<Task> bringBack) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync() => await bringBack();
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(adminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static PostgresServer Start()
    {
        var given = Environment.GetEnvironmentVariable(ConnectionStringVariable);
        return string.IsNullOrWhiteSpace(given) ? new PostgresServer(ThrowawayCluster.Start().ConnectionString) : new PostgresServer(given);
    }

    /// <summary>A cluster in a temporary folder, run as the unprivileged postgres user when the tests run as root.</summary>
    internal static class ThrowawayCluster
    {
        public static (string ConnectionString, string Folder) Start(string settings = "")
        {
            var bin = FindServerBinaries();
            SweepAbandonedClusters();
            var folder = Directory.CreateTempSubdirectory(FolderPrefix).FullName;
            File.WriteAllText(Path.Combine(folder, OwnerFile), Environment.ProcessId.ToString());
            var data = Path.Combine(folder, "data");
            var runAsPostgres = Environment.UserName == "root";
            if (runAsPostgres)
            {
                // initdb refuses to run as root; the cluster belongs to the postgres user instead.
                Run("chown", ["postgres:postgres", folder], asPostgres: false);
                Run("chmod", ["755", folder], asPostgres: false);
            }

            var port = LoopbackPort.Free();
            Run(Path.Combine(bin, "initdb"), ["-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"], runAsPostgres);
            var options = $"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off " +
                          "-c full_page_writes=off -c max_connections=300 " + settings;
            Run(Path.Combine(bin, "pg_ctl"), ["-D", data, "-l", Path.Combine(folder, "server.log"), "-w", "-o", options, "start"], runAsPostgres);

            // The test host gives exit handlers little time, so the server is killed outright (no child process
            // to wait for) and its folder removed; a folder left by a run that was itself killed is swept next time.
            AppDomain.CurrentDomain.ProcessExit += (_, _) => Remove(folder);

            return ($"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres;Include Error Detail=true", folder);
        }

        private const string FolderPrefix = "policytracker-pg-";
        private const string OwnerFile = "owner.pid";

        internal static void Remove(string folder)
        {
            var pidFile = Path.Combine(folder, "data", "postmaster.pid");
            if (File.Exists(pidFile) && int.TryParse(File.ReadLines(pidFile).First(), out var pid))
            {
                try
                {
                    // The pid may have been reused since; only a postgres process is ours to stop.
                    using var process = Process.GetProcessById(pid);
                    if (process.ProcessName == "postgres")
                    {
                        process.Kill();
                    }
                }
                catch (ArgumentException)
                {
                    // Already gone.
                }
            }

            Directory.Delete(folder, recursive: true);
        }

        /// <summary>Removes clusters whose test run died without cleaning up; clusters of running test processes are kept.</summary>
        private static void SweepAbandonedClusters()
        {
            foreach (var folder in Directory.GetDirectories(Path.GetTempPath(), FolderPrefix + "*"))
            {
                var owner = Path.Combine(folder, OwnerFile);
                var abandoned = File.Exists(owner)
                    ? !(int.TryParse(File.ReadAllText(owner), out var pid) && IsRunning(pid))
                    : Directory.GetCreationTimeUtc(folder) < DateTime.UtcNow.AddHours(-1);
                if (abandoned)
                {
                    try
                    {
                        Remove(folder);
                    }
                    catch (Exception e) when (e is DirectoryNotFoundException or FileNotFoundException)
                    {
                        // The other test project, starting at the same moment, swept it first.
                    }
                }
            }
        }

        private static bool IsRunning(int pid)
        {
            try
            {
                return !Process.GetProcessById(pid).HasExited;
            }
            catch (ArgumentException)
            {
                return false;
            }
        }

        internal static string FindServerBinaries()
        {
            var installed = Directory.Exists("/usr/lib/postgresql")
                ? Directory.GetDirectories("/usr/lib/postgresql")
                    .Select(version => Path.Combine(version, "bin"))
                    .Where(bin => File.Exists(Path.Combine(bin, "initdb")))
                    .OrderByDescending(bin => int.TryParse(Path.GetFileName(Path.GetDirectoryName(bin)), out var v) ? v : 0)
                : Enumerable.Empty<string>();
            var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':')
                .Where(dir => File.Exists(Path.Combine(dir, "initdb")));
            return installed.Concat(onPath).FirstOrDefault() ?? throw new InvalidOperationException(
                "The tests need a PostgreSQL server, and none is installed (no initdb under /usr/lib/postgresql/*/bin or on PATH). " +
                "Install one with `sudo apt-get install -y postgresql` (Debian/Ubuntu), or set " + ConnectionStringVariable +
                " to the connection string of a server where the user may create databases.");
        }


        internal static void Run(string program, string[] arguments, bool asPostgres)
        {
            var start = new ProcessStartInfo(asPostgres ? "runuser" : program)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            if (asPostgres)
            {
                foreach (var prefix in new[] { "-u", "postgres", "--", program })
                {
                    start.ArgumentList.Add(prefix);
                }
            }

            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException(
                    $"`{program} {string.Join(' ', arguments)}` failed with exit code {process.ExitCode}: {output.Result}{error.Result}");
            }
        }
    }
}
