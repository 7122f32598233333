using System.Net;
using System.ServiceModel.Syndication;
using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using PolicyTracker.Core.Common;
using PolicyTracker.Core.Records;
using PolicyTracker.Tests.Infrastructure;
using PolicyTracker.Core.Statements;
using PolicyTracker.Core.Meetings;

namespace PolicyTracker.Tests.PublicSite;

/// <summary>JSON-LD, the sitemap, the feed, robots.txt and OpenAPI parse, and list published records only.</summary>
public class MachineReadableTests(MachineReadableTests.Fixture fixture) : IClassFixture<MachineReadableTests.Fixture>
{
    public sealed class Fixture : IAsyncLifetime
    {
        private readonly PostgresAppFixture app = new();

        public PolicyTrackerApp App => app.App;

        public async Task InitializeAsync()
        {
            await app.InitializeAsync();
            await App.ChangeAsync(async (_, db) =>
            {
                db.Add(TestRecords.Create(db, RecordKind.Meeting, "draft-meeting", PublicationState.Draft));
                db.Add(TestRecords.Create(db, RecordKind.Statement, "review-statement", PublicationState.InReview));
                await db.SaveChangesAsync();
            });
        }

        public Task DisposeAsync() => app.DisposeAsync();
    }

    [Fact]
    public async Task The_timeline_csv_carries_what_each_kind_declares_for_its_line()
    {
        // The sample's published meetings with a place or a count, and statements with a published speaker, as the database has them.
        var published = PublicationState.Published;
        await using var db = fixture.App.Database.CreateContext();
        var meetings = await db.Set<Meeting>().Where(m => m.State == published && (m.Place != null || m.Count != null))
            .Select(m => new { m.Slug, m.Place, m.Count, m.CountIsMinimum, m.EndDate.Start }).ToListAsync();
        var statements = await db.Set<Statement>().Where(s => s.State == published && s.Speaker != null && s.Speaker.State == published)
            .Select(s => new { s.Slug, s.Text, Speaker = s.Speaker!.Name }).ToListAsync();
        Assert.Contains(meetings, m => m.Place != null);
        Assert.Contains(meetings, m => m.Count != null);
        Assert.NotEmpty(statements);

        var rows = CsvRows(await fixture.App.CreateClient().GetStringAsync("/timeline.csv"));

        Assert.All(meetings, meeting =>
        {
            var row = rows.Single(r => r["url"].EndsWith($"/meetings/{meeting.Slug}", StringComparison.Ordinal));
            Assert.Equal(meeting.Place ?? "", row["place"]);
            Assert.Equal(meeting.Count is null ? "" : meeting.CountIsMinimum ? $"more than {meeting.Count}" : $"{meeting.Count}", row["meetings_counted"]);
            Assert.Equal(meeting.Start is null, row["end_date"] == "");
        });
        Assert.All(statements, statement =>
        {
            var row = rows.Single(r => r["url"].EndsWith($"/statements/{statement.Slug}", StringComparison.Ordinal));
            Assert.Equal(statement.Text, row["quotation"]);
            Assert.Equal(statement.Speaker, row["speaker"]);
            Assert.NotEqual("", row["quotation_status"]);
        });
        // A person's timeline lists what they said, though the statement does not name them among its people.
        var speaker = await db.People.Where(p => p.State == published && p.Slug != "judith-collins").OrderBy(p => p.Slug).FirstAsync();
        await fixture.App.ChangeAsync(async (_, changing) =>
        {
            var said = (Core.Statements.Statement)TestRecords.Create(changing, RecordKind.Statement, "said-by-a-speaker-only", published);
            said.Speaker = await changing.People.SingleAsync(p => p.Id == speaker.Id);
            said.People.Clear();
            changing.Add(said);
            await changing.SaveChangesAsync();
        });
        var theirs = CsvRows(await fixture.App.CreateClient().GetStringAsync($"/timeline.csv?person={speaker.Slug}"));
        Assert.Contains(theirs, r => r["url"].EndsWith("/statements/said-by-a-speaker-only", StringComparison.Ordinal));
    }

    private static List<Dictionary<string, string>> CsvRows(string text)
    {
        using var csv = CsvHelper.CsvReader.Create(new StringReader(text.TrimStart('\uFEFF')), new CsvHelper.CsvReaderOptions());
        var rows = new List<Dictionary<string, string>>();
        while (csv.Read())
        {
            rows.Add(csv.Headers.ToDictionary(name => name, name => csv.GetString(name)));
        }

        return rows;
    }

