using System.Globalization;

namespace PolicyTracker.Core.Amounts;

/// <summary>A figure written as a reader expects it: "NZ$12 billion", "US$1.2 billion", "$5 billion (currency not stated)".</summary>
public static class Money
{
    public static string Format(decimal value, decimal? upTo, Currency currency)
    {
        var text = upTo is { } top ? $"{Figure(value, currency)} to {Figure(top, currency)}" : Figure(value, currency);
        return currency == Currency.Unstated ? $"{text} (currency not stated)" : text;
    }

    private static string Figure(decimal value, Currency currency) => Symbol(currency) + value switch
    {
        >= 1_000_000_000m => $"{(value / 1_000_000_000m).ToString("0.##", CultureInfo.InvariantCulture)} billion",
        >= 1_000_000m => $"{(value / 1_000_000m).ToString("0.##", CultureInfo.InvariantCulture)} million",
        _ => value.ToString("#,0.##", CultureInfo.InvariantCulture),
    };

    private static string Symbol(Currency currency) => currency switch
    {
        Currency.NZD => "NZ$",
        Currency.USD => "US$",
        Currency.AUD => "A$",
        Currency.GBP => "£",
        Currency.EUR => "€",
        _ => "$",
    };
}
