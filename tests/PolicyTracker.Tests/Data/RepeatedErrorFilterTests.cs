using PolicyTracker.Web.Health;
using Serilog.Events;
using Serilog.Parsing;

namespace PolicyTracker.Tests.Data;

public class RepeatedErrorFilterTests
{
    private static readonly MessageTemplate Failed = new MessageTemplateParser().Parse("Failed executing DbCommand ({Elapsed}ms)");

    private static LogEvent Event(MovingClock clock, LogEventLevel level = LogEventLevel.Error, string? exceptionMessage = "Failed to connect to 127.0.0.1:5432") =>
        new(clock.GetUtcNow(), level, exceptionMessage is null ? null : new TimeoutException(exceptionMessage), Failed, []);

    [Fact]
    public void The_same_error_is_written_five_times_a_minute_and_then_says_how_many_it_left_out()
    {
        var clock = new MovingClock();
        var filter = new RepeatedErrorFilter(clock);

        var written = Enumerable.Range(0, 100).Count(_ => filter.IsEnabled(Event(clock)));
        Assert.Equal(5, written);

        // Another kind of error, and anything below a warning, is not held back by the first.
        Assert.True(filter.IsEnabled(Event(clock, exceptionMessage: "Connection refused")));
        Assert.All(Enumerable.Range(0, 20), _ => Assert.True(filter.IsEnabled(Event(clock, LogEventLevel.Information))));

        clock.Advance(TimeSpan.FromMinutes(1));
        var next = Event(clock);
        Assert.True(filter.IsEnabled(next));
        Assert.Equal("95", next.Properties[RepeatedErrorFilter.SuppressedProperty].ToString());
    }
}

/// <summary>A clock the test moves on by hand.</summary>
internal sealed class MovingClock : TimeProvider
{
    private DateTimeOffset now = new(2026, 11, 26, 0, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => now;

    public void Advance(TimeSpan by) => now += by;
}
