using PolicyTracker.Web.Background;
using PolicyTracker.Core.Alerts;
using PolicyTracker.Core.History;
using PolicyTracker.Web.Health;

namespace PolicyTracker.Web.Alerts;

/// <summary>
/// Looks every <c>Alerts:PollInterval</c> (a minute) for public changes not yet mailed to confirmed subscribers and
/// queues their mail; every instance looks, and each change reaches each subscriber once (<see cref="AlertSubscriptions.QueueDueAsync"/>).
/// </summary>
public sealed class AlertDispatcher(IServiceScopeFactory scopes, DatabaseStartup database, IConfiguration configuration, ILogger<AlertDispatcher> logger)
    : PollingWorker(database, logger)
{
    protected override TimeSpan Interval { get; } = configuration.GetValue("Alerts:PollInterval", TimeSpan.FromMinutes(1));

    protected override string FailureMessage => "Alerts could not be queued; they are at the next look";

    protected override Task LookAsync(CancellationToken stoppingToken) => DispatchAsync(scopes, stoppingToken);

    /// <summary>One look: queues whatever alerts are due.</summary>
    public static async Task<int> DispatchAsync(IServiceScopeFactory scopes, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ChangeLogQueries>().LastChangeAsync(cancellationToken) is { } last
            ? await scope.ServiceProvider.GetRequiredService<AlertSubscriptions>().QueueDueAsync(last, cancellationToken)
            : 0;
    }
}

public static class AlertSetup
{
    public static IServiceCollection AddAlerts(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<AlertSubscriptions>();
        services.AddScoped<AlertLinks>();
        services.AddScoped<Mail.IMailComposer, AlertConfirmationMail>();
        services.AddScoped<Mail.IMailComposer, AlertChangesMail>();
        if (configuration.GetValue("Alerts:Scheduled", true))
        {
            services.AddHostedService<AlertDispatcher>();
        }

        return services;
    }

    /// <summary>
    /// One-click unsubscribe (RFC 8058): a mail client POSTs <c>List-Unsubscribe=One-Click</c> to the link in the
    /// mail's header, with no cookie and no form of ours, so no antiforgery token; the signed token is the proof.
    /// </summary>
    public static void MapAlerts(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(AlertLinks.UnsubscribePath, async (string? token, AlertLinks links, AlertSubscriptions subscriptions, CancellationToken ct) =>
            links.ReadManagement(token) is { } id && await subscriptions.UnsubscribeAsync(id, ct)
                ? Results.Text("Unsubscribed: the address has been deleted.", "text/plain")
                // With a body, so the not-found page is not re-run for a POST (which a page would refuse as a form without its token).
                : Results.Text("No such alert: it may have been ended already.", "text/plain", statusCode: StatusCodes.Status404NotFound))
            .DisableAntiforgery()
            .ExcludeFromDescription();
        // Opened in a browser rather than posted: the page where the reader can end it with one button.
        endpoints.MapGet(AlertLinks.UnsubscribePath, (string? token) => Results.Redirect($"{AlertLinks.ManagePath}?token={Uri.EscapeDataString(token ?? "")}"))
            .ExcludeFromDescription();
    }
}
