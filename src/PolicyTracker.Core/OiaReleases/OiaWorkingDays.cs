namespace PolicyTracker.Core.OiaReleases;

/// <summary>
/// Working days as the Official Information Act 1982 (s 2) defines them: every day except Saturdays, Sundays,
/// Waitangi Day, Good Friday, Easter Monday, Anzac Day, the Sovereign's Birthday (first Monday in June), Matariki,
/// Labour Day (fourth Monday in October), the Monday after a Waitangi Day or Anzac Day that falls on a weekend, and
/// every day from 25 December to 15 January. Regional anniversary days are working days. A request must be
/// answered within 20 working days after the day it is received (s 15).
/// </summary>
public static class OiaWorkingDays
{
    public const int ResponseLimit = 20;

    /// <summary>
    /// Matariki's dates, fixed by the schedule of Te Kāhui o Matariki Public Holiday Act 2022 (2022–2028 here, as
    /// published by the government in July 2021). A later year must be added from the Act before it can be counted.
    /// </summary>
    private static readonly Dictionary<int, DateOnly> Matariki = new()
    {
        [2022] = new(2022, 6, 24), [2023] = new(2023, 7, 14), [2024] = new(2024, 6, 28), [2025] = new(2025, 6, 20),
        [2026] = new(2026, 7, 10), [2027] = new(2027, 6, 25), [2028] = new(2028, 7, 14),
    };


    /// <summary>The last day for a response to a request received on <paramref name="received"/>: 20 working days after it.</summary>
    public static DateOnly ResponseDue(DateOnly received) => AddWorkingDays(received, ResponseLimit);

    /// <summary>How many working days after <paramref name="from"/> <paramref name="to"/> is (0 when it is not later).</summary>
    public static int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        var count = 0;
        for (var day = from.AddDays(1); day <= to; day = day.AddDays(1))
        {
            count += IsWorkingDay(day) ? 1 : 0;
        }

        return count;
    }

    public static DateOnly AddWorkingDays(DateOnly from, int workingDays)
    {
        var day = from;
        for (var counted = 0; counted < workingDays;)
        {
            day = day.AddDays(1);
            counted += IsWorkingDay(day) ? 1 : 0;
        }

        return day;
    }

    public static bool IsWorkingDay(DateOnly day)
    {
        if (day.Year < 1983 || (day.Year >= 2022 && day.Month >= 6 && !Matariki.ContainsKey(day.Year)))
        {
            throw new ArgumentOutOfRangeException(nameof(day), day,
                $"Working days cannot be counted here on {day:d MMMM yyyy}: the Act dates from 1982, and Matariki's dates are known to {Matariki.Keys.Max()}.");
        }

        if (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday || IsChristmasClosure(day))
        {
            return false;
        }

        var easter = EasterSunday(day.Year);
        // Waitangi Day and Anzac Day falling on a weekend move to the Monday from 2014 (the 2013 amendment).
        var mondayised = day.Year >= 2014;
        return !(mondayised && day == MondayAfterIfWeekend(new DateOnly(day.Year, 2, 6)))
            && !(mondayised && day == MondayAfterIfWeekend(new DateOnly(day.Year, 4, 25)))
            && day != new DateOnly(day.Year, 2, 6)
            && day != new DateOnly(day.Year, 4, 25)
            && day != easter.AddDays(-2)
            && day != easter.AddDays(1)
            && day != NthMonday(day.Year, 6, 1)
            && day != NthMonday(day.Year, 10, 4)
            && !(Matariki.TryGetValue(day.Year, out var matariki) && day == matariki);
    }

    private static bool IsChristmasClosure(DateOnly day) => (day.Month == 12 && day.Day >= 25) || (day.Month == 1 && day.Day <= 15);

    private static DateOnly MondayAfterIfWeekend(DateOnly holiday) => holiday.DayOfWeek switch
    {
        DayOfWeek.Saturday => holiday.AddDays(2),
        DayOfWeek.Sunday => holiday.AddDays(1),
        _ => holiday,
    };

    private static DateOnly NthMonday(int year, int month, int n)
    {
        var first = new DateOnly(year, month, 1);
        var offset = ((int)DayOfWeek.Monday - (int)first.DayOfWeek + 7) % 7;
        return first.AddDays(offset + (7 * (n - 1)));
    }

    /// <summary>Western Easter Sunday (the anonymous Gregorian algorithm).</summary>
    private static DateOnly EasterSunday(int year)
    {
        int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
        int h = ((19 * a) + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        int m = (a + (11 * h) + (22 * l)) / 451, month = (h + l - (7 * m) + 114) / 31, dayOfMonth = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, dayOfMonth);
    }
}
