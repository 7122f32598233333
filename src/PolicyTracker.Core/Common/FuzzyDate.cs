using System.Globalization;
using System.Text.RegularExpressions;

namespace PolicyTracker.Core.Common;

/// <summary>How much of a date the sources actually support.</summary>
/// <remarks>
/// Stored as a number, so values are fixed once used: the later additions come after <see cref="Unknown"/>.
/// For two dates starting the same day, the timeline puts the lower number first.
/// </remarks>
public enum DatePrecision
{
    Day = 0,
    Month = 1,
    Quarter = 2,
    /// <summary>Early (Jan–Apr), mid (May–Aug) or late (Sep–Dec) in a year: the sources say "late 2022", "mid-2024".</summary>
    YearPart = 3,
    Year = 4,
    Unknown = 5,
    /// <summary>The first (Jan–Jun) or second (Jul–Dec) half of a year: "the second half of 2024".</summary>
    HalfYear = 6,
    /// <summary>Some day between two days a source names: "31 May–2 June 2024" for a three-day conference.</summary>
    Span = 7,
}

public enum HalfOfYear
{
    First = 1,
    Second = 2,
}

public enum YearPart
{
    Early = 1,
    Mid = 2,
    Late = 3,
}

/// <summary>
/// A date known only as precisely as its source says: a day, a span of days, a month, a quarter, half or part
/// of a year, a year, or not at all, optionally "approximately". Stored as the first day of the period it names
/// plus the precision (and, for a span, its last day), so records sort on one indexed column.
/// </summary>
[System.Text.Json.Serialization.JsonConverter(typeof(FuzzyDateJsonConverter))]
public sealed partial record FuzzyDate : IComparable<FuzzyDate>
{
    public const int MinYear = 1900;
    public const int MaxYear = 2200;

    public static readonly FuzzyDate Unknown = new() { Precision = DatePrecision.Unknown };

    /// <summary>First day of the period the date names; null when unknown.</summary>
    public DateOnly? Start { get; private init; }

    public DatePrecision Precision { get; private init; }

    public bool Approximate { get; private init; }

    /// <summary>Last day of a <see cref="DatePrecision.Span"/>; null for every other precision, whose end follows from its start.</summary>
    public DateOnly? Until { get; private init; }

    /// <summary>The longest span of days a date may name; anything longer is a month, a quarter or a year part.</summary>
    public const int MaxSpanDays = 62;

    private FuzzyDate()
    {
    }

    /// <summary>
    /// A date as its four columns hold it, for query projections: projecting a stored date whole makes EF Core 10
    /// read every column of the row it belongs to (search vectors and drafts included), while its columns are read alone.
    /// </summary>
    internal static FuzzyDate FromColumns(DateOnly? start, DatePrecision precision, bool approximate, DateOnly? until) =>
        new() { Start = start, Precision = precision, Approximate = approximate, Until = until };

    public bool IsKnown => Start is not null;

    /// <summary>Last day of the period the date names; null when unknown.</summary>
    public DateOnly? End => Start is not { } start
        ? null
        : Precision switch
        {
            DatePrecision.Day => start,
            DatePrecision.Month => start.AddMonths(1).AddDays(-1),
            DatePrecision.Quarter => start.AddMonths(3).AddDays(-1),
            DatePrecision.YearPart => start.AddMonths(4).AddDays(-1),
            DatePrecision.HalfYear => start.AddMonths(6).AddDays(-1),
            DatePrecision.Span => Until,
            _ => start.AddYears(1).AddDays(-1),
        };

    public static FuzzyDate OnDay(int year, int month, int day, bool approximate = false) =>
        Create(CalendarDay(year, month, day), DatePrecision.Day, approximate);

    /// <summary>A day on the calendar within the years this tracker records, or a message saying why not.</summary>
    internal static DateOnly CalendarDay(int year, int month, int day)
    {
        CheckYear(year);
        CheckMonth(month);
        if (day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            throw new FuzzyDateException($"{day} {MonthName(month)} {year} is not a date on the calendar.");
        }

        return new DateOnly(year, month, day);
    }

