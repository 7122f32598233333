using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using PolicyTracker.Core.Data;
using PolicyTracker.Tests.Infrastructure;

namespace PolicyTracker.Tests.Data;

/// <summary>
/// The app with its PostgreSQL database away, as a stopped server is: it starts anyway and reports not ready until
/// the database comes back, and while it is away every route answers 503 with Retry-After in its own format.
/// </summary>
public class DatabaseOutageTests
{
    [Fact]
    public async Task Starts_while_the_database_is_down_and_becomes_ready_when_it_returns_without_a_restart()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres, "start-while-down");
        var offline = await PostgresServer.Instance.TakeOfflineAsync(database.ConnectionString);
        await using var app = new PolicyTrackerApp(database);
        using var client = app.CreateClient(); // starts the host; it used to throw here

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        var ready = await client.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        var page = await client.GetAsync("/agreements/pipir");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
        Assert.Equal("10", page.Headers.RetryAfter?.Delta?.TotalSeconds.ToString());
        Assert.Contains("cannot reach its database", await page.Content.ReadAsStringAsync());
        var api = await client.GetAsync("/api/agreements");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);

        await offline.DisposeAsync();

        // The start-up work is retried in the background (1 s, 2 s, 4 s ... apart): ready with no restart.
        await Eventually.TrueAsync(
            async () => (await client.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK, TimeSpan.FromSeconds(60),
            "the app to be ready after the database came back");

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/agreements/pipir")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/agreements")).StatusCode);
    }

    [Fact]
    public async Task While_the_database_is_away_machine_routes_answer_problem_details_and_pages_say_so_then_all_recover()
    {
        await using var database = await TestDatabase.WithSampleDataAsync(DatabaseProvider.Postgres, "outage");
        await using var app = new PolicyTrackerApp(database);
        using var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);

        await using (await PostgresServer.Instance.TakeOfflineAsync(database.ConnectionString))
        {
            // Fresh query strings, so no answer comes from the output cache.
            foreach (var path in new[] { "/api/records?kind=Meeting", "/timeline.csv?kind=Meeting", "/feed.atom?outage=1", "/sitemap.xml?outage=1" })
            {
                var response = await client.GetAsync(path);
                Assert.True(response.StatusCode == HttpStatusCode.ServiceUnavailable, $"{path}: {(int)response.StatusCode}");
                Assert.True(response.Content.Headers.ContentType?.MediaType == "application/problem+json", $"{path}: {await response.Content.ReadAsStringAsync()}");
                Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
                Assert.NotNull(response.Headers.RetryAfter);
                // Never stored as if it were the answer (the error handler's no-cache or the gate's no-store).
                Assert.True(response.Headers.CacheControl is { Public: false } control && (control.NoCache || control.NoStore), $"{path}: {response.Headers.CacheControl}");
            }

            var page = await client.GetAsync("/timeline?kind=Meeting");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
            Assert.NotNull(page.Headers.RetryAfter);
            Assert.Contains("Back in a moment", await page.Content.ReadAsStringAsync());
            Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/health/ready")).StatusCode);
        }

        // Back: the same routes answer at once, without restarting the app, and the CSV is whole.
        var csv = await client.GetAsync("/timeline.csv?kind=Meeting");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Contains("Honolulu", await csv.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/records?kind=Meeting")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
    }

    [Fact]
    public async Task Under_load_a_20_second_outage_is_over_for_readers_within_2_seconds_of_the_database_returning()
    {
        await using var database = await TestDatabase.WithSampleDataAsync(DatabaseProvider.Postgres, "outage-load");
        await using var app = new PolicyTrackerApp(database);
        using var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);

        // Eight readers, each asking for something no one asked before (a new search word), so every request
        // reaches the database; one request at a time each, as fast as they are answered.
        var answers = new System.Collections.Concurrent.ConcurrentBag<(DateTime Asked, DateTime Answered, HttpStatusCode Status)>();
        using var stop = new CancellationTokenSource();
        var asked = 0;
        var readers = Enumerable.Range(0, 8).Select(reader => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                var n = Interlocked.Increment(ref asked);
                var path = n % 2 == 0 ? $"/api/records?text=load{n}" : $"/timeline?text=load{n}";
                var at = DateTime.UtcNow;
                using var response = await client.GetAsync(path);
                answers.Add((at, DateTime.UtcNow, response.StatusCode));
            }
        })).ToList();

        await Eventually.TrueAsync(() => answers.Count >= 20, TimeSpan.FromSeconds(30), "twenty answers before the outage");
        var down = DateTime.UtcNow;
        DateTime back;
        await using (await PostgresServer.Instance.TakeOfflineAsync(database.ConnectionString))
        {
            await Task.Delay(TimeSpan.FromSeconds(20));
            back = DateTime.UtcNow;
        }

        // Until twenty requests asked two seconds or more after the return are answered (or the deadline passes).
        await Eventually.TrueAsync(() => answers.Count(a => a.Asked > back.AddSeconds(2)) >= 20, TimeSpan.FromSeconds(30), "twenty answers after the return");
        stop.Cancel();
        await Task.WhenAll(readers);

        var before = answers.Where(a => a.Answered < down).ToList();
        var during = answers.Where(a => a.Asked > down.AddSeconds(1) && a.Answered < back).ToList();
        var settled = answers.Where(a => a.Asked > back.AddSeconds(2)).ToList();
        Assert.NotEmpty(before);
        Assert.All(before, a => Assert.Equal(HttpStatusCode.OK, a.Status));
        // Away: told so at once (503 with Retry-After), never an error page or a hang.
        Assert.NotEmpty(during);
        Assert.All(during, a => Assert.Equal(HttpStatusCode.ServiceUnavailable, a.Status));
        // Back: from two seconds on, every answer is whole, with no restart.
        Assert.All(settled, a => Assert.Equal(HttpStatusCode.OK, a.Status));
    }

    [Fact]
    public void Pool_size_and_time_limits_have_safe_defaults_unless_the_connection_string_states_its_own()
    {
        var options = new DatabaseOptions();

        var defaulted = new Npgsql.NpgsqlConnectionStringBuilder(options.PostgresConnectionString("Host=db;Database=pt;Username=pt"));
        Assert.Equal(20, defaulted.MaxPoolSize);
        Assert.Equal(5, defaulted.Timeout);
        Assert.Equal(500, defaulted.CancellationTimeout);
        Assert.Equal(Npgsql.GssEncryptionMode.Disable, defaulted.GssEncryptionMode);
        Assert.Equal("-c jit=off -c max_parallel_workers_per_gather=0", defaulted.Options);

        var stated = new Npgsql.NpgsqlConnectionStringBuilder(options.PostgresConnectionString("Host=db;Database=pt;Maximum Pool Size=50;Timeout=9;Cancellation Timeout=1500;GSS Encryption Mode=Prefer;Options=-c jit=on"));
        Assert.Equal(50, stated.MaxPoolSize);
        Assert.Equal(9, stated.Timeout);
        Assert.Equal(1500, stated.CancellationTimeout);
        Assert.Equal(Npgsql.GssEncryptionMode.Prefer, stated.GssEncryptionMode);
        Assert.Equal("-c jit=on", stated.Options);
    }

    [Fact]
    public async Task The_apps_sessions_run_without_jit_compilation_or_parallel_workers()
    {
        await using var database = await TestDatabase.WithSampleDataAsync(DatabaseProvider.Postgres, "session-options");
        await using var app = new PolicyTrackerApp(database);
        app.CreateClient().Dispose();

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PolicyTrackerDbContext>();
        var settings = await db.Database
            .SqlQueryRaw<string>("""SELECT current_setting('jit') || ' ' || current_setting('max_parallel_workers_per_gather') AS "Value" """)
            .SingleAsync();

        Assert.Equal("off 0", settings);
    }

    [Fact]
    public async Task Every_readiness_check_has_the_configured_time_limit()
    {
        await using var database = await TestDatabase.WithSampleDataAsync(DatabaseProvider.Sqlite, "health-limit");
        await using var app = new PolicyTrackerApp(database, new Dictionary<string, string?> { ["Health:TimeoutSeconds"] = "2" });
        app.CreateClient().Dispose();

        var registrations = app.Services.GetRequiredService<IOptions<HealthCheckServiceOptions>>().Value.Registrations;
        Assert.NotEmpty(registrations);
        Assert.All(registrations, r => Assert.Equal(TimeSpan.FromSeconds(2), r.Timeout));
    }
}
