namespace PolicyTracker.Tests.Infrastructure;

/// <summary>
/// A clock stopped at one instant, so what is computed from today (overdue, days unanswered) is tested on known dates;
/// only the test moves it on.
/// </summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
