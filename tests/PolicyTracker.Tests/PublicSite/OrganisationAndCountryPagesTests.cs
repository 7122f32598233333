using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using PolicyTracker.Core.Common;
using PolicyTracker.Core.People;
using PolicyTracker.Tests.Infrastructure;

namespace PolicyTracker.Tests.PublicSite;

/// <summary>
/// Organisations and countries have public pages, as people do: what names them, who works there, what a country is
/// party to; each record's page links them; the unpublished ones are not found.
/// </summary>
public class OrganisationAndCountryPagesTests(PostgresAppFixture fixture) : IClassFixture<PostgresAppFixture>
{
    private const string Ministry = "nz-ministry-of-defence";

    [Fact]
    public async Task An_organisations_page_lists_the_records_naming_it_and_the_people_there_and_its_records_link_to_it()
    {
        await using var db = fixture.App.Database.CreateContext();
        var naming = await db.Records.Where(r => r.State == PublicationState.Published && r.Organisations.Any(o => o.Slug == Ministry))
            .Select(r => new { r.Kind, r.Slug }).ToListAsync();
        Assert.NotEmpty(naming);
        var client = fixture.App.CreateClient();

        var page = new HtmlParser().ParseDocument(await client.GetStringAsync($"/organisations/{Ministry}"));

        Assert.Equal("Ministry of Defence (New Zealand)", page.QuerySelector("h1")!.TextContent.Trim());
        var links = page.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).ToList();
        Assert.All(naming, record => Assert.Contains(Web.Components.Shared.Paths.Record(record.Kind, record.Slug), links));
        Assert.Contains("/countries/new-zealand", links);
        var recordPage = new HtmlParser().ParseDocument(await client.GetStringAsync(Web.Components.Shared.Paths.Record(naming[0].Kind, naming[0].Slug)));
        Assert.Contains(recordPage.QuerySelectorAll("a"), a => a.GetAttribute("href") == $"/organisations/{Ministry}");
        var list = new HtmlParser().ParseDocument(await client.GetStringAsync("/organisations"));
        Assert.Contains(list.QuerySelectorAll("a"), a => a.GetAttribute("href") == $"/organisations/{Ministry}");
    }

    [Fact]
    public async Task A_countrys_page_lists_what_it_is_party_to_its_organisations_and_the_records_naming_it()
    {
        await using var db = fixture.App.Database.CreateContext();
        var partyTo = await db.Set<Core.Agreements.PartyMembership>()
            .Where(p => p.Country.Slug == "new-zealand" && p.Agreement.State == PublicationState.Published).Select(p => p.Agreement.Slug).ToListAsync();
        var naming = await db.Records.Where(r => r.State == PublicationState.Published && r.Countries.Any(c => c.Slug == "new-zealand"))
            .OrderByDescending(r => r.Date.Start).Select(r => new { r.Kind, r.Slug }).Take(10).ToListAsync();
        Assert.NotEmpty(partyTo);
        Assert.NotEmpty(naming);

        var page = new HtmlParser().ParseDocument(await fixture.App.CreateClient().GetStringAsync("/countries/new-zealand"));

        var links = page.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).ToList();
        Assert.All(partyTo, slug => Assert.Contains($"/agreements/{slug}", links));
        Assert.Contains($"/organisations/{Ministry}", links);
        Assert.Contains(links, link => naming.Any(r => link == Web.Components.Shared.Paths.Record(r.Kind, r.Slug)));
        Assert.Contains("/timeline?country=new-zealand", links);
    }

    [Fact]
    public async Task Unpublished_and_unknown_organisations_and_countries_are_not_found_and_name_nothing()
    {
        await fixture.App.ChangeAsync(async (_, db) =>
        {
            var draft = new Organisation { Slug = "draft-organisation", Name = "A draft body", CreatedBy = "test", UpdatedBy = "test" };
            db.Organisations.Add(draft);
            var named = await db.Records.Where(r => r.State == PublicationState.Published).OrderBy(r => r.Slug).FirstAsync();
            named.Organisations.Add(draft);
            await db.SaveChangesAsync();
        });
        var client = fixture.App.CreateClient();

        foreach (var path in new[] { "/organisations/draft-organisation", "/organisations/no-such-body", "/countries/atlantis", "/api/organisations/draft-organisation", "/api/countries/atlantis" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(path)).StatusCode);
        }

        Assert.DoesNotContain("draft-organisation", await client.GetStringAsync("/organisations"));
        var filtered = await client.GetFromJsonAsync<JsonElement>("/api/records?organisation=draft-organisation");
        Assert.Equal(0, filtered.GetProperty("items").GetArrayLength());
    }

    /// <summary>The README's run command starts on SQLite, which has no lateral join: every new address answers there too.</summary>
    [Fact]
    public async Task The_pages_and_feeds_answer_on_sqlite_the_development_database()
    {
        await using var database = await TestDatabase.WithSampleDataAsync(Core.Data.DatabaseProvider.Sqlite, "organisation-pages-sqlite");
        await using var app = new PolicyTrackerApp(database);
        var client = app.CreateClient();

        foreach (var path in new[]
        {
            "/organisations", "/countries", "/organisations/new-zealand-government", $"/organisations/{Ministry}", "/countries/new-zealand",
            "/workstreams/pipir-supply-chain-resilience", $"/feed.atom?organisation={Ministry}", "/feed.atom?record=pipir-supply-chain-resilience",
            $"/timeline?organisation={Ministry}", $"/api/organisations/{Ministry}", "/api/countries/new-zealand", "/sitemap.xml",
        })
        {
            var response = await client.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path} answered {(int)response.StatusCode} on SQLite.");
        }

        Assert.Contains("Judith Collins", await client.GetStringAsync("/organisations/new-zealand-government"));
    }

    [Fact]
    public async Task The_api_filters_records_by_organisation_and_describes_organisations_and_countries()
    {
        await using var db = fixture.App.Database.CreateContext();
        var naming = await db.Records.Where(r => r.State == PublicationState.Published && r.Organisations.Any(o => o.Slug == Ministry))
            .Select(r => r.Slug).ToListAsync();
        var client = fixture.App.CreateClient();

        var filtered = await client.GetFromJsonAsync<JsonElement>($"/api/records?organisation={Ministry}");
        var organisation = await client.GetFromJsonAsync<JsonElement>($"/api/organisations/{Ministry}");
        var country = await client.GetFromJsonAsync<JsonElement>("/api/countries/new-zealand");

        Assert.Equal(naming.Order(), filtered.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("slug").GetString()!).Order());
        Assert.Equal("new-zealand", organisation.GetProperty("country").GetProperty("slug").GetString());
        Assert.Contains(country.GetProperty("organisations").EnumerateArray(), o => o.GetProperty("slug").GetString() == Ministry);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/records?organisation=%3Cscript%3E")).StatusCode);
    }
}