    [Theory]
    [InlineData("/agreements/pipir", "CreativeWork", "Partnership for Indo-Pacific Industrial Resilience (PIPIR)")]
    [InlineData("/agreements/ntib", "Legislation", "National Technology and Industrial Base (NTIB)")]
    [InlineData("/statements/laplante-pipir-collective-ability", "Quotation", "LaPlante: PIPIR will strengthen collective ability to produce and sustain")]
    [InlineData("/meetings/pipir-first-meeting-honolulu", "Event", "PIPIR's first meeting, Honolulu")]
    [InlineData("/sources/rnz-nz-joins-pipir", "NewsArticle", "NZ joins new group that might be answer to US exhausting weapons in a war")]
    public async Task Detail_pages_carry_schema_org_json_ld(string path, string type, string name)
    {
        var page = new HtmlParser().ParseDocument(await fixture.App.CreateClient().GetStringAsync(path));

        var json = JsonDocument.Parse(Assert.Single(page.QuerySelectorAll("script[type='application/ld+json']")).TextContent).RootElement;

        Assert.Equal("https://schema.org", json.GetProperty("@context").GetString());
        Assert.Equal(type, json.GetProperty("@type").GetString());
        Assert.Equal(name, json.GetProperty("name").GetString());
        Assert.EndsWith(path, json.GetProperty("url").GetString());
    }

    [Fact]
    public async Task A_kind_adds_its_own_facts_to_the_json_ld_with_typed_things()
    {
        var client = fixture.App.CreateClient();
        var statement = JsonLdOf(await client.GetStringAsync("/statements/laplante-pipir-collective-ability"));
        var meeting = JsonLdOf(await client.GetStringAsync("/meetings/pipir-first-meeting-honolulu"));

        Assert.Equal("Person", statement.GetProperty("creator").GetProperty("@type").GetString());
        Assert.Equal("William LaPlante", statement.GetProperty("creator").GetProperty("name").GetString());
        Assert.False(string.IsNullOrEmpty(statement.GetProperty("text").GetString()));
        Assert.Equal("Place", meeting.GetProperty("location").GetProperty("@type").GetString());
        Assert.False(meeting.TryGetProperty("text", out _));
    }

    [Fact]
    public async Task The_api_tags_a_records_own_facts_with_its_kind()
    {
        var json = JsonDocument.Parse(await fixture.App.CreateClient().GetStringAsync("/api/records/pipir-first-meeting-honolulu")).RootElement;

        var facts = json.GetProperty("facts");
        Assert.Equal("Meeting", facts.GetProperty("kind").GetString());
        Assert.Equal("Honolulu", facts.GetProperty("place").GetString());
        Assert.False(facts.TryGetProperty("text", out _));
    }

