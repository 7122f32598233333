using PolicyTracker.Core.Sources.Watching;
using PolicyTracker.Web.Background;
using PolicyTracker.Web.Health;

namespace PolicyTracker.Web.Sources;

/// <summary>
/// Looks every <see cref="LinkWatchOptions.PollInterval"/> for a link watch run that is due or was asked for, and runs
/// it when this instance can take the watch's lock. A failure (the database away) is logged and tried again at the
/// next look; a run cut short carries on from where it stopped.
/// </summary>
public sealed class LinkWatchScheduler(
    IServiceScopeFactory scopes, DatabaseStartup database, LinkWatchOptions options, WakeSignal<LinkWatchScheduler> signal, ILogger<LinkWatchScheduler> logger)
    : PollingWorker(database, logger)
{
    protected override TimeSpan Interval => options.PollInterval;

    protected override string FailureMessage => "The link watch stopped; it carries on from where it stopped at its next look";

    protected override async Task LookAsync(CancellationToken stoppingToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<LinkWatch>().RunDueAsync(stoppingToken);
    }

    protected override Task WaitAsync(TimeSpan wait, CancellationToken stoppingToken) => signal.WaitAsync(wait, stoppingToken);
}

public static class LinkWatchSetup
{
    /// <summary>The link watch (<c>Sources:LinkWatch</c>): its scheduler on every instance, of which one at a time runs it.</summary>
    public static IServiceCollection AddLinkWatch(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(configuration.GetSection(LinkWatchOptions.Section).Get<LinkWatchOptions>() ?? new LinkWatchOptions());
        services.AddSingleton<WakeSignal<LinkWatchScheduler>>();
        services.AddScoped<LinkWatch>();
        services.AddScoped<LinkWatchQueries>();
        services.AddHostedService<LinkWatchScheduler>();
        return services;
    }
}
