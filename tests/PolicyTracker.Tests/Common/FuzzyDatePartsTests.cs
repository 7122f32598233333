using PolicyTracker.Core.Common;

namespace PolicyTracker.Tests.Common;

public class FuzzyDatePartsTests
{
    [Theory]
    [InlineData("1 May 2024")]
    [InlineData("June 2024 (approx.)")]
    [InlineData("Q4 2022")]
    [InlineData("late 2022")]
    [InlineData("2022")]
    [InlineData("second half of 2024 (approx.)")]
    [InlineData("31 May–2 June 2024")]
    [InlineData("30 December 2024–2 January 2025")]
    public void A_date_taken_apart_builds_back_to_the_same_date(string text)
    {
        var date = FuzzyDate.Parse(text);

        Assert.True(FuzzyDateParts.From(date).TryBuild(out var rebuilt, out var error), error);
        Assert.Equal(date, rebuilt);
    }

    [Theory]
    [InlineData(DatePrecision.Day, 2023, 2, 29, null, "29 February 2023 is not a date on the calendar.")]
    [InlineData(DatePrecision.Day, 2023, 2, null, null, "Enter the month and the day.")]
    [InlineData(DatePrecision.Month, null, 2, null, null, "Enter the year.")]
    [InlineData(DatePrecision.Month, 2023, 13, null, null, "13")]
    [InlineData(DatePrecision.Quarter, 2023, null, null, 5, "Quarter 5 does not exist")]
    [InlineData(DatePrecision.Year, 1066, null, null, null, "1066")]
    public void An_impossible_or_incomplete_date_is_refused_with_a_message(DatePrecision precision, int? year, int? month, int? day, int? quarter, string message)
    {
        var parts = new FuzzyDateParts { Precision = precision, Year = year, Month = month, Day = day, Quarter = quarter };

        Assert.False(parts.TryBuild(out _, out var error));
        Assert.Contains(message, error);
    }

    [Fact]
    public void A_span_needs_both_days_and_its_end_after_its_start()
    {
        var parts = new FuzzyDateParts { Precision = DatePrecision.Span, Year = 2024, Month = 10, Day = 7 };
        Assert.False(parts.TryBuild(out _, out var missing));
        Assert.Equal("Enter the first and the last day: month and day of each.", missing);

        parts.UntilMonth = 10;
        parts.UntilDay = 6;
        Assert.False(parts.TryBuild(out _, out var backwards));
        Assert.Contains("must end after it starts", backwards);

        parts.UntilDay = 8;
        Assert.True(parts.TryBuild(out var date, out _));
        Assert.Equal("7–8 October 2024", date.ToString());
    }
}