    private static JsonElement JsonLdOf(string html) =>
        JsonDocument.Parse(new HtmlParser().ParseDocument(html).QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement;

    [Fact]
    public async Task The_sitemap_is_valid_xml_listing_published_pages_only()
    {
        var xml = XDocument.Parse(await fixture.App.CreateClient().GetStringAsync("/sitemap.xml"));
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

        var locations = xml.Root!.Elements(ns + "url").Select(u => new Uri(u.Element(ns + "loc")!.Value).AbsolutePath).ToList();

        Assert.Contains("/agreements/pipir", locations);
        Assert.Contains("/statements/laplante-pipir-collective-ability", locations);
        Assert.Contains("/sources/rnz-nz-joins-pipir", locations);
        Assert.Contains("/people/judith-collins", locations);
        Assert.Contains("/organisations/nz-ministry-of-defence", locations);
        Assert.Contains("/countries/new-zealand", locations);
        Assert.DoesNotContain("/meetings/draft-meeting", locations);
        Assert.DoesNotContain("/statements/review-statement", locations);
        Assert.Equal(locations.Count, locations.Distinct().Count());
        // Every listing page, the three once missing included, and each of them answers.
        Assert.Subset(locations.ToHashSet(), new HashSet<string> { "/", "/timeline", "/commitments", "/not-announced", "/amounts", "/about" });
        foreach (var listing in PolicyTracker.Web.Feeds.FeedEndpoints.ListingPages)
        {
            Assert.Contains(listing, locations);
            Assert.Equal(System.Net.HttpStatusCode.OK, (await fixture.App.CreateClient().GetAsync(listing)).StatusCode);
        }
    }

    [Fact]
    public async Task The_atom_feed_parses_and_lists_published_changes_only()
    {
        await using var stream = await fixture.App.CreateClient().GetStreamAsync("/feed.atom");
        using var reader = XmlReader.Create(stream);

        var feed = SyndicationFeed.Load(reader);

        Assert.NotEmpty(feed.Items);
        var links = feed.Items.Select(i => i.Links.Single().Uri.AbsolutePath).ToList();
        Assert.Contains(links, l => l.StartsWith("/agreements/") || l.StartsWith("/events/") || l.StartsWith("/statements/"));
        Assert.DoesNotContain("/meetings/draft-meeting", links);
        Assert.DoesNotContain("/statements/review-statement", links);
        // A publication's entry says what the record is: its summary, not a stock phrase.
        Assert.All(feed.Items.Where(i => i.Title.Text.StartsWith("Published:", StringComparison.Ordinal)), item =>
            Assert.DoesNotContain("on PolicyTracker.", item.Summary.Text));
        Assert.Contains(feed.Items, i => i.Summary.Text.Contains("Partnership for Indo-Pacific Industrial Resilience", StringComparison.Ordinal)
            || i.Summary.Text.Contains("PIPIR", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Robots_txt_points_to_the_sitemap_and_openapi_describes_the_api()
    {
        var client = fixture.App.CreateClient();

        var robots = await client.GetStringAsync("/robots.txt");
        var openApi = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json")).RootElement;

        Assert.Contains("Sitemap: http://localhost/sitemap.xml", robots);
        var paths = openApi.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/records", paths);
        Assert.Contains("/api/records/{slug}", paths);
        Assert.Contains("/api/agreements/{slug}", paths);
        Assert.Contains("/api/search", paths);
        // It describes the public read API only: nothing of the accounts or the workspace.
        Assert.All(paths, path => Assert.StartsWith("/api/", path));
        // The record route's summary names every kind there is, from the registry.
        var recordSummary = openApi.GetProperty("paths").GetProperty("/api/records/{slug}").GetProperty("get").GetProperty("summary").GetString()!;
        Assert.All(RecordKinds.All, kind => Assert.Contains(kind.Noun, recordSummary));
    }

    [Fact]
    public async Task The_timeline_csv_has_a_row_per_published_record_and_defuses_formulas()
    {
        await fixture.App.ChangeAsync(async (_, db) =>
        {
            db.Add(TestRecords.Create(db, RecordKind.Event, "formula-title", PublicationState.Published, "=HYPERLINK(\"http://evil.example\")"));
            await db.SaveChangesAsync();
        });

        var response = await fixture.App.CreateClient().GetAsync("/timeline.csv?from=2025-03&to=2025-03");
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("date,date_start,date_end", lines[0]);
        Assert.Single(lines.Skip(1));
        Assert.DoesNotContain(",=HYPERLINK", lines[1]);
        Assert.Contains("HYPERLINK", lines[1]);
    }

    [Fact]
    public async Task The_timeline_csv_starts_with_a_utf8_byte_order_mark_so_spreadsheets_read_it_as_utf8()
    {
        var bytes = await fixture.App.CreateClient().GetByteArrayAsync("/timeline.csv");

        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes.Take(3));
        Assert.StartsWith("date,", System.Text.Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3));
    }

    /// <summary>
    /// A spreadsheet or a CSV parser reads the export whole: one row a record, the people, organisations and countries
    /// it names, and its sources numbered so the nth title, address and pinpoint line up across their columns.
    /// </summary>
    [Fact]
    public async Task The_timeline_csv_reads_back_through_a_csv_parser_with_names_and_numbered_sources()
    {
        var published = PublicationState.Published;
        await fixture.App.ChangeAsync(async (_, db) =>
        {
            var record = TestRecords.Create(db, RecordKind.Event, "csv-cited-twice", published, "CSV, with a comma");
            record.Countries.Add(await db.Countries.Where(c => c.State == published).OrderBy(c => c.Name).FirstAsync());
            var second = await db.Sources.Where(source => source.State == published && source.Url != null && source.Slug != "rnz-nz-joins-pipir").OrderBy(source => source.Slug).FirstAsync();
            record.Citations.Add(new Core.Sources.Citation { Source = second, Pinpoint = "p. 4", PinpointKind = Core.Sources.PinpointKind.Paraphrase });
            db.Add(record);
            await db.SaveChangesAsync();
        });
        var expected = await ExpectedAsync("csv-cited-twice");

        var rows = CsvRows(await fixture.App.CreateClient().GetStringAsync("/timeline.csv"));

        var row = rows.Single(r => r["url"].EndsWith("/events/csv-cited-twice", StringComparison.Ordinal));
        Assert.Equal("CSV, with a comma", row["title"]);
        Assert.Equal("Event", row["kind"]);
        Assert.Equal("Month", row["precision"]);
        Assert.Equal(expected.Person, row["people"]);
        Assert.Equal(expected.Country, row["countries"]);
        Assert.Equal(expected.Sources, row["sources"]);
        Assert.Equal(expected.Urls, row["source_urls"]);
        Assert.Equal("1. a pinpoint; 2. p. 4", row["pinpoints"]);
        Assert.Equal("Published", row["state"]);
    }

    private async Task<(string Person, string Country, string Sources, string Urls)> ExpectedAsync(string slug)
    {
        (string, string, string, string) expected = default;
        await fixture.App.ChangeAsync(async (_, db) =>
        {
            var record = await db.Records.Where(r => r.Slug == slug)
                .Select(r => new
                {
                    Person = r.People.Select(p => p.Name).Single(),
                    Country = r.Countries.Select(c => c.Name).Single(),
                    Citations = r.Citations.OrderBy(c => c.Id).Select(c => new { c.Source.Title, c.Source.Url }).ToList(),
                })
                .SingleAsync();
            Assert.Equal(2, record.Citations.Count);
            expected = (record.Person, record.Country,
                string.Join("; ", record.Citations.Select((c, i) => $"{i + 1}. {c.Title}")),
                string.Join("; ", record.Citations.Select((c, i) => $"{i + 1}. {c.Url}")));
        });
        return expected;
    }
}
