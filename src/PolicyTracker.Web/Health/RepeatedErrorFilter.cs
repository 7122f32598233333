using System.Collections.Concurrent;
using Serilog.Core;
using Serilog.Events;

namespace PolicyTracker.Web.Health;

/// <summary>
/// While the database is away every request fails the same way, and logging each in full once filled 100 MB in
/// 20 seconds. Warnings and errors of one kind (same message template, exception type and message) are written at
/// most <c>allowedPerMinute</c> times a minute; the first one written after a quiet spell says how many were left out.
/// </summary>
public sealed class RepeatedErrorFilter(TimeProvider clock, int allowedPerMinute = 5) : ILogEventFilter
{
    public const string SuppressedProperty = "RepeatsNotLogged";

    private const int MostKinds = 1000;
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<string, Tally> tallies = new();

    public bool IsEnabled(LogEvent logEvent)
    {
        if (logEvent.Level < LogEventLevel.Warning)
        {
            return true;
        }

        if (tallies.Count > MostKinds)
        {
            // Messages that vary without end would otherwise grow this without bound; forgetting only lets more through.
            tallies.Clear();
        }

        var kind = $"{logEvent.MessageTemplate.Text}|{logEvent.Exception?.GetType().FullName}|{logEvent.Exception?.Message}";
        var now = clock.GetUtcNow();
        var left = 0;
        var tally = tallies.AddOrUpdate(
            kind,
            _ => new Tally(now, 1),
            (_, current) =>
            {
                if (now - current.Since < Window)
                {
                    return current with { Count = current.Count + 1 };
                }

                left = Math.Max(0, current.Count - allowedPerMinute);
                return new Tally(now, 1);
            });
        if (left > 0)
        {
            logEvent.AddOrUpdateProperty(new LogEventProperty(SuppressedProperty, new ScalarValue(left)));
        }

        return tally.Count <= allowedPerMinute;
    }

    private sealed record Tally(DateTimeOffset Since, int Count);
}
