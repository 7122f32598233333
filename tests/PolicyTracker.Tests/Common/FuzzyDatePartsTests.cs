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
}
