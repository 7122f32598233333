using PolicyTracker.Core.Accounts;
using PolicyTracker.Core.Data;

namespace PolicyTracker.Web.Health;

/// <summary>
/// Brings the database up to date as the app starts: migrations, the sample data and the first administrator. When
/// the database cannot be reached, the app starts anyway, answers 503 and reports not ready, and keeps trying in the
/// background (1 s, 2 s, 4 s ... at most 30 s apart) until it can, with no restart needed.
/// </summary>
public sealed class DatabaseStartup(IServiceScopeFactory scopes, IConfiguration configuration, ILogger<DatabaseStartup> logger)
    : IHostedService
{
    private static readonly TimeSpan LongestWait = TimeSpan.FromSeconds(30);

    private readonly CancellationTokenSource stopping = new();
    private Task retrying = Task.CompletedTask;
    private volatile bool ready;

    public bool IsReady => ready;

    /// <summary>Why the last attempt failed, for the readiness report; null once ready.</summary>
    public string? LastFailure { get; private set; } = "Not started";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        // The first attempt is awaited, so a reachable database is ready before the first request, as before.
        if (!await TryAsync(cancellationToken))
        {
            retrying = Task.Run(() => RetryAsync(stopping.Token), CancellationToken.None);
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await stopping.CancelAsync();
        await retrying.WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    private async Task RetryAsync(CancellationToken cancellationToken)
    {
        var wait = TimeSpan.FromSeconds(1);
        try
        {
            while (true)
            {
                await Task.Delay(wait, cancellationToken);
                if (await TryAsync(cancellationToken))
                {
                    return;
                }

                wait = TimeSpan.FromTicks(Math.Min(wait.Ticks * 2, LongestWait.Ticks));
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
        catch (Exception failure)
        {
            // Not the database being away but something wrong with it (a failed migration): stay not ready and say why.
            LastFailure = failure.Message;
            logger.LogCritical(failure, "Database start-up failed; the app stays not ready until it is restarted");
        }
    }

    private async Task<bool> TryAsync(CancellationToken cancellationToken)
    {
        try
        {
            await InitialiseAsync(cancellationToken);
            LastFailure = null;
            ready = true;
            return true;
        }
        catch (Exception unreachable) when (StorageFailure.Is(unreachable) && !cancellationToken.IsCancellationRequested)
        {
            LastFailure = $"The database cannot be reached: {unreachable.Message}";
            logger.LogWarning("The database cannot be reached yet ({Reason}); the app reports not ready and will try again", unreachable.Message);
            return false;
        }
    }

    private async Task InitialiseAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var initializer = scope.ServiceProvider.GetRequiredService<DatabaseInitializer>();
        // Instances started together take turns: migrations, sample data and the first administrator happen once.
        await using (await initializer.LockForStartAsync(cancellationToken))
        {
            await initializer.InitialiseAsync(configuration.GetValue("SampleData:LoadOnStart", true), cancellationToken);
            await scope.ServiceProvider.GetRequiredService<AdministratorBootstrap>()
                .EnsureAsync(configuration["Accounts:AdminEmail"], configuration["Accounts:AdminPassword"]);
        }
    }
}
