using System.Globalization;
using PolicyTracker.Core.Agreements;
using PolicyTracker.Core.Common;
using PolicyTracker.Web.Components.Shared;

namespace PolicyTracker.Web.Agreements;

/// <summary>One agreement's row in the status chart: its name, its page and its status steps in date order.</summary>
public sealed record StatusChartRow(string Name, string Slug, IReadOnlyList<StatusChangeView> Steps);

/// <summary>
/// The geometry of the status chart, worked out once on the server for a given drawing width: a time axis from the
/// first January before the earliest dated step to today, and for each agreement a bar whose segments are its
/// statuses, each lasting until the next step (the last until today). A step dated only to a month, a season or a
/// year starts with a ramp across the whole period it could have happened in, rather than a crisp edge at its first
/// day; an approximate date widens the ramp; a step whose date sources dispute is marked. Undated steps cannot be
/// placed and are left to the table that goes with the chart.
/// </summary>
public sealed class StatusChartLayout
{
    public const double RowHeight = 46;
    public const double BarHeight = 18;
    public const double LabelBaseline = 15;
    public const double BarTop = 21;
    public const double AxisHeight = 26;
    private const double Margin = 22;
    private const int ApproximateSlackDays = 15;

    public sealed record Segment(NzStatus Status, double X, double Width, double FuzzyWidth, bool Disputed, string Title);

    public sealed record Row(string Name, string Slug, double Top, IReadOnlyList<Segment> Segments, bool HasUndated);

    public sealed record Tick(double X, string Label);

    public StatusChartLayout(IReadOnlyList<StatusChartRow> rows, DateOnly today, double width)
    {
        Width = width;
        var dated = rows.SelectMany(r => r.Steps).Where(s => s.Date.IsKnown).Select(s => Earliest(s.Date)).ToList();
        Start = dated.Count == 0 ? new DateOnly(today.Year, 1, 1) : new DateOnly(dated.Min().Year, 1, 1);
        End = today > Start ? today : Start.AddDays(1);
        Rows = rows.Select((row, i) => new Row(row.Name, row.Slug, i * RowHeight, SegmentsOf(row), row.Steps.Any(s => !s.Date.IsKnown))).ToList();
        Ticks = TicksFor(width);
        Height = (rows.Count * RowHeight) + AxisHeight;
    }

    public double Width { get; }

    public double Height { get; }

    public DateOnly Start { get; }

    /// <summary>Today: every bar runs to here, since a status lasts until a later step changes it.</summary>
    public DateOnly End { get; }

    public IReadOnlyList<Row> Rows { get; }

    public IReadOnlyList<Tick> Ticks { get; }

    public double AxisTop => Rows.Count * RowHeight;

    public double X(DateOnly date)
    {
        var clamped = date < Start ? Start : date > End ? End : date;
        var fraction = (double)(clamped.DayNumber - Start.DayNumber) / (End.DayNumber - Start.DayNumber);
        return Math.Round(Margin + (fraction * (Width - (2 * Margin))), 1);
    }

    private IReadOnlyList<Segment> SegmentsOf(StatusChartRow row)
    {
        var steps = row.Steps.Where(s => s.Date.IsKnown).OrderBy(s => s.Date).ToList();
        var segments = new List<Segment>();
        for (var i = 0; i < steps.Count; i++)
        {
            var step = steps[i];
            var from = X(Earliest(step.Date));
            var fuzzyTo = X(Latest(step.Date));
            var to = i + 1 < steps.Count ? X(Earliest(steps[i + 1].Date)) : X(End);
            var until = i + 1 < steps.Count ? $"until {steps[i + 1].Date}" : "to date";
            var disputed = step.DateClaims.Count > 0;
            var title = $"{row.Name}: {Labels.For(step.Status)} from {step.Date} {until}{(DateQuestion(step) is { } question ? $" ({question})" : "")}";
            segments.Add(new Segment(step.Status, from, Math.Max(to - from, 2), Math.Min(fuzzyTo, to) - from, disputed, title));
        }

        return segments;
    }

    /// <summary>What the sources say against a step's date, if anything: the mark on the chart, in words.</summary>
    public static string? DateQuestion(StatusChangeView step) => step.DateClaims.Count switch
    {
        0 => null,
        1 => "a source gives a more precise date",
        _ => "sources disagree on the date",
    };

    private List<Tick> TicksFor(double width)
    {
        var years = Enumerable.Range(Start.Year, End.Year - Start.Year + 1).Select(y => new DateOnly(y, 1, 1)).Where(d => d >= Start && d <= End).ToList();
        var every = Math.Max(1, (int)Math.Ceiling(years.Count * 44 / width));
        return years.Where((_, i) => i % every == 0).Select(d => new Tick(X(d), d.Year.ToString(CultureInfo.InvariantCulture))).ToList();
    }

    private static DateOnly Earliest(FuzzyDate date) => date.Start!.Value.AddDays(date.Approximate ? -ApproximateSlackDays : 0);

    private static DateOnly Latest(FuzzyDate date) => date.End!.Value.AddDays(date.Approximate ? ApproximateSlackDays : 0);
}
