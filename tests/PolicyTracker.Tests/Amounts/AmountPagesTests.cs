using System.Net;
using AngleSharp.Html.Parser;
using PolicyTracker.Tests.Infrastructure;

namespace PolicyTracker.Tests.Amounts;

/// <summary>Amounts on a record's page and on the public list, in the currency the source gives, never converted.</summary>
public class AmountPagesTests(PostgresAppFixture fixture) : IClassFixture<PostgresAppFixture>
{
    [Fact]
    public async Task A_record_shows_its_amounts_with_what_they_are_for_and_their_source()
    {
        var page = new HtmlParser().ParseDocument(await fixture.App.CreateClient().GetStringAsync("/events/pentagon-indo-pacific-spending-2023"));

        var items = page.QuerySelectorAll("section.amounts > ul > li").Select(li => li.TextContent).ToList();
        Assert.Equal(2, items.Count);
        Assert.Contains(items, i => i.Contains("US$9.1 billion: the Pacific Deterrence Initiative", StringComparison.Ordinal) && i.Contains("$US9.1 billion", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_list_filters_by_currency_and_puts_the_largest_first_without_converting()
    {
        var client = fixture.App.CreateClient();

        var nzd = new HtmlParser().ParseDocument(await client.GetStringAsync("/amounts?currency=NZD"));
        var figures = nzd.QuerySelectorAll("ul.amount-list li strong").Select(s => s.TextContent).ToList();
        Assert.Equal(["NZ$12 billion", "NZ$2.7 billion", "NZ$100 million to NZ$300 million"], figures);

        var unstated = await client.GetStringAsync("/amounts?currency=unstated");
        Assert.Contains("$5 billion (currency not stated)", unstated);
        Assert.DoesNotContain("NZ$12 billion", unstated);

        var refused = await client.GetAsync("/amounts?currency=XYZ");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("not a currency", await refused.Content.ReadAsStringAsync());
    }
}
