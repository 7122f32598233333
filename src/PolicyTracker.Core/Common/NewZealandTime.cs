namespace PolicyTracker.Core.Common;

/// <summary>
/// The tracker's calendar is New Zealand's: a due date passes, and a working day starts, at midnight in Wellington,
/// not in UTC. Falls back to UTC where the system has no time-zone data (say so in operations, not silently here).
/// </summary>
public static class NewZealandTime
{
    private static readonly TimeZoneInfo Zone =
        TimeZoneInfo.TryFindSystemTimeZoneById("Pacific/Auckland", out var zone) ? zone : TimeZoneInfo.Utc;

    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Zone).DateTime);

    /// <summary>The New Zealand calendar day of a UTC moment.</summary>
    public static DateOnly DateOf(DateTime utc) => DateOnly.FromDateTime(Local(utc));

    /// <summary>A moment as staff in New Zealand read it: "3 December 2026, 20:02 NZ time".</summary>
    public static string Moment(DateTime utc) =>
        Local(utc).ToString("d MMMM yyyy, HH:mm", System.Globalization.CultureInfo.InvariantCulture) + " NZ time";

    private static DateTime Local(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);
}
