namespace PolicyTracker.Web.Background;

/// <summary>
/// Wakes one background worker of this instance at once (<typeparamref name="TWorker"/>: the link watch's scheduler,
/// the mail outbox) instead of at its next look; other instances see the work at their next look.
/// </summary>
public sealed class WakeSignal<TWorker>
{
    private readonly SemaphoreSlim wake = new(0, 1);

    public void Wake()
    {
        try
        {
            wake.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already woken.
        }
    }

    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => wake.WaitAsync(timeout, cancellationToken);
}
