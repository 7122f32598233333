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
    /// <summary>The checks <c>/health/ready</c> runs.</summary>
    public const string ReadyTag = "ready";

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
        endpoints.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag), ResponseWriter = WriteStatusAndReasonsAsync });
    }

    /// <summary>The overall status, then one line per check that is not healthy, saying why (an operator reads it).</summary>
    private static Task WriteStatusAndReasonsAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "text/plain; charset=utf-8";
        var lines = report.Entries.Where(e => e.Value.Status != HealthStatus.Healthy)
            .Select(e => $"{e.Key}: {e.Value.Status}: {e.Value.Description ?? e.Value.Exception?.Message}");
        return context.Response.WriteAsync(string.Join('\n', lines.Prepend(report.Status.ToString())));
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