    /// <summary>Some day from <paramref name="first"/> to <paramref name="last"/>, both included.</summary>
    public static FuzzyDate Between(DateOnly first, DateOnly last, bool approximate = false)
    {
        CheckYear(first.Year);
        CheckYear(last.Year);
        if (last <= first)
        {
            throw new FuzzyDateException($"A span of days must end after it starts; {Written(last)} is not after {Written(first)}.");
        }

        if (last.DayNumber - first.DayNumber + 1 > MaxSpanDays)
        {
            throw new FuzzyDateException($"A span of days can be at most {MaxSpanDays} days long; for a longer period use a month, a quarter or part of a year.");
        }

        return new() { Start = first, Until = last, Precision = DatePrecision.Span, Approximate = approximate };
    }

    public static FuzzyDate InMonth(int year, int month, bool approximate = false)
    {
        CheckYear(year);
        CheckMonth(month);
        return Create(new DateOnly(year, month, 1), DatePrecision.Month, approximate);
    }

    public static FuzzyDate InQuarter(int year, int quarter, bool approximate = false)
    {
        CheckYear(year);
        if (quarter is < 1 or > 4)
        {
            throw new FuzzyDateException($"Quarter {quarter} does not exist; quarters run from Q1 to Q4.");
        }

        return Create(new DateOnly(year, (quarter * 3) - 2, 1), DatePrecision.Quarter, approximate);
    }

    public static FuzzyDate InPartOfYear(int year, YearPart part, bool approximate = false)
    {
        CheckYear(year);
        if (!Enum.IsDefined(part))
        {
            throw new FuzzyDateException("Part of a year must be early, mid or late.");
        }

        return Create(new DateOnly(year, ((int)part * 4) - 3, 1), DatePrecision.YearPart, approximate);
    }

    public static FuzzyDate InHalf(int year, HalfOfYear half, bool approximate = false)
    {
        CheckYear(year);
        if (!Enum.IsDefined(half))
        {
            throw new FuzzyDateException("Half of a year must be the first or the second.");
        }

        return Create(new DateOnly(year, half == HalfOfYear.First ? 1 : 7, 1), DatePrecision.HalfYear, approximate);
    }

    public static FuzzyDate InYear(int year, bool approximate = false)
    {
        CheckYear(year);
        return Create(new DateOnly(year, 1, 1), DatePrecision.Year, approximate);
    }

    public int? Quarter => Precision == DatePrecision.Quarter ? ((Start!.Value.Month - 1) / 3) + 1 : null;

    public HalfOfYear? Half => Precision == DatePrecision.HalfYear ? (Start!.Value.Month < 7 ? HalfOfYear.First : HalfOfYear.Second) : null;

    public YearPart? PartOfYear => Precision == DatePrecision.YearPart ? (YearPart)(((Start!.Value.Month - 1) / 4) + 1) : null;

    /// <summary>
    /// The date as a reader should see it: "1 May 2024", "7–8 October 2024", "June 2024", "Q4 2022", "late 2022",
    /// "second half of 2024", "2024", "June 2024 (approx.)".
    /// </summary>
    public override string ToString()
    {
        if (Start is not { } start)
        {
            return "date unknown";
        }

        var text = Precision switch
        {
            DatePrecision.Day => Written(start),
            DatePrecision.Span => SpanText(start, Until!.Value),
            DatePrecision.Month => $"{MonthName(start.Month)} {start.Year}",
            DatePrecision.Quarter => $"Q{Quarter} {start.Year}",
            DatePrecision.YearPart => PartOfYear switch
            {
                YearPart.Early => $"early {start.Year}",
                YearPart.Mid => $"mid-{start.Year}",
                _ => $"late {start.Year}",
            },
            DatePrecision.HalfYear => $"{(Half == HalfOfYear.First ? "first" : "second")} half of {start.Year}",
            _ => start.Year.ToString(CultureInfo.InvariantCulture),
        };
        return Approximate ? text + " (approx.)" : text;
    }

    /// <summary>
    /// Timeline order: by the first day of each period, then the more precise date first, then exact before
    /// approximate; unknown dates come last.
    /// </summary>
    public int CompareTo(FuzzyDate? other)
    {
        if (other is null)
        {
            return 1;
        }

        return (Start, other.Start) switch
        {
            (null, null) => 0,
            (null, _) => 1,
            (_, null) => -1,
            var (a, b) when a != b => a.Value.CompareTo(b.Value),
            _ => Precision != other.Precision
                ? Precision.CompareTo(other.Precision)
                : Approximate != other.Approximate
                    ? Approximate.CompareTo(other.Approximate)
                    : Nullable.Compare(Until, other.Until),
        };
    }

