using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using PolicyTracker.Core.Data;
using PolicyTracker.Core.Telemetry;
using PolicyTracker.Tests.Infrastructure;

namespace PolicyTracker.Tests.Telemetry;

/// <summary>
/// Without <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> no part of OpenTelemetry runs; the app's own instruments still count for
/// whoever listens in process.
/// </summary>
public class TelemetryOffTests(PostgresAppFixture fixture) : IClassFixture<PostgresAppFixture>
{
    [Fact]
    public void Without_an_endpoint_no_tracer_or_meter_provider_is_registered()
    {
        Assert.Null(fixture.App.Services.GetService<TracerProvider>());
        Assert.Null(fixture.App.Services.GetService<MeterProvider>());
    }

    [Fact]
    public async Task A_public_page_rendered_then_served_from_the_output_cache_counts_a_miss_then_a_hit()
    {
        using var requests = new RecordedMeasurements(
            fixture.App.Services.GetRequiredService<IMeterFactory>(), PolicyTrackerMetrics.OutputCacheRequests, "result");
        using var client = fixture.App.CreateClient();

        await client.GetStringAsync("/people");
        Assert.Equal(new Dictionary<string, long> { ["miss"] = 1 }, requests.Totals);
        await client.GetStringAsync("/people");
        Assert.Equal(new Dictionary<string, long> { ["hit"] = 1, ["miss"] = 1 }, requests.Totals);
    }
}

/// <summary>The shared cache's gauge follows the Redis connection: 1 while connected, 0 once Redis has gone.</summary>
public class SharedCacheGaugeTests
{
    [Fact]
    public async Task The_gauge_says_whether_this_instance_is_connected_to_Redis()
    {
        await using var redis = await RedisServer.StartAsync();
        await using var database = await TestDatabase.WithSampleDataAsync(DatabaseProvider.Postgres, "telemetry-redis");
        await using var app = new PolicyTrackerApp(database, new Dictionary<string, string?> { ["Caching:Redis"] = redis.Configuration });
        using var connected = new RecordedMeasurements(app.Services.GetRequiredService<IMeterFactory>(), PolicyTrackerMetrics.SharedCacheConnected);

        await app.CreateClient().GetStringAsync("/people");
        await Eventually.TrueAsync(() => connected.Observe() == 1, TimeSpan.FromSeconds(10), "the gauge to say Redis is connected");
        await redis.StopAsync();
        await Eventually.TrueAsync(() => connected.Observe() == 0, TimeSpan.FromSeconds(10), "the gauge to say Redis has gone");
    }
}

/// <summary>
/// With an endpoint, metrics and traces reach an OTLP/HTTP collector: here a fake one on a loopback port that keeps
/// the bodies it is sent. Without a protobuf parser, the instruments and spans are found by the names written in them.
/// </summary>
public sealed class TelemetryExportTests : IAsyncLifetime
{
    /// <summary>The test server trusts local connections, so a password is accepted and never needed.</summary>
    private const string DatabasePassword = "not-for-telemetry-4711";

    private readonly ConcurrentQueue<byte[]> metrics = new();
    private readonly ConcurrentQueue<byte[]> traces = new();
    private LocalWebsite collector = null!;
    private TestDatabase database = null!;
    private PolicyTrackerApp app = null!;

    public async Task InitializeAsync()
    {
        collector = await LocalWebsite.StartAsync(new Dictionary<string, RequestDelegate>
        {
            ["/v1/metrics"] = Keep(metrics),
            ["/v1/traces"] = Keep(traces),
        });
        database = await TestDatabase.WithSampleDataAsync(DatabaseProvider.Postgres, "telemetry");
        app = new PolicyTrackerApp(database, new Dictionary<string, string?>
        {
            ["Database:ConnectionString"] = $"{database.ConnectionString};Password={DatabasePassword}",
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = collector.Address.GetLeftPart(UriPartial.Authority),
            ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
            ["OTEL_METRIC_EXPORT_INTERVAL"] = "500",
            ["OTEL_BSP_SCHEDULE_DELAY"] = "500",
        });
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        await database.DisposeAsync();
        await collector.DisposeAsync();
    }

    [Fact]
    public async Task Request_latency_cache_hits_pool_use_and_request_traces_are_exported_without_the_database_password()
    {
        Assert.NotNull(app.Services.GetService<TracerProvider>());
        using var client = app.CreateClient();
        await client.GetStringAsync("/people");
        await client.GetStringAsync("/people");

        string[] expected = ["http.server.request.duration", PolicyTrackerMetrics.OutputCacheRequests, "hit", "db.client.connection.count"];
        var missing = expected;
        try
        {
            await Eventually.TrueAsync(
                () => (missing = [.. expected.Where(name => !Holds(metrics, name))]).Length == 0,
                TimeSpan.FromSeconds(30), "the metrics to reach the collector");
        }
        catch (TimeoutException timeout)
        {
            throw new TimeoutException($"{timeout.Message} {metrics.Count} exports arrived; not in them: {string.Join(", ", missing)}.");
        }
        await Eventually.TrueAsync(
            () => Holds(traces, "/people") && Holds(traces, "postgresql"),
            TimeSpan.FromSeconds(30), "the request's trace, with its database calls, to reach the collector");
        // Npgsql names a pool, and a command's data source, by the connection string: without its password.
        Assert.False(Holds(metrics, DatabasePassword) || Holds(traces, DatabasePassword));
    }

    private static RequestDelegate Keep(ConcurrentQueue<byte[]> bodies) => async context =>
    {
        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body);
        bodies.Enqueue(body.ToArray());
    };

    private static bool Holds(IEnumerable<byte[]> bodies, string text) =>
        bodies.Any(body => body.AsSpan().IndexOf(Encoding.UTF8.GetBytes(text)) >= 0);
}
