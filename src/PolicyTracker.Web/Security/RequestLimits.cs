using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using PolicyTracker.Web.Accounts;

namespace PolicyTracker.Web.Security;

/// <summary>
/// Per client address (the reader's own, behind a trusted proxy), the requests that reach the database each time are
/// limited, so that a flood of unique queries cannot starve it: sign-in, second-factor, forgotten-password and alert posts
/// (<c>Accounts:SignInAttemptsPerMinute</c>), and anonymous searches, filtered timelines and API lists, and CSV files
/// (<c>Limits:QueriesPerMinute</c>). The limiter runs after the output cache, so a page served from the cache is never
/// limited: only a cache miss counts. Signed-in staff are not limited; they are known and accountable.
/// </summary>
public static class RequestLimits
{
    public const string RejectedMessage = "Too many requests from your address just now. Try again in a minute.";

    public static IServiceCollection AddRequestLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var signInsPerMinute = configuration.GetValue("Accounts:SignInAttemptsPerMinute", 10);
        var queriesPerMinute = configuration.GetValue("Limits:QueriesPerMinute", 60);
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = RejectAsync;
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                IsSignInAttempt(context) ? PerMinute($"sign-in {AddressOf(context)}", signInsPerMinute)
                : IsUncachedQuery(context) ? PerMinute($"query {AddressOf(context)}", queriesPerMinute)
                : RateLimitPartition.GetNoLimiter("unlimited"));
        });
        return services;
    }

    private static RateLimitPartition<string> PerMinute(string key, int permits) =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });

    private static string AddressOf(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    private static bool IsSignInAttempt(HttpContext context) =>
        HttpMethods.IsPost(context.Request.Method)
        && (context.Request.Path.StartsWithSegments("/account/login") || context.Request.Path.StartsWithSegments(AccountsSetup.TwoFactorSignInPath)
            || context.Request.Path.StartsWithSegments(AccountsSetup.ForgotPasswordPath)
            // An alert request sends mail to whatever address is typed: limited like a forgotten password.
            || context.Request.Path.StartsWithSegments("/alerts"));

    /// <summary>A read whose answer depends on what the reader typed, so that each new one is work for the database.</summary>
    private static bool IsUncachedQuery(HttpContext context)
    {
        if (!HttpMethods.IsGet(context.Request.Method) || context.User.Identity?.IsAuthenticated == true)
        {
            return false;
        }

        var path = context.Request.Path;
        return path.StartsWithSegments("/search") || path.StartsWithSegments("/api/search")
            || path.Value is "/timeline.csv" or "/sources.csv"
            || (context.Request.QueryString.HasValue && (path.StartsWithSegments("/timeline") || path.Value is "/api/records"));
    }

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var response = rejected.HttpContext.Response;
        var wait = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1);
        response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        response.ContentType = "text/plain; charset=utf-8";
        await response.WriteAsync(RejectedMessage, cancellationToken);
    }
}
