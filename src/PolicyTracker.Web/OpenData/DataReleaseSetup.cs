using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Net.Http.Headers;
using PolicyTracker.Web.Health;
using PolicyTracker.Web.Security;

namespace PolicyTracker.Web.OpenData;

/// <summary>
/// Looks every <c>OpenData:PollInterval</c> (an hour) whether today's release is due, and makes it. Every instance
/// looks; the database lets one make it. A failure (the database away) is logged and tried at the next look.
/// </summary>
public sealed class DataReleaseScheduler(
    IServiceScopeFactory scopes, DatabaseStartup database, SiteAddress site, IServer server, IConfiguration configuration, ILogger<DataReleaseScheduler> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = configuration.GetValue("OpenData:PollInterval", TimeSpan.FromHours(1));
        while (!stoppingToken.IsCancellationRequested)
        {
            // Until the database is ready (migrations at start), look again soon rather than an hour later.
            var looked = database.IsReady && SiteBase() is { } links && await TryMakeAsync(links, stoppingToken);
            try
            {
                await Task.Delay(looked ? interval : TimeSpan.FromSeconds(10), stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task<bool> TryMakeAsync(string links, CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            if (await scope.ServiceProvider.GetRequiredService<DataReleases>().MakeDueAsync(links, stoppingToken) is { } made)
            {
                logger.LogInformation("Made the open-data release of {Day}: {Records} records, {Added} added, {Changed} changed, {Retracted} retracted", made.Day.ToString("yyyy-MM-dd"), made.Records, made.Added, made.Changed, made.Retracted);
            }
        }
        catch (Exception failure) when (!stoppingToken.IsCancellationRequested)
        {
            logger.LogWarning(failure, "The open-data release could not be made; it is tried again at the next look");
        }

        return true;
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
