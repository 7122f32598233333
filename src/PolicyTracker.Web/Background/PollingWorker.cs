using PolicyTracker.Web.Health;

namespace PolicyTracker.Web.Background;

/// <summary>
/// A background worker that looks for its work again and again (the link watch, the mail outbox, alerts, open-data
/// releases): a look runs once the database is ready and <see cref="CanLook"/>; a look that fails (the database or a
/// server away) is logged as a warning and made again at the next look, never ending the worker; between looks it
/// waits <see cref="Interval"/>, or at most ten seconds while it could not look, so work starts soon after the
/// database is ready. Stopping the app ends the wait, not a look halfway.
/// </summary>
public abstract class PollingWorker(DatabaseStartup database, ILogger logger) : BackgroundService
{
    private static readonly TimeSpan UntilReady = TimeSpan.FromSeconds(10);

    /// <summary>How long to wait after a look.</summary>
    protected abstract TimeSpan Interval { get; }

    /// <summary>What a failed look means for the work, as the warning says it ("… it is tried again at the next look").</summary>
    protected abstract string FailureMessage { get; }

    /// <summary>Whether this instance can look now, beyond the database being ready (the mail server configured).</summary>
    protected virtual bool CanLook => true;

    protected abstract Task LookAsync(CancellationToken stoppingToken);

    /// <summary>Waits before the next look; a worker that can be woken (<see cref="WakeSignal{TWorker}"/>) ends it early.</summary>
    protected virtual Task WaitAsync(TimeSpan wait, CancellationToken stoppingToken) => Task.Delay(wait, stoppingToken);

    protected sealed override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var looked = database.IsReady && CanLook;
            if (looked)
            {
                try
                {
                    await LookAsync(stoppingToken);
                }
                catch (Exception failure) when (!stoppingToken.IsCancellationRequested)
                {
#pragma warning disable CA2254 // each worker's message is a constant of its own
                    logger.LogWarning(failure, FailureMessage);
#pragma warning restore CA2254
                }
            }

            try
            {
                await WaitAsync(looked || Interval < UntilReady ? Interval : UntilReady, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
