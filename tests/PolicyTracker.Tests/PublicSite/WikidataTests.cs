using System.Text.Json;
using AngleSharp.Html.Parser;
using PolicyTracker.Core.Common;
using PolicyTracker.Core.People;
using PolicyTracker.Tests.Infrastructure;

namespace PolicyTracker.Tests.PublicSite;

/// <summary>A person's Wikidata item joins the tracker to other open data: schema.org's sameAs, a link, and the dataset.</summary>
public class WikidataTests(PostgresAppFixture fixture) : IClassFixture<PostgresAppFixture>
{
    [Fact]
    public async Task A_persons_item_is_their_pages_sameAs_and_a_link_and_the_dataset_carries_every_item()
    {
        await fixture.App.ChangeAsync(async (_, db) =>
        {
            db.People.Add(new Person { Slug = "person-with-an-item", Name = "Person with an item", WikidataId = "Q42", State = PublicationState.Published });
            db.People.Add(new Person { Slug = "person-without-one", Name = "Person without one", State = PublicationState.Published });
            await db.SaveChangesAsync();
        });
        var client = fixture.App.CreateClient();

        var page = new HtmlParser().ParseDocument(await client.GetStringAsync("/people/person-with-an-item"));
        var data = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement;
        Assert.Equal("https://www.wikidata.org/wiki/Q42", data.GetProperty("sameAs").GetString());
        Assert.Equal("Q42", page.QuerySelector("a[href='https://www.wikidata.org/wiki/Q42']")?.TextContent);
        var without = new HtmlParser().ParseDocument(await client.GetStringAsync("/people/person-without-one"));
        Assert.False(JsonDocument.Parse(without.QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement.TryGetProperty("sameAs", out _));

        var dataset = await fixture.App.Database.ExportDatasetAsync();
        Assert.Contains("\"wikidataId\": \"Q42\"", dataset);
        Assert.Contains("\"wikidataId\": \"Q664\"", dataset);
    }
}
