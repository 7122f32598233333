using PolicyTracker.Core.Common;

namespace PolicyTracker.Core.Disclosures;

/// <summary>
/// The time from an act to the public's first knowledge of it, as honest as the two dates allow: a range from the
/// least it can be (the act's last possible day to the disclosure's first) to the most (first day to last day).
/// "Late 2022" to "22 May 2024" is 16 to 21 months, never a false "538 days".
/// </summary>
public sealed record DisclosureLag(int LeastDays, int MostDays)
{
    private const double DaysPerMonth = 365.25 / 12;

    /// <summary>The lag, or null when either date is unknown or the disclosure cannot have come after the act.</summary>
    public static DisclosureLag? Between(FuzzyDate act, FuzzyDate disclosed)
    {
        if (act.Start is not { } actStart || act.End is not { } actEnd || disclosed.Start is not { } publicStart || disclosed.End is not { } publicEnd)
        {
            return null;
        }

        var most = publicEnd.DayNumber - actStart.DayNumber;
        if (most < 0)
        {
            return null;
        }

        return new DisclosureLag(Math.Max(0, publicStart.DayNumber - actEnd.DayNumber), most);
    }

    /// <summary>Exact when both dates are days; otherwise whole months, rounded outwards.</summary>
    public bool IsExact => LeastDays == MostDays;

    public override string ToString()
    {
        if (MostDays < 62)
        {
            return IsExact ? Days(LeastDays) : $"{LeastDays}–{Days(MostDays)}";
        }

        var least = (int)Math.Floor(LeastDays / DaysPerMonth);
        var most = (int)Math.Ceiling(MostDays / DaysPerMonth);
        return least == most ? $"about {Months(most)}" : least == 0 ? $"up to {Months(most)}" : $"{least}–{Months(most)}";
    }

    private static string Days(int days) => days == 1 ? "1 day" : $"{days} days";

    private static string Months(int months) => months == 1 ? "1 month" : $"{months} months";
}