    public static FuzzyDate Parse(string? text) =>
        TryParse(text, out var date, out var error) ? date : throw new FuzzyDateException(error);

    /// <summary>
    /// Reads the forms editors and the sample data use: "2024-05-01", "1 May 2024", "2024-06", "June 2024",
    /// "Q2 2024", "2024-Q2", "late 2022", "mid-2024", "second half of 2024", "H2 2024", "2024", "unknown",
    /// and spans of days: "7–8 October 2024", "31 May–2 June 2024", "30 December 2024–2 January 2025",
    /// "2024-05-31/2024-06-02"; "~" or "approx." in front, or "(approx.)" behind, marks it approximate.
    /// </summary>
    public static bool TryParse(string? text, out FuzzyDate date, out string error)
    {
        date = Unknown;
        error = "";
        var value = (text ?? "").Trim();
        var approximate = false;
        var marker = ApproximateMarker().Match(value);
        if (marker.Success)
        {
            approximate = true;
            value = marker.Groups["rest"].Value.Trim();
        }

        if (value.Length == 0 || value.Equals("unknown", StringComparison.OrdinalIgnoreCase)
            || value.Equals("date unknown", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        try
        {
            var parsed = ParseKnown(value, approximate);
            if (parsed is null)
            {
                error = $"\"{text}\" is not a date we can read. Use forms like 1 May 2024, 7–8 October 2024, June 2024, Q2 2024, late 2022, second half of 2024 or 2024.";
                return false;
            }

            date = parsed;
            return true;
        }
        catch (FuzzyDateException ex)
        {
            error = ex.Message;
            return false;
        }
    }

    private static FuzzyDate? ParseKnown(string value, bool approximate)
    {
        if (IsoSpan().Match(value) is { Success: true } isoSpan)
        {
            return Between(
                CalendarDay(Number(isoSpan, "fromy"), Number(isoSpan, "fromm"), Number(isoSpan, "fromd")),
                CalendarDay(Number(isoSpan, "toy"), Number(isoSpan, "tom"), Number(isoSpan, "tod")),
                approximate);
        }

        if (WrittenSpan().Match(value) is { Success: true } span)
        {
            return ParseWrittenSpan(span, approximate);
        }

        if (HalfYearDate().Match(value) is { Success: true } half)
        {
            var which = half.Groups["which"].Value.ToLowerInvariant() is "first" or "1" ? HalfOfYear.First : HalfOfYear.Second;
            return InHalf(Number(half, "year"), which, approximate);
        }

        if (IsoDate().Match(value) is { Success: true } iso)
        {
            var year = Number(iso, "year");
            var month = iso.Groups["month"].Success ? Number(iso, "month") : (int?)null;
            var day = iso.Groups["day"].Success ? Number(iso, "day") : (int?)null;
            return (month, day) switch
            {
                (null, _) => InYear(year, approximate),
                (int m, null) => InMonth(year, m, approximate),
                (int m, int d) => OnDay(year, m, d, approximate),
            };
        }

        if (QuarterDate().Match(value) is { Success: true } quarter)
        {
            return InQuarter(Number(quarter, "year"), Number(quarter, "quarter"), approximate);
        }

        if (PartOfYearDate().Match(value) is { Success: true } part)
        {
            var which = Enum.Parse<YearPart>(part.Groups["part"].Value, ignoreCase: true);
            return InPartOfYear(Number(part, "year"), which, approximate);
        }

        if (WrittenDate().Match(value) is { Success: true } written)
        {
            var month = MonthNumber(written.Groups["month"].Value);
            if (month is null)
            {
                return null;
            }

            return written.Groups["day"].Success
                ? OnDay(Number(written, "year"), month.Value, Number(written, "day"), approximate)
                : InMonth(Number(written, "year"), month.Value, approximate);
        }

        return null;
    }

    /// <summary>"7–8 October 2024", "31 May–2 June 2024", "30 December 2024–2 January 2025": what the first day leaves out, it shares with the last.</summary>
    private static FuzzyDate? ParseWrittenSpan(Match span, bool approximate)
    {
        var lastMonth = MonthNumber(span.Groups["month2"].Value);
        var firstMonth = span.Groups["month1"].Success ? MonthNumber(span.Groups["month1"].Value) : lastMonth;
        if (firstMonth is null || lastMonth is null)
        {
            return null;
        }

        var lastYear = Number(span, "year2");
        var firstYear = span.Groups["year1"].Success ? Number(span, "year1") : lastYear;
        return Between(
            CalendarDay(firstYear, firstMonth.Value, Number(span, "day1")),
            CalendarDay(lastYear, lastMonth.Value, Number(span, "day2")),
            approximate);
    }

    private static string Written(DateOnly day) => $"{day.Day} {MonthName(day.Month)} {day.Year}";

    private static string SpanText(DateOnly first, DateOnly last) =>
        first.Year != last.Year ? $"{Written(first)}–{Written(last)}"
        : first.Month != last.Month ? $"{first.Day} {MonthName(first.Month)}–{Written(last)}"
        : $"{first.Day}–{Written(last)}";

    private static FuzzyDate Create(DateOnly start, DatePrecision precision, bool approximate) =>
        new() { Start = start, Precision = precision, Approximate = approximate };

    private static void CheckYear(int year)
    {
        if (year is < MinYear or > MaxYear)
        {
            throw new FuzzyDateException($"The year {year} is outside the range this tracker records ({MinYear}–{MaxYear}).");
        }
    }

    private static void CheckMonth(int month)
    {
        if (month is < 1 or > 12)
        {
            throw new FuzzyDateException($"Month {month} does not exist; months run from 1 to 12.");
        }
    }

    private static int Number(Match match, string group) =>
        int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);

    private static string MonthName(int month) =>
        CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month);

