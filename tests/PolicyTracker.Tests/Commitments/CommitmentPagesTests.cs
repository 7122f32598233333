using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.Extensions.DependencyInjection;
using PolicyTracker.Tests.Infrastructure;

namespace PolicyTracker.Tests.Commitments;

/// <summary>The public Commitments page, a commitment's own page, and the commitments on its agreement's page.</summary>
public class CommitmentPagesTests(PostgresAppFixture fixture) : IClassFixture<PostgresAppFixture>
{
    [Fact]
    public async Task The_commitments_page_lists_the_sample_commitments_with_where_each_stands()
    {
        var page = new HtmlParser().ParseDocument(await fixture.App.CreateClient().GetStringAsync("/commitments"));

        var items = page.QuerySelectorAll("ul.commitment-list li").Select(li => li.TextContent).ToList();
        Assert.Contains(items, text => text.Contains("Officials to prepare reactive media lines on PIPIR", StringComparison.Ordinal) && text.Contains("Pending", StringComparison.Ordinal));
        Assert.Contains(page.QuerySelectorAll("header a, nav a"), a => a.GetAttribute("href") == "/commitments");
    }

    [Fact]
    public async Task A_filter_lists_only_what_stands_there()
    {
        var page = await fixture.App.CreateClient().GetStringAsync("/commitments?status=Delivered");

        // Every sample commitment is pending.
        Assert.DoesNotContain("reactive media lines", page);
        Assert.Contains("No published commitment stands there.", page);
    }

    [Theory]
    // The Seahawk decision is due in 2026: not overdue before that year has wholly passed, overdue after.
    [InlineData("2026-11-26T00:00:00Z", false)]
    [InlineData("2027-01-02T00:00:00Z", true)]
    public async Task Overdue_is_computed_for_the_day_it_is_read(string now, bool seahawksOverdue)
    {
        await using var database = await TestDatabase.WithSampleDataAsync(PolicyTracker.Core.Data.DatabaseProvider.Sqlite, "overdue-on-a-day");
        await using var app = new PolicyTrackerApp(database, configure: web => web.ConfigureServices(services =>
            services.AddSingleton<TimeProvider>(new FixedClock(DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture)))));

        var page = await app.CreateClient().GetStringAsync("/commitments?overdue=true");

        // A commitment with no due date is never overdue.
        Assert.DoesNotContain("reactive media lines", page);
        Assert.Equal(seahawksOverdue, page.Contains("Cabinet to consider the final business case in 2026", StringComparison.Ordinal));
        Assert.Equal(!seahawksOverdue, page.Contains("No published commitment stands there.", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/commitments?status=Eventually", "not a status a commitment can have")]
    [InlineData("/commitments?overdue=maybe", "can only be")]
    public async Task A_filter_it_cannot_read_is_a_400_with_a_message(string path, string message)
    {
        var response = await fixture.App.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_commitment_shows_who_made_it_where_it_stands_and_its_source()
    {
        var page = new HtmlParser().ParseDocument(await fixture.App.CreateClient().GetStringAsync("/commitments/officials-to-advise-on-implementing-principles"));

        var facts = page.QuerySelector(".facts")!.TextContent;
        Assert.Contains("Judith Collins", facts);
        Assert.Contains("No date given", facts);
        Assert.Contains("Pending", facts);
        Assert.Contains(page.QuerySelectorAll(".citations .footnote-quote"), li => li.TextContent.Contains("Officials will provide me with advice on options for implementation", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_agreement_lists_its_commitments_in_their_own_section()
    {
        var page = new HtmlParser().ParseDocument(await fixture.App.CreateClient().GetStringAsync("/agreements/pipir"));

        var section = page.QuerySelector("section[aria-labelledby='commitments']")!;
        Assert.Contains(section.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/commitments/officials-to-prepare-reactive-media-lines");
        Assert.DoesNotContain(page.QuerySelectorAll("ul.related a"), a => a.GetAttribute("href")!.StartsWith("/commitments/", StringComparison.Ordinal));
    }
}
