namespace PolicyTracker.Tests.Infrastructure;

/// <summary>A clock stopped at one instant, so what is computed from today (overdue, days unanswered) is tested on known dates.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
