using System.Globalization;
using PolicyTracker.Core.Amounts;

namespace PolicyTracker.Tests.Amounts;

public class MoneyTests
{
    [Theory]
    [InlineData("12000000000", null, Currency.NZD, "NZ$12 billion")]
    [InlineData("1200000000", null, Currency.USD, "US$1.2 billion")]
    [InlineData("100000000", "300000000", Currency.NZD, "NZ$100 million to NZ$300 million")]
    [InlineData("5000000000", null, Currency.Unstated, "$5 billion (currency not stated)")]
    [InlineData("82000000", null, Currency.NZD, "NZ$82 million")]
    [InlineData("250000", null, Currency.AUD, "A$250,000")]
    public void A_figure_reads_as_a_reader_expects_in_its_own_currency(string value, string? upTo, Currency currency, string shown) =>
        Assert.Equal(shown, Money.Format(decimal.Parse(value, CultureInfo.InvariantCulture), upTo is null ? null : decimal.Parse(upTo, CultureInfo.InvariantCulture), currency));
}
