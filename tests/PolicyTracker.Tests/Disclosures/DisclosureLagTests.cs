using PolicyTracker.Core.Common;
using PolicyTracker.Core.Disclosures;

namespace PolicyTracker.Tests.Disclosures;

public class DisclosureLagTests
{
    [Theory]
    // Both days: exact.
    [InlineData("1 May 2024", "1 June 2024", 31, 31, "31 days")]
    [InlineData("6 December 2024", "8 December 2024", 2, 2, "2 days")]
    // Months: from the act's last day to the disclosure's first, and from the first to the last.
    [InlineData("June 2024", "December 2024", 154, 213, "5–7 months")]
    // Part of a year to a day: NTIB, late 2022 to RNZ's report of 22 May 2024.
    [InlineData("late 2022", "22 May 2024", 508, 629, "16–21 months")]
    // Years: as little as the years between allow, as much as their whole span, and said so.
    [InlineData("2022", "2024", 366, 1095, "12–36 months")]
    [InlineData("2022", "2023", 1, 729, "up to 24 months")]
    // The same month: up to a month, not zero.
    [InlineData("October 2024", "October 2024", 0, 30, "0–30 days")]
    public void The_lag_is_a_range_as_precise_as_both_dates(string act, string disclosed, int least, int most, string shown)
    {
        var lag = DisclosureLag.Between(FuzzyDate.Parse(act), FuzzyDate.Parse(disclosed));

        Assert.NotNull(lag);
        Assert.Equal(least, lag.LeastDays);
        Assert.Equal(most, lag.MostDays);
        Assert.Equal(shown, lag.ToString());
    }

    [Theory]
    [InlineData("unknown", "22 May 2024")]
    [InlineData("late 2022", "unknown")]
    [InlineData("1 June 2024", "1 May 2024")]
    public void No_lag_is_given_when_a_date_is_unknown_or_the_disclosure_would_come_first(string act, string disclosed) =>
        Assert.Null(DisclosureLag.Between(FuzzyDate.Parse(act), FuzzyDate.Parse(disclosed)));
}
