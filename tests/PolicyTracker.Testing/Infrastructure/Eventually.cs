namespace PolicyTracker.Tests.Infrastructure;

/// <summary>Waits for a condition by asking it again and again until a deadline, instead of sleeping a fixed time.</summary>
public static class Eventually
{
    public static Task TrueAsync(Func<bool> condition, TimeSpan limit, string what) =>
        TrueAsync(() => Task.FromResult(condition()), limit, what);

    /// <summary>The same for a condition that must ask something over the network (a page, a server).</summary>
    public static async Task TrueAsync(Func<Task<bool>> condition, TimeSpan limit, string what)
    {
        var deadline = DateTime.UtcNow + limit;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Waited {limit.TotalSeconds} s for {what}.");
            }

            await Task.Delay(50);
        }
    }
}
