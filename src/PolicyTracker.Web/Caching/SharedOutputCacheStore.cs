using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Caching.StackExchangeRedis;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using PolicyTracker.Core.Telemetry;
using StackExchange.Redis;
using ZiggyCreatures.Caching.Fusion;
using ZiggyCreatures.Caching.Fusion.Backplane.StackExchangeRedis;
using ZiggyCreatures.Caching.Fusion.Serialization.SystemTextJson;

namespace PolicyTracker.Web.Caching;

/// <summary>
/// The output cache's store when instances share Redis (<c>Caching:Redis</c>): each instance keeps its copies in its
/// own memory, Redis holds them for the others, and FusionCache's Redis backplane tells every instance of each
/// eviction. Redis is a help, never a dependency: a call to it waits at most <c>Caching:RedisTimeoutMilliseconds</c>,
/// after a failure it is left alone for a few seconds (a circuit breaker), pages go on being served from memory, and
/// the evictions made meanwhile are sent again once it is back (auto-recovery), so no instance keeps a retracted page.
/// </summary>
public sealed class SharedOutputCacheStore(IFusionCache cache) : IOutputCacheStore
{
    public async ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken)
    {
        var found = await cache.TryGetAsync<byte[]>(key, token: cancellationToken);
        return found.HasValue ? found.Value : null;
    }

    public ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken) =>
        cache.SetAsync(key, value, new FusionCacheEntryOptions(validFor), tags, cancellationToken);

    public ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken) =>
        cache.RemoveByTagAsync(tag, token: cancellationToken);

    /// <summary>
    /// An eviction is a marker in Redis (the tag's eviction time) that each instance keeps in memory. The backplane's
    /// notice makes the others read it again at once, but a notice can be lost (an instance reconnecting to Redis when
    /// it is sent), so each instance also reads the markers again this often, where FusionCache would keep them for an
    /// hour: a lost notice delays an eviction by seconds, not until the page expires (30 minutes).
    /// </summary>
    public static readonly TimeSpan EvictionMarkerRecheck = TimeSpan.FromSeconds(5);

    /// <summary>Registers the store, its Redis connection and a readiness entry that reports Redis's absence as degraded.</summary>
    public static void Register(IServiceCollection services, string redisConfiguration, IConfiguration configuration)
    {
        var redisTimeout = TimeSpan.FromMilliseconds(configuration.GetValue("Caching:RedisTimeoutMilliseconds", 100));
        var options = ConfigurationOptions.Parse(redisConfiguration);
        // Start and keep running without Redis, reconnecting in the background; a frozen Redis is given up on quickly.
        options.AbortOnConnectFail = false;
        options.ConnectTimeout = Math.Min(options.ConnectTimeout, 2000);
        options.AsyncTimeout = options.SyncTimeout = (int)redisTimeout.TotalMilliseconds;
        // While disconnected a command fails at once instead of queueing until its time-out.
        options.BacklogPolicy = BacklogPolicy.FailFast;
        // Try again every second once it has gone, so freshness across instances resumes within seconds of its return.
        options.ReconnectRetryPolicy = new LinearRetry(1000);
        var connection = new Lazy<Task<IConnectionMultiplexer>>(async () => await ConnectionMultiplexer.ConnectAsync(options));
        services.AddSingleton(provider => new SharedCacheConnection(connection, provider.GetRequiredService<PolicyTrackerMetrics>()));
        services.AddSingleton<IFusionCache>(provider =>
        {
            var shared = provider.GetRequiredService<SharedCacheConnection>();
            var cacheOptions = new FusionCacheOptions
            {
                CacheName = "public-pages",
                CacheKeyPrefix = "policytracker:",
                DistributedCacheCircuitBreakerDuration = TimeSpan.FromSeconds(2),
                BackplaneCircuitBreakerDuration = TimeSpan.FromSeconds(2),
                EnableAutoRecovery = true,
                // Evictions made while Redis was away are sent again this long after it is back: longer than the
                // 1 s reconnection interval, so that the other instances are listening again when they are sent.
                AutoRecoveryDelay = TimeSpan.FromSeconds(2.5),
                DefaultEntryOptions = new FusionCacheEntryOptions
                {
                    DistributedCacheSoftTimeout = redisTimeout,
                    DistributedCacheHardTimeout = redisTimeout,
                    AllowBackgroundDistributedCacheOperations = true,
                },
            };
            cacheOptions.TagsDefaultEntryOptions.MemoryCacheDuration = EvictionMarkerRecheck;
            var cache = new FusionCache(
                Options.Create(cacheOptions),
                new MemoryCache(new MemoryCacheOptions()),
                provider.GetRequiredService<ILogger<FusionCache>>());
            cache.SetupSerializer(new FusionCacheSystemTextJsonSerializer());
            cache.SetupDistributedCache(new RedisCache(new RedisCacheOptions { ConnectionMultiplexerFactory = () => shared.Connection.Value }));
            cache.SetupBackplane(new RedisBackplane(
                Options.Create(new RedisBackplaneOptions { ConnectionMultiplexerFactory = () => shared.Connection.Value }),
                provider.GetRequiredService<ILogger<RedisBackplane>>()));
            return cache;
        });
        services.AddSingleton<IOutputCacheStore, SharedOutputCacheStore>();
        services.AddHealthChecks().AddCheck<SharedCacheCheck>("shared-cache", tags: [Health.HealthEndpoints.ReadyTag]);
    }
}

/// <summary>The one Redis connection the store and its backplane share, observed for telemetry.</summary>
public sealed class SharedCacheConnection
{
    public SharedCacheConnection(Lazy<Task<IConnectionMultiplexer>> connection, PolicyTrackerMetrics metrics)
    {
        Connection = connection;
        // Read only when a collector asks; not yet asked for (no lookup since start) counts as not connected.
        metrics.ObserveSharedCache(() => connection.IsValueCreated && connection.Value.IsCompletedSuccessfully && connection.Value.Result.IsConnected);
    }

    public Lazy<Task<IConnectionMultiplexer>> Connection { get; }
}

/// <summary>Degraded, not unhealthy, when Redis is away: the instance still serves every page, from its own memory.</summary>
internal sealed class SharedCacheCheck(SharedCacheConnection shared) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var connection = await shared.Connection.Value;
        try
        {
            // A frozen Redis keeps its connection open: only an answer shows it is there.
            await connection.GetDatabase().PingAsync().WaitAsync(TimeSpan.FromSeconds(1), cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception away) when (away is RedisException or TimeoutException)
        {
            return HealthCheckResult.Degraded(
                "The shared cache (Redis) cannot be reached: pages are served from this instance's memory, " +
                "and evictions made here reach the other instances when it is back.");
        }
    }
}
