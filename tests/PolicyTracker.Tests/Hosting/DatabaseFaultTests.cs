using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using PolicyTracker.Core.Data;
using PolicyTracker.Tests.Accounts;
using PolicyTracker.Tests.Infrastructure;
using Serilog.Core;

namespace PolicyTracker.Tests.Hosting;

/// <summary>
/// The database's faults, each on a PostgreSQL cluster of the test's own (so freezing or restarting it touches no
/// other test): every answer comes within the documented limits, a restart costs readers nothing, and running out of
/// connections is named as such.
/// </summary>
public class DatabaseFaultTests
{
    private const int CommandLimitSeconds = 3;
    private const int ConnectLimitSeconds = 2;
    private const int HealthLimitSeconds = 2;

    private static readonly Dictionary<string, string?> Limits = new()
    {
        ["Database:CommandTimeoutSeconds"] = $"{CommandLimitSeconds}",
        ["Database:ConnectTimeoutSeconds"] = $"{ConnectLimitSeconds}",
        ["Health:TimeoutSeconds"] = $"{HealthLimitSeconds}",
        ["Accounts:AdminEmail"] = AccountsFixture.AdminEmail,
        ["Accounts:AdminPassword"] = AccountsFixture.AdminPassword,
    };

    [Fact]
    public async Task A_frozen_database_gets_every_reader_an_answer_within_the_limits_and_cached_pages_stay_up()
    {
        await using var cluster = PostgresServer.StartPrivate();
        await using var database = await TestDatabase.CreateAsync(cluster, "frozen");
        await using var app = new PolicyTrackerApp(database, Limits);
        using var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/agreements/pipir")).StatusCode); // now cached
        // Several connections in the pool, as a busy instance has.
        await Task.WhenAll(Enumerable.Range(0, 6).Select(i => client.GetAsync($"/api/records?text=warm{i}")));

        cluster.Freeze();
        try
        {
            // Twelve readers at once, most asking what no one asked before, so each waits on the database.
            var asked = Enumerable.Range(0, 12).Select(i => (i % 4) switch
            {
                0 => "/agreements/pipir",
                1 => $"/api/records?text=frozen{i}",
                2 => $"/timeline?text=frozen{i}",
                _ => "/health/ready",
            }).ToList();
            var answers = await Task.WhenAll(asked.Select(async path =>
            {
                var clock = Stopwatch.StartNew();
                using var response = await client.GetAsync(path);
                return (Path: path, response.StatusCode, RetryAfter: response.Headers.RetryAfter, clock.Elapsed);
            }));

            var all = string.Join("; ", answers.Select(a => $"{a.Path} {(int)a.StatusCode} {a.Elapsed.TotalSeconds:0.0}"));
            foreach (var answer in answers)
            {
                if (answer.Path == "/agreements/pipir")
                {
                    // From the app's own cache: the database is not asked.
                    Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
                    Assert.True(answer.Elapsed < TimeSpan.FromSeconds(1), $"{answer.Path} took {answer.Elapsed}: {all}");
                }
                else if (answer.Path == "/health/ready")
                {
                    Assert.Equal(HttpStatusCode.ServiceUnavailable, answer.StatusCode);
                    Assert.True(answer.Elapsed < TimeSpan.FromSeconds(HealthLimitSeconds + 1), $"{answer.Path} took {answer.Elapsed}: {all}");
                }
                else
                {
                    Assert.True(answer.StatusCode == HttpStatusCode.ServiceUnavailable, $"{answer.Path}: {(int)answer.StatusCode}");
                    Assert.NotNull(answer.RetryAfter);
                    // The command's limit, then at most the connect limit for the driver's attempt to cancel it on the server.
                    Assert.True(answer.Elapsed < TimeSpan.FromSeconds(CommandLimitSeconds + ConnectLimitSeconds + 1), $"{answer.Path} took {answer.Elapsed}: {all}");
                }
            }
        }
        finally
        {
            cluster.Thaw();
        }

        await Eventually.TrueAsync(
            async () => (await client.GetAsync("/api/records?text=thawed")).StatusCode == HttpStatusCode.OK, TimeSpan.FromSeconds(30),
            "the app to answer from the database again");
    }

