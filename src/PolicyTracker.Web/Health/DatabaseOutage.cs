using System.Globalization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using PolicyTracker.Core.Data;

namespace PolicyTracker.Web.Health;

/// <summary>
/// How the app answers while its database is away, at start or later: 503 with <c>Retry-After</c>, never cached,
/// in the format of the route asked: problem details for the API, feeds, sitemaps and CSV (never a truncated 200),
/// the site's error page, saying so, for pages.
/// </summary>
public static class DatabaseOutage
{
    public const int RetryAfterSeconds = 10;

    public const string StartingMessage = "PolicyTracker is starting and cannot reach its database yet. Try again in a moment.";

    public const string UnreachableMessage = "PolicyTracker cannot reach its database just now. Try again in a moment.";

    public const string OutOfConnectionsMessage = "PolicyTracker's database has too many connections just now. Try again in a moment.";

    /// <summary>What a reader is told for a database failure: out of connections is a different fault from being away.</summary>
    public static string MessageFor(Exception? failure) =>
        failure is not null && StorageFailure.IsOutOfConnections(failure) ? OutOfConnectionsMessage : UnreachableMessage;

    public static IServiceCollection AddDatabaseStartup(this IServiceCollection services)
    {
        services.AddSingleton<DatabaseStartup>();
        services.AddHostedService(provider => provider.GetRequiredService<DatabaseStartup>());
        services.AddExceptionHandler<OutageExceptionHandler>();
        return services;
    }

    /// <summary>
    /// The site's error page for failures, with 503 for the database being away (500 otherwise); machine routes get
    /// problem details from <see cref="OutageExceptionHandler"/> instead.
    /// </summary>
    public static IApplicationBuilder UseErrorPages(this IApplicationBuilder app) => app.UseExceptionHandler(new ExceptionHandlerOptions
    {
        ExceptionHandlingPath = "/error",
        CreateScopeForErrors = true,
        StatusCodeSelector = failure => StorageFailure.Is(failure) ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status500InternalServerError,
    });

    /// <summary>Until the start-up work is done, every request but the health checks is told to come back.</summary>
    public static IApplicationBuilder UseStartupGate(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.RequestServices.GetRequiredService<DatabaseStartup>().IsReady || context.Request.Path.StartsWithSegments("/health"))
        {
            await next(context);
            return;
        }

        await WriteAsync(context, StartingMessage);
    });

    /// <summary>Routes read by programs rather than people.</summary>
    public static bool IsMachineRoute(PathString path) =>
        path.StartsWithSegments("/api") || path.StartsWithSegments("/openapi")
        || path.Value is "/timeline.csv" or "/sources.csv" or "/feed.atom" or "/robots.txt"
        || (path.Value?.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) ?? false);

    internal static void MarkUnavailable(HttpResponse response)
    {
        response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        response.Headers.RetryAfter = RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        response.Headers.CacheControl = "no-store";
    }

    internal static async Task WriteAsync(HttpContext context, string message, PathString? asked = null)
    {
        MarkUnavailable(context.Response);
        if (IsMachineRoute(asked ?? context.Request.Path))
        {
            await Results.Problem(title: "Service unavailable", detail: message, statusCode: StatusCodes.Status503ServiceUnavailable).ExecuteAsync(context);
            return;
        }

        context.Response.ContentType = "text/plain; charset=utf-8";
        await context.Response.WriteAsync(message);
    }

    /// <summary>Health checks are given a time limit, so a frozen database makes readiness fail fast instead of hang.</summary>
    public static IServiceCollection LimitHealthCheckTime(this IServiceCollection services, IConfiguration configuration)
    {
        var limit = TimeSpan.FromSeconds(configuration.GetValue("Health:TimeoutSeconds", 5));
        services.PostConfigure<HealthCheckServiceOptions>(options =>
        {
            foreach (var registration in options.Registrations)
            {
                registration.Timeout = limit;
                var check = registration.Factory;
                registration.Factory = services => new TimeLimitedCheck(services.GetRequiredService<IServiceScopeFactory>(), check, limit);
            }
        });
        return services;
    }
}

/// <summary>
/// A check that answers by its time limit even when what it checks does not: a command to a frozen database ends only
/// after the driver's own attempt to cancel it, which can take the connect limit again. The check runs in a scope of
/// its own, disposed when it does end, so nothing it uses is disposed under it.
/// </summary>
internal sealed class TimeLimitedCheck(IServiceScopeFactory scopes, Func<IServiceProvider, IHealthCheck> check, TimeSpan limit) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var checking = CheckInOwnScopeAsync(context, cancellationToken);
        try
        {
            return await checking.WaitAsync(limit, cancellationToken);
        }
        catch (TimeoutException)
        {
            // Left to end on its own; its failure is the one reported here.
            _ = checking.ContinueWith(late => late.Exception, TaskContinuationOptions.OnlyOnFaulted);
            return new HealthCheckResult(context.Registration.FailureStatus, $"No answer within {limit.TotalSeconds:0.#} s");
        }
    }

    private async Task<HealthCheckResult> CheckInOwnScopeAsync(HealthCheckContext context, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await check(scope.ServiceProvider).CheckHealthAsync(context, cancellationToken);
    }
}

/// <summary>A database failure on a machine route becomes problem details with 503; on a page, the error page says it.</summary>
internal sealed class OutageExceptionHandler : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (!StorageFailure.Is(exception))
        {
            return false;
        }

        // By now the request's path is the error page's; the route asked is kept in the feature.
        var asked = context.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? context.Request.Path.Value;
        if (DatabaseOutage.IsMachineRoute(asked))
        {
            await DatabaseOutage.WriteAsync(context, DatabaseOutage.MessageFor(exception), asked);
            return true;
        }

        DatabaseOutage.MarkUnavailable(context.Response);
        return false;
    }
}

/// <summary>Not ready until the start-up work (migrations, sample data, first administrator) is done.</summary>
internal sealed class StartupCompleteCheck(DatabaseStartup startup) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(startup.IsReady ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy(startup.LastFailure));
}
