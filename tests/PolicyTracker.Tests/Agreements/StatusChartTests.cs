using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using PolicyTracker.Core.Agreements;
using PolicyTracker.Core.Common;
using PolicyTracker.Core.Records;
using PolicyTracker.Tests.Infrastructure;
using PolicyTracker.Web.Agreements;
using PolicyTracker.Web.Components.Shared;

namespace PolicyTracker.Tests.Agreements;

/// <summary>The status chart: its geometry (fuzzy dates drawn fuzzy, statuses end where the next begins) and its pages.</summary>
public class StatusChartTests(PostgresAppFixture fixture) : IClassFixture<PostgresAppFixture>
{
    private static readonly DateOnly Today = new(2026, 11, 26);

    [Fact]
    public void Each_status_runs_from_its_date_to_the_next_and_the_last_to_today()
    {
        var layout = Layout(Step(NzStatus.Considering, FuzzyDate.OnDay(2024, 3, 1)), Step(NzStatus.Joined, FuzzyDate.OnDay(2025, 3, 1)));

        var (first, second) = (layout.Rows[0].Segments[0], layout.Rows[0].Segments[1]);
        Assert.Equal(layout.X(new DateOnly(2024, 3, 1)), first.X);
        Assert.Equal(second.X, first.X + first.Width, precision: 1);
        Assert.Equal(layout.X(Today), second.X + second.Width, precision: 1);
        Assert.Equal(new DateOnly(2024, 1, 1), layout.Start);
        Assert.Equal(["2024", "2025", "2026"], layout.Ticks.Select(t => t.Label));
    }

    [Fact]
    public void A_date_known_only_to_a_month_season_or_year_starts_with_a_fade_as_wide_as_the_period()
    {
        var day = Layout(Step(NzStatus.Joined, FuzzyDate.OnDay(2024, 7, 1))).Rows[0].Segments[0];
        var month = Layout(Step(NzStatus.Joined, FuzzyDate.InMonth(2024, 7))).Rows[0].Segments[0];
        var approximateMonth = Layout(Step(NzStatus.Joined, FuzzyDate.InMonth(2024, 7, approximate: true))).Rows[0].Segments[0];
        var year = Layout(Step(NzStatus.Joined, FuzzyDate.InYear(2024))).Rows[0].Segments[0];

        Assert.Equal(0, day.FuzzyWidth);
        Assert.True(month.FuzzyWidth > 0);
        Assert.True(approximateMonth.FuzzyWidth > month.FuzzyWidth);
        Assert.True(year.FuzzyWidth > approximateMonth.FuzzyWidth);
    }

    [Fact]
    public void Undated_steps_are_left_out_of_the_drawing_and_said_to_be_so_and_disputed_dates_are_marked()
    {
        var claim = new DateClaimView(FuzzyDate.InMonth(2024, 5), "Another date", []);
        var layout = Layout(Step(NzStatus.Considering, FuzzyDate.Unknown), Step(NzStatus.Endorsed, FuzzyDate.InYear(2024), claim, claim));

        var row = Assert.Single(layout.Rows);
        Assert.True(row.HasUndated);
        var segment = Assert.Single(row.Segments);
        Assert.Equal(NzStatus.Endorsed, segment.Status);
        Assert.True(segment.Disputed);
        Assert.Contains("sources disagree on the date", segment.Title, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_home_page_draws_every_agreement_with_a_name_a_description_a_table_and_a_legend()
    {
        var page = await GetAsync("/");

        var chart = page.QuerySelector("[data-testid=status-chart]")!;
        var svgs = chart.QuerySelectorAll("svg[role=img]");
        Assert.Equal(2, svgs.Length); // narrow and wide; CSS shows one
        foreach (var svg in svgs)
        {
            var labelledBy = svg.GetAttribute("aria-labelledby")!.Split(' ');
            Assert.Equal("New Zealand's status in each agreement over time", page.GetElementById(labelledBy[0])!.TextContent);
            var description = page.GetElementById(labelledBy[1])!.TextContent;
            Assert.Contains("PIPIR: Considering from July 2024 (approx.), then Joined from late 2024 (a source gives a more precise date).", description, StringComparison.Ordinal);
            Assert.Contains("NTIB: Included by another party from late 2022.", description, StringComparison.Ordinal);
        }

        var wide = svgs[1];
        Assert.Equal(7, wide.QuerySelectorAll("text.status-chart-label").Length);
        Assert.Contains(wide.QuerySelectorAll("g.status-chart-segment"), g => g.GetAttribute("data-status") == "IncludedByAnotherParty" && g.QuerySelector("rect.status-chart-fuzzy") is not null);
        Assert.Contains(wide.QuerySelectorAll("g.status-chart-segment"), g => g.QuerySelector("title")!.TextContent.StartsWith("Statement of Principles: Endorsed", StringComparison.Ordinal) && g.QuerySelector(".status-chart-disputed") is not null);

        var table = page.QuerySelector(".status-chart-table table")!;
        var rows = table.QuerySelectorAll("tbody tr").Select(tr => string.Join(" | ", tr.Children.Select(c => c.TextContent.Trim()))).ToList();
        Assert.Contains("PIPIR | Considering | July 2024 (approx.) | late 2024 | ", rows);
        Assert.Contains("PIPIR | Joined | late 2024 | to date | a source gives a more precise date", rows);
        Assert.Equal(wide.QuerySelectorAll("g.status-chart-segment").Length, rows.Count); // every sample step is dated

        var legend = page.QuerySelectorAll(".status-legend dt").Select(dt => dt.TextContent.Trim()).ToList();
        Assert.Equal(Enum.GetValues<NzStatus>().Select(Labels.For), legend);
    }

    [Fact]
    public async Task An_agreement_page_draws_its_own_status_and_explains_the_words()
    {
        var page = await GetAsync("/agreements/pipir");

        var wide = page.QuerySelector("[data-testid=status-chart] svg.status-chart-wide")!;
        Assert.Equal("New Zealand's status in PIPIR over time", page.GetElementById(wide.GetAttribute("aria-labelledby")!.Split(' ')[0])!.TextContent);
        Assert.Equal(["Considering", "Joined"], wide.QuerySelectorAll("g.status-chart-segment").Select(g => g.GetAttribute("data-status")));
        Assert.Contains("Included by another party", page.QuerySelector(".status-legend")!.TextContent, StringComparison.Ordinal);
    }

    private async Task<IHtmlDocument> GetAsync(string path) =>
        new HtmlParser().ParseDocument(await fixture.App.CreateClient().GetStringAsync(path));

    private static StatusChartLayout Layout(params StatusChangeView[] steps) =>
        new([new StatusChartRow("Test agreement", "test", steps)], Today, 960);

    private static StatusChangeView Step(NzStatus status, FuzzyDate date, params DateClaimView[] claims) =>
        new(status, date, null, [], claims, []);
}