    [Fact]
    public async Task After_a_database_restart_no_reader_or_sign_in_fails()
    {
        await using var cluster = PostgresServer.StartPrivate();
        await using var database = await TestDatabase.CreateAsync(cluster, "restart");
        await using var app = new PolicyTrackerApp(database, Limits);
        using var client = app.CreateClient(new() { AllowAutoRedirect = false });
        // Fill the pool with idle connections, every one of which the restart will end.
        await Task.WhenAll(Enumerable.Range(0, 8).Select(i => client.GetAsync($"/api/records?text=warm{i}")));

        await cluster.RestartAsync();

        var failures = new List<string>();
        for (var round = 0; round < 3; round++)
        {
            var answers = await Task.WhenAll(Enumerable.Range(0, 6).Select(async i =>
            {
                var path = i % 2 == 0 ? $"/api/records?text=after{round}x{i}" : $"/timeline?text=after{round}x{i}";
                using var response = await client.GetAsync(path);
                return (path, response.StatusCode);
            }));
            failures.AddRange(answers.Where(a => a.StatusCode != HttpStatusCode.OK).Select(a => $"{a.path}: {(int)a.StatusCode}"));
        }

        using var signingIn = app.CreateClient(new() { AllowAutoRedirect = false });
        await cluster.RestartAsync();
        var signIn = await AccountsFixture.PostSignInAsync(signingIn, AccountsFixture.AdminEmail, AccountsFixture.AdminPassword);
        if (signIn.StatusCode != HttpStatusCode.Redirect)
        {
            failures.Add($"sign-in: {(int)signIn.StatusCode}");
        }

        Assert.Empty(failures);
    }

    [Fact]
    public async Task Pooled_connections_reset_under_the_app_cost_no_reader_a_failed_page()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres, "reset");
        var direct = new NpgsqlConnectionStringBuilder(database.ConnectionString);
        await using var relay = new ResettingRelay(direct.Host!, direct.Port);
        var throughRelay = new NpgsqlConnectionStringBuilder(database.ConnectionString) { Port = relay.Port }.ConnectionString;
        var log = new CapturingSink();
        await using var app = new PolicyTrackerApp(
            database,
            new Dictionary<string, string?>(Limits) { ["Database:ConnectionString"] = throughRelay },
            builder => builder.ConfigureServices(services => services.AddSingleton<ILogEventSink>(log)));
        using var client = app.CreateClient();
        await Task.WhenAll(Enumerable.Range(0, 8).Select(i => client.GetAsync($"/api/records?text=warm{i}")));

        relay.ResetAll();

        var answers = await Task.WhenAll(Enumerable.Range(0, 6).Select(async i =>
        {
            var path = i % 2 == 0 ? $"/api/records?text=reset{i}" : $"/timeline?text=reset{i}";
            using var response = await client.GetAsync(path);
            return $"{path}: {(int)response.StatusCode}";
        }));
        Assert.True(answers.All(answer => answer.EndsWith(": 200", StringComparison.Ordinal)), string.Join("\n", answers.Concat(log.ProblemsInShort)));
    }

    [Fact]
    public async Task Too_many_connections_is_reported_as_such_and_pools_that_cannot_fit_are_named_at_start()
    {
        await using var cluster = PostgresServer.StartPrivate("-c max_connections=12 -c superuser_reserved_connections=2");
        await using var database = await TestDatabase.CreateAsync(cluster, "full");
        var log = new CapturingSink();
        await using var app = new PolicyTrackerApp(
            database,
            new Dictionary<string, string?>(Limits) { ["Database:Instances"] = "2" },
            builder => builder.ConfigureServices(services => services.AddSingleton<ILogEventSink>(log)));
        using var client = app.CreateClient();

        // 2 instances × the test connection string's 20 = 40 connections, where the server takes 10 besides its reserved ones.
        var warning = await log.WaitForAsync("cannot fit");
        Assert.Contains("2 instances × 20 connections = 40", warning);
        Assert.Contains("max_connections 12", warning);

        // Every other connection taken, as other instances or tools would.
        NpgsqlConnection.ClearAllPools();
        var taken = new List<NpgsqlConnection>();
        try
        {
            for (var i = 0; i < 12; i++)
            {
                var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(database.ConnectionString) { Pooling = false }.ConnectionString);
                try
                {
                    await connection.OpenAsync();
                    taken.Add(connection);
                }
                catch (PostgresException full) when (full.SqlState == PostgresErrorCodes.TooManyConnections)
                {
                    await connection.DisposeAsync();
                    break;
                }
            }

            var api = await client.GetAsync("/api/records?text=full");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, api.StatusCode);
            Assert.NotNull(api.Headers.RetryAfter);
            Assert.Contains("too many connections", await api.Content.ReadAsStringAsync());
            var page = await client.GetAsync("/timeline?text=full");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
            Assert.Contains("too many connections", await page.Content.ReadAsStringAsync());
            Assert.Contains("53300", await log.WaitForAsync("53300"));
        }
        finally
        {
            foreach (var connection in taken)
            {
                await connection.DisposeAsync();
            }
        }
    }
}