    private static int? MonthNumber(string name)
    {
        var format = CultureInfo.InvariantCulture.DateTimeFormat;
        for (var month = 1; month <= 12; month++)
        {
            if (name.Equals(format.GetMonthName(month), StringComparison.OrdinalIgnoreCase)
                || name.TrimEnd('.').Equals(format.GetAbbreviatedMonthName(month), StringComparison.OrdinalIgnoreCase))
            {
                return month;
            }
        }

        return null;
    }

    [GeneratedRegex(@"^(?:(?:~|c\.|circa|about|approx\.?|approximately)\s*(?<rest>.+)|(?<rest>.+?)\s*\(approx\.?\))$", RegexOptions.IgnoreCase)]
    private static partial Regex ApproximateMarker();

    [GeneratedRegex(@"^(?<year>\d{4})(?:-(?<month>\d{1,2})(?:-(?<day>\d{1,2}))?)?$")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"^(?:Q(?<quarter>\d)\s+(?<year>\d{4})|(?<year>\d{4})-Q(?<quarter>\d))$", RegexOptions.IgnoreCase)]
    private static partial Regex QuarterDate();

    [GeneratedRegex(@"^(?<fromy>\d{4})-(?<fromm>\d{1,2})-(?<fromd>\d{1,2})\s*/\s*(?<toy>\d{4})-(?<tom>\d{1,2})-(?<tod>\d{1,2})$")]
    private static partial Regex IsoSpan();

    // A hyphen, an en dash or "to" between the days; the first day may leave out its month and year.
    [GeneratedRegex(@"^(?<day1>\d{1,2})(?:\s+(?<month1>[A-Za-z]+\.?)(?:\s+(?<year1>\d{4}))?)?\s*(?:-|–|—|\bto\b)\s*(?<day2>\d{1,2})\s+(?<month2>[A-Za-z]+\.?)\s+(?<year2>\d{4})$", RegexOptions.IgnoreCase)]
    private static partial Regex WrittenSpan();

    [GeneratedRegex(@"^(?:(?:the\s+)?(?<which>first|second)\s+half\s+of\s+(?<year>\d{4})|H(?<which>[12])\s+(?<year>\d{4})|(?<year>\d{4})-H(?<which>[12]))$", RegexOptions.IgnoreCase)]
    private static partial Regex HalfYearDate();

    [GeneratedRegex(@"^(?<part>early|mid|late)[\s-]+(?<year>\d{4})$", RegexOptions.IgnoreCase)]
    private static partial Regex PartOfYearDate();

    [GeneratedRegex(@"^(?:(?<day>\d{1,2})\s+)?(?<month>[A-Za-z]+\.?)\s+(?<year>\d{4})$")]
    private static partial Regex WrittenDate();
}

public sealed class FuzzyDateException(string message) : FormatException(message);
