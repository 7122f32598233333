using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using PolicyTracker.Core.Data;

namespace PolicyTracker.Web.Health;

/// <summary>
/// <c>/health/live</c> answers while the process runs; <c>/health/ready</c> also needs the start-up work done and
/// the database reachable and fully migrated, so a load balancer only sends traffic to an instance that can serve
/// it. Each check has a time limit (<c>Health:TimeoutSeconds</c>, 5 by default).
/// </summary>
public static class HealthEndpoints
{
    private const string ReadyTag = "ready";

    public static IServiceCollection AddPolicyTrackerHealthChecks(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddDatabaseStartup();
        services.LimitHealthCheckTime(configuration);
        services.AddHealthChecks()
            .AddCheck<StartupCompleteCheck>("startup", tags: [ReadyTag])
            .AddDbContextCheck<PolicyTrackerDbContext>("database", tags: [ReadyTag])
            .AddCheck<MigrationsAppliedCheck>("migrations", tags: [ReadyTag]);
        return services;
    }

    public static void MapPolicyTrackerHealthChecks(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        endpoints.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag) });
    }
}

internal sealed class MigrationsAppliedCheck(PolicyTrackerDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        return pending.Count == 0
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy($"{pending.Count} migrations not applied: {string.Join(", ", pending)}");
    }
}
