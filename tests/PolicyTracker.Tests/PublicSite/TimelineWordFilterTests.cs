using System.Net;
using AngleSharp.Html.Parser;
using PolicyTracker.Tests.Infrastructure;

namespace PolicyTracker.Tests.PublicSite;

/// <summary>The public timeline's word filter, the same as the analysts' one: on the page, in the CSV and in the API.</summary>
public class TimelineWordFilterTests(PostgresAppFixture fixture) : IClassFixture<PostgresAppFixture>
{
    [Fact]
    public async Task Words_narrow_the_page_the_csv_and_the_api_alike_and_stay_in_the_form()
    {
        var client = fixture.App.CreateClient();

        var page = new HtmlParser().ParseDocument(await client.GetStringAsync("/timeline?text=HONOLULU"));
        var titles = page.QuerySelectorAll("a.timeline-title").Select(a => a.TextContent).ToList();
        Assert.Contains(titles, t => t.Contains("first meeting, Honolulu", StringComparison.Ordinal));
        Assert.DoesNotContain(titles, t => t.Contains("NTIB", StringComparison.Ordinal));
        Assert.Equal("HONOLULU", page.QuerySelector("input[name=text]")!.GetAttribute("value"));

        var all = (await client.GetStringAsync("/timeline.csv")).Split('\n', StringSplitOptions.RemoveEmptyEntries).Length;
        var csv = (await client.GetStringAsync("/timeline.csv?text=honolulu")).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(titles.Count, csv.Length - 1);
        Assert.True(csv.Length < all);
        Assert.Contains("Honolulu", await client.GetStringAsync("/api/records?text=honolulu"));
    }

    [Fact]
    public async Task Too_many_words_are_refused_with_a_message()
    {
        var response = await fixture.App.CreateClient().GetAsync("/api/records?text=" + new string('a', 201));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("at most 200 characters", await response.Content.ReadAsStringAsync());
    }
}
