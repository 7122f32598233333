using System.Net;
using System.Xml.Linq;
using PolicyTracker.Core.Data;
using PolicyTracker.Core.Records;
using PolicyTracker.Web.Feeds;
using PolicyTracker.Tests.Infrastructure;

namespace PolicyTracker.Tests.PublicSite;

public class SitemapIndexTests
{
    [Fact]
    public async Task Past_the_part_size_the_sitemap_becomes_an_index_of_parts_covering_every_page_once()
    {
        await using var database = await TestDatabase.WithSampleDataAsync(DatabaseProvider.Postgres, "sitemap");
        await using var app = new PolicyTrackerApp(database, new Dictionary<string, string?> { ["Sitemap:PartSize"] = "30" });
        var client = app.CreateClient();
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

        var index = XDocument.Parse(await client.GetStringAsync("/sitemap.xml"));
        var parts = index.Root!.Elements(ns + "sitemap").Select(s => new Uri(s.Element(ns + "loc")!.Value).AbsolutePath).ToList();
        var locations = new List<string>();
        foreach (var part in parts)
        {
            var urlset = XDocument.Parse(await client.GetStringAsync(part));
            locations.AddRange(urlset.Root!.Elements(ns + "url").Select(u => u.Element(ns + "loc")!.Value));
        }

        Assert.Equal("sitemapindex", index.Root.Name.LocalName);
        Assert.True(parts.Count >= 3, $"{parts.Count} parts");
        Assert.All(parts, p => Assert.Matches(@"^/sitemap-\d+\.xml$", p));
        Assert.Equal(locations.Count, locations.Distinct().Count());
        Assert.Contains(locations, l => l.EndsWith("/agreements/pipir"));
        // Parts are read a range at a time, across records, sources and people: none is left out at a boundary.
        await using var db = database.CreateContext();
        Assert.Equal(FeedEndpoints.ListingPages.Count + await new PublishedIndexQueries(db).CountAsync(), locations.Count);
        Assert.Contains(locations, l => l.Contains("/sources/"));
        Assert.Contains(locations, l => l.Contains("/people/"));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/sitemap-{parts.Count + 1}.xml")).StatusCode);
    }
}
