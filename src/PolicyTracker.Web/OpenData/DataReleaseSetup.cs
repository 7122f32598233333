using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Net.Http.Headers;
using PolicyTracker.Web.Background;
using PolicyTracker.Web.Health;
using PolicyTracker.Web.Security;

namespace PolicyTracker.Web.OpenData;

/// <summary>
/// Looks every <c>OpenData:PollInterval</c> (an hour) whether today's release is due, and makes it. Every instance
/// looks; the database lets one make it. A failure (the database away) is logged and tried at the next look.
/// </summary>
public sealed class DataReleaseScheduler(
    IServiceScopeFactory scopes, DatabaseStartup database, SiteAddress site, IServer server, IConfiguration configuration, ILogger<DataReleaseScheduler> logger)
    : PollingWorker(database, logger)
{
    protected override TimeSpan Interval { get; } = configuration.GetValue("OpenData:PollInterval", TimeSpan.FromHours(1));

    protected override string FailureMessage => "The open-data release could not be made; it is tried again at the next look";

    /// <summary>Links in a release need the site's address; until this instance knows it, it looks again soon.</summary>
    protected override bool CanLook => SiteBase() is not null;

    protected override async Task LookAsync(CancellationToken stoppingToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        if (await scope.ServiceProvider.GetRequiredService<DataReleases>().MakeDueAsync(SiteBase()!, stoppingToken) is { } made)
        {
            logger.LogInformation("Made the open-data release of {Day}: {Records} records, {Added} added, {Changed} changed, {Retracted} retracted", made.Day.ToString("yyyy-MM-dd"), made.Records, made.Added, made.Changed, made.Retracted);
        }
    }

    /// <summary>The address links in a release start with: Site:BaseUrl, or the address this instance listens on.</summary>
    private string? SiteBase() =>
        site.IsConfigured ? site.Base : server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()?.TrimEnd('/');
}

public static class DataReleaseSetup
{
    public static IServiceCollection AddDataReleases(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<DataReleases>();
        if (configuration.GetValue("OpenData:Scheduled", true))
        {
            services.AddHostedService<DataReleaseScheduler>();
        }

        return services;
    }

    /// <summary>
    /// A release's files at <c>/data/{day}/{name}</c>, which never change: cached for a year by anyone, revalidated by
    /// their SHA-256; <c>/data/latest</c> leads to the newest release.
    /// </summary>
    public static void MapDataReleases(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/data/latest", async (DataReleases releases, CancellationToken ct) =>
            await releases.LatestDayAsync(ct) is { } day ? Results.Redirect($"/data/{day:yyyy-MM-dd}") : Results.NotFound()).ExcludeFromDescription();
        endpoints.MapGet("/data/{day}/{name}", async (string day, string name, HttpContext context, DataReleases releases, CancellationToken ct) =>
        {
            if (!DateOnly.TryParseExact(day, "yyyy-MM-dd", out var date) || await releases.FileAsync(date, name, ct) is not { } file)
            {
                return Results.NotFound();
            }

            var tag = new EntityTagHeaderValue($"\"{file.Sha256}\"");
            context.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
            return context.Request.GetTypedHeaders().IfNoneMatch.Any(t => t.Compare(tag, useStrongComparison: false))
                ? Results.StatusCode(StatusCodes.Status304NotModified)
                : Results.File(file.Content, $"{file.MediaType}; charset=utf-8", file.Name, entityTag: tag);
        }).ExcludeFromDescription();
    }
}
