namespace PolicyTracker.Core.Common;

/// <summary>
/// A fuzzy date taken apart for a form: the editor picks the precision first, then gives only the parts that
/// precision needs (a year and a quarter, say), so a date is never entered more precisely than its source.
/// </summary>
public sealed class FuzzyDateParts
{
    public DatePrecision Precision { get; set; } = DatePrecision.Unknown;

    public int? Year { get; set; }

    public int? Month { get; set; }

    public int? Day { get; set; }

    public int? Quarter { get; set; }

    public YearPart? Part { get; set; }

    public HalfOfYear? Half { get; set; }

    /// <summary>The last day of a span, as year, month and day; the year defaults to the first day's.</summary>
    public int? UntilYear { get; set; }

    public int? UntilMonth { get; set; }

    public int? UntilDay { get; set; }

    public bool Approximate { get; set; }

    public static FuzzyDateParts From(FuzzyDate date) => new()
    {
        Precision = date.Precision,
        Year = date.Start?.Year,
        Month = date.Precision is DatePrecision.Day or DatePrecision.Month or DatePrecision.Span ? date.Start?.Month : null,
        Day = date.Precision is DatePrecision.Day or DatePrecision.Span ? date.Start?.Day : null,
        Quarter = date.Quarter,
        Part = date.PartOfYear,
        Half = date.Half,
        UntilYear = date.Until?.Year,
        UntilMonth = date.Until?.Month,
        UntilDay = date.Until?.Day,
        Approximate = date.Approximate,
    };

    /// <summary>Builds the date, or says in plain words what is missing or impossible.</summary>
    public bool TryBuild(out FuzzyDate date, out string? error)
    {
        date = FuzzyDate.Unknown;
        error = null;
        if (Precision == DatePrecision.Unknown)
        {
            return true;
        }

        if (Year is not { } year)
        {
            error = "Enter the year.";
            return false;
        }

        try
        {
            date = Precision switch
            {
                DatePrecision.Day when Month is { } month && Day is { } day => FuzzyDate.OnDay(year, month, day, Approximate),
                DatePrecision.Month when Month is { } month => FuzzyDate.InMonth(year, month, Approximate),
                DatePrecision.Quarter when Quarter is { } quarter => FuzzyDate.InQuarter(year, quarter, Approximate),
                DatePrecision.YearPart when Part is { } part => FuzzyDate.InPartOfYear(year, part, Approximate),
                DatePrecision.HalfYear when Half is { } half => FuzzyDate.InHalf(year, half, Approximate),
                DatePrecision.Span when Month is { } month && Day is { } day && UntilMonth is { } untilMonth && UntilDay is { } untilDay =>
                    FuzzyDate.Between(FuzzyDate.CalendarDay(year, month, day), FuzzyDate.CalendarDay(UntilYear ?? year, untilMonth, untilDay), Approximate),
                DatePrecision.Year => FuzzyDate.InYear(year, Approximate),
                _ => throw new FuzzyDateException(Precision switch
                {
                    DatePrecision.Day => "Enter the month and the day.",
                    DatePrecision.Month => "Choose the month.",
                    DatePrecision.Quarter => "Choose the quarter.",
                    DatePrecision.HalfYear => "Choose the first or the second half.",
                    DatePrecision.Span => "Enter the first and the last day: month and day of each.",
                    _ => "Choose early, mid or late.",
                }),
            };
            return true;
        }
        catch (FuzzyDateException invalid)
        {
            error = invalid.Message;
            return false;
        }
    }
}
