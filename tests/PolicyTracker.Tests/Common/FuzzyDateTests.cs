using PolicyTracker.Core.Common;

namespace PolicyTracker.Tests.Common;

public class FuzzyDateTests
{
    [Theory]
    [InlineData("2024-05-01", DatePrecision.Day, "2024-05-01", false, "1 May 2024")]
    [InlineData("1 May 2024", DatePrecision.Day, "2024-05-01", false, "1 May 2024")]
    [InlineData("2024-06", DatePrecision.Month, "2024-06-01", false, "June 2024")]
    [InlineData("June 2024", DatePrecision.Month, "2024-06-01", false, "June 2024")]
    [InlineData("jun 2024", DatePrecision.Month, "2024-06-01", false, "June 2024")]
    [InlineData("Q4 2022", DatePrecision.Quarter, "2022-10-01", false, "Q4 2022")]
    [InlineData("2022-Q4", DatePrecision.Quarter, "2022-10-01", false, "Q4 2022")]
    [InlineData("late 2022", DatePrecision.YearPart, "2022-09-01", false, "late 2022")]
    [InlineData("mid-2024", DatePrecision.YearPart, "2024-05-01", false, "mid-2024")]
    [InlineData("Early 2025", DatePrecision.YearPart, "2025-01-01", false, "early 2025")]
    [InlineData("2022", DatePrecision.Year, "2022-01-01", false, "2022")]
    [InlineData("June 2024 (approx.)", DatePrecision.Month, "2024-06-01", true, "June 2024 (approx.)")]
    [InlineData("~2022", DatePrecision.Year, "2022-01-01", true, "2022 (approx.)")]
    [InlineData("approx. late 2022", DatePrecision.YearPart, "2022-09-01", true, "late 2022 (approx.)")]
    [InlineData("second half of 2024", DatePrecision.HalfYear, "2024-07-01", false, "second half of 2024")]
    [InlineData("the first half of 2025", DatePrecision.HalfYear, "2025-01-01", false, "first half of 2025")]
    [InlineData("H2 2024", DatePrecision.HalfYear, "2024-07-01", false, "second half of 2024")]
    [InlineData("2024-H1", DatePrecision.HalfYear, "2024-01-01", false, "first half of 2024")]
    [InlineData("7–8 October 2024", DatePrecision.Span, "2024-10-07", false, "7–8 October 2024")]
    [InlineData("7-8 Oct 2024", DatePrecision.Span, "2024-10-07", false, "7–8 October 2024")]
    [InlineData("31 May–2 June 2024", DatePrecision.Span, "2024-05-31", false, "31 May–2 June 2024")]
    [InlineData("31 May to 2 June 2024", DatePrecision.Span, "2024-05-31", false, "31 May–2 June 2024")]
    [InlineData("30 December 2024 – 2 January 2025", DatePrecision.Span, "2024-12-30", false, "30 December 2024–2 January 2025")]
    [InlineData("2024-05-31/2024-06-02", DatePrecision.Span, "2024-05-31", false, "31 May–2 June 2024")]
    [InlineData("31 May–2 June 2024 (approx.)", DatePrecision.Span, "2024-05-31", true, "31 May–2 June 2024 (approx.)")]
    public void Parses_and_formats_the_forms_sources_use(string text, DatePrecision precision, string start, bool approximate, string shown)
    {
        var date = FuzzyDate.Parse(text);

        Assert.Equal(precision, date.Precision);
        Assert.Equal(DateOnly.Parse(start), date.Start);
        Assert.Equal(approximate, date.Approximate);
        Assert.Equal(shown, date.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("unknown")]
    [InlineData(null)]
    public void Reads_blank_or_unknown_as_an_unknown_date(string? text)
    {
        var date = FuzzyDate.Parse(text);

        Assert.False(date.IsKnown);
        Assert.Equal(DatePrecision.Unknown, date.Precision);
        Assert.Equal("date unknown", date.ToString());
    }

    [Fact]
    public void Formats_what_it_parses_back_to_the_same_date()
    {
        foreach (var date in new[]
        {
            FuzzyDate.OnDay(2025, 10, 21), FuzzyDate.InMonth(2024, 6, approximate: true), FuzzyDate.InQuarter(2022, 4),
            FuzzyDate.InPartOfYear(2024, YearPart.Mid), FuzzyDate.InYear(2022, approximate: true), FuzzyDate.Unknown,
            FuzzyDate.InHalf(2024, HalfOfYear.Second), FuzzyDate.Between(new(2024, 5, 31), new(2024, 6, 2)),
            FuzzyDate.Between(new(2024, 10, 7), new(2024, 10, 8), approximate: true),
        })
        {
            Assert.Equal(date, FuzzyDate.Parse(date.ToString()));
        }
    }

    [Theory]
    [InlineData("31 February 2024", "not a date on the calendar")]
    [InlineData("2023-02-29", "not a date on the calendar")]
    [InlineData("2024-13", "Month 13 does not exist")]
    [InlineData("2024-00-10", "Month 0 does not exist")]
    [InlineData("0 May 2024", "not a date on the calendar")]
    [InlineData("Q5 2022", "Quarter 5 does not exist")]
    [InlineData("1066", "outside the range")]
    [InlineData("Smarch 2024", "not a date we can read")]
    [InlineData("next Tuesday", "not a date we can read")]
    [InlineData("8–7 October 2024", "must end after it starts")]
    [InlineData("7–7 October 2024", "must end after it starts")]
    [InlineData("30–31 February 2024", "not a date on the calendar")]
    [InlineData("1 January–1 June 2024", "at most 62 days")]
    [InlineData("third half of 2024", "not a date we can read")]
    public void Rejects_impossible_dates_with_a_clear_message(string text, string message)
    {
        Assert.False(FuzzyDate.TryParse(text, out var date, out var error));
        Assert.Contains(message, error);
        Assert.Equal(FuzzyDate.Unknown, date);
        Assert.Throws<FuzzyDateException>(() => FuzzyDate.Parse(text));
    }

    [Fact]
    public void Orders_a_timeline_by_start_then_precision_with_unknown_last()
    {
        var shuffled = new[] { "unknown", "late 2022", "2022", "February 2022", "Q4 2022", "1 May 2024", "Q2 2024", "June 2024 (approx.)", "June 2024", "mid-2024" }
            .Select(FuzzyDate.Parse)
            .Reverse()
            .ToList();

        var ordered = shuffled.Order().Select(d => d.ToString()).ToList();

        Assert.Equal(
            ["2022", "February 2022", "late 2022", "Q4 2022", "Q2 2024", "1 May 2024", "mid-2024", "June 2024", "June 2024 (approx.)", "date unknown"],
            ordered);
    }

    [Fact]
    public void Spans_starting_the_same_day_put_the_shorter_first()
    {
        var longer = FuzzyDate.Parse("7–9 October 2024");
        var shorter = FuzzyDate.Parse("7–8 October 2024");

        Assert.Equal([shorter, longer], new[] { longer, shorter }.Order());
    }

    [Fact]
    public void Knows_the_last_day_of_the_period_it_names()
    {
        Assert.Equal(new DateOnly(2024, 6, 2), FuzzyDate.Parse("31 May–2 June 2024").End);
        Assert.Equal(new DateOnly(2024, 12, 31), FuzzyDate.Parse("second half of 2024").End);
        Assert.Null(FuzzyDate.Parse("June 2024").Until);
        Assert.Equal(new DateOnly(2022, 12, 31), FuzzyDate.Parse("late 2022").End);
        Assert.Equal(new DateOnly(2024, 2, 29), FuzzyDate.Parse("February 2024").End);
        Assert.Equal(new DateOnly(2024, 6, 30), FuzzyDate.Parse("Q2 2024").End);
        Assert.Null(FuzzyDate.Unknown.End);
    }
}
