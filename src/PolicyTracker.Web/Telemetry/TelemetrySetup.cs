using Npgsql;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using PolicyTracker.Core.Telemetry;

namespace PolicyTracker.Web.Telemetry;

/// <summary>
/// Metrics and traces over OTLP, only when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set (docs/operations.md, Telemetry).
/// The exporter reads its protocol, export interval and the like from the standard <c>OTEL_*</c> settings itself.
/// </summary>
public static class TelemetrySetup
{
    public static IServiceCollection AddTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<PolicyTrackerMetrics>();
        if (configuration["OTEL_EXPORTER_OTLP_ENDPOINT"] is not { Length: > 0 })
        {
            // No provider at all: nothing listens to the instruments, so recording into them costs next to nothing.
            return services;
        }

        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(configuration["OTEL_SERVICE_NAME"] ?? "policytracker"))
            .WithMetrics(metrics => metrics
                .AddMeter(PolicyTrackerMetrics.MeterName)
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddNpgsqlInstrumentation()
                .AddOtlpExporter())
            .WithTracing(tracing => tracing
                // A load balancer asks the health endpoints every few seconds: those traces would bury the rest.
                .AddAspNetCoreInstrumentation(options => options.Filter = context => !context.Request.Path.StartsWithSegments("/health"))
                .AddHttpClientInstrumentation()
                .AddNpgsql()
                .AddOtlpExporter());
        return services;
    }
}
