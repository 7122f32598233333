using System.Net;
using System.Net.Http.Headers;
using System.ServiceModel.Syndication;
using System.Xml;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using PolicyTracker.Core.Common;
using PolicyTracker.Tests.Infrastructure;
using PolicyTracker.Core.Statements;
using PolicyTracker.Core.Meetings;

namespace PolicyTracker.Tests.PublicSite;

/// <summary>
/// A reader follows one thread (an agreement, a person, a kind, any timeline filter) by its own Atom feed, which the
/// thread's page announces and offers, and which is cached and evicted like the pages.
/// </summary>
public class ThreadFeedTests(PostgresAppFixture fixture) : IClassFixture<PostgresAppFixture>
{
    [Fact]
    public async Task An_agreements_feed_lists_the_changes_of_its_records_only()
    {
        var client = fixture.App.CreateClient();

        var thread = await FeedAsync(client, "/feed.atom?agreement=pipir");
        var everything = await FeedAsync(client, "/feed.atom");

        Assert.Contains("PIPIR", thread.Title.Text);
        Assert.NotEmpty(thread.Items);
        await using var db = fixture.App.Database.CreateContext();
        var inThread = await db.Records.Where(r => r.Slug == "pipir" || r.Agreements.Any(a => a.Slug == "pipir")).Select(r => r.Slug).ToListAsync();
        Assert.All(thread.Items, item => Assert.Contains(SlugOf(item), inThread));
        // The site's feed has entries the thread leaves out, so the thread's is not the same list.
        Assert.Contains(everything.Items, item => !inThread.Contains(SlugOf(item)));
    }

    [Fact]
    public async Task A_persons_feed_includes_what_they_said()
    {
        var client = fixture.App.CreateClient();
        await using var db = fixture.App.Database.CreateContext();
        var spoken = await db.Set<Statement>().Where(s => s.State == PublicationState.Published && s.Speaker!.Slug == "judith-collins").Select(s => s.Slug).ToListAsync();
        Assert.NotEmpty(spoken);

        var feed = await FeedAsync(client, "/feed.atom?person=judith-collins");

        Assert.Contains("Judith Collins", feed.Title.Text);
        Assert.Contains(feed.Items, item => spoken.Contains(SlugOf(item)));
    }

    [Theory]
    [InlineData("/agreements/pipir", "/feed.atom?agreement=pipir")]
    [InlineData("/people/judith-collins", "/feed.atom?person=judith-collins")]
    [InlineData("/meetings", "/feed.atom?kind=meeting")]
    [InlineData("/statements", "/feed.atom?kind=statement")]
    [InlineData("/timeline?agreement=pipir&kind=meeting", "/feed.atom?agreement=pipir&kind=meeting")]
    [InlineData("/organisations/nz-ministry-of-defence", "/feed.atom?organisation=nz-ministry-of-defence")]
    [InlineData("/countries/new-zealand", "/feed.atom?country=new-zealand")]
    [InlineData("/workstreams/pipir-supply-chain-resilience", "/feed.atom?record=pipir-supply-chain-resilience")]
    [InlineData("/timeline?organisation=nz-ministry-of-defence", "/feed.atom?organisation=nz-ministry-of-defence")]
    public async Task A_threads_page_announces_its_feed_and_offers_a_follow_link(string page, string feed)
    {
        var document = new HtmlParser().ParseDocument(await fixture.App.CreateClient().GetStringAsync(page));

        var announced = document.Head!.QuerySelectorAll("link[rel=alternate][type='application/atom+xml']").Select(l => l.GetAttribute("href"));
        Assert.Contains(feed, announced);
        var follow = Assert.Single(document.Body!.QuerySelectorAll("a.follow-feed"));
        Assert.Equal(feed, follow.GetAttribute("href"));
        Assert.StartsWith("Follow", follow.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await fixture.App.CreateClient().GetAsync(feed)).StatusCode);
    }

    [Theory]
    [InlineData("organisation", "nz-ministry-of-defence", "Ministry of Defence (New Zealand)")]
    [InlineData("country", "united-states", "United States")]
    public async Task An_organisations_or_a_countrys_feed_lists_the_changes_of_the_records_naming_it_only(string filter, string slug, string name)
    {
        var client = fixture.App.CreateClient();
        await using var db = fixture.App.Database.CreateContext();
        var naming = await db.Records
            .Where(r => filter == "organisation" ? r.Organisations.Any(o => o.Slug == slug) : r.Countries.Any(c => c.Slug == slug))
            .Select(r => r.Slug).ToListAsync();

        var feed = await FeedAsync(client, $"/feed.atom?{filter}={slug}");

        Assert.Equal($"PolicyTracker: {name}", feed.Title.Text);
        Assert.NotEmpty(feed.Items);
        Assert.All(feed.Items, item => Assert.Contains(SlugOf(item), naming));
    }

    [Fact]
    public async Task A_records_feed_follows_that_record_alone_through_a_correction()
    {
        var client = fixture.App.CreateClient();
        const string slug = "pipir-supply-chain-resilience";
        const string path = $"/feed.atom?record={slug}";
        var before = await FeedAsync(client, path); // now cached
        await using var db = fixture.App.Database.CreateContext();
        var workstream = await db.Records.Where(r => r.Slug == slug).Select(r => new { r.Id, r.Title }).SingleAsync();

        await fixture.App.EditAsync(editor => editor.CorrectAsync(workstream.Id, content => content.Summary += " (corrected)", "Record feed test: the stance was corrected."));

        var after = await FeedAsync(client, path);
        Assert.Equal($"PolicyTracker: {workstream.Title}", after.Title.Text);
        Assert.Equal(before.Items.Count() + 1, after.Items.Count());
        Assert.All(after.Items, item => Assert.Equal(slug, SlugOf(item)));
        Assert.Equal("Record feed test: the stance was corrected.", after.Items.First().Summary.Text);
    }

    [Fact]
    public async Task A_threads_feed_answers_a_conditional_get_and_refuses_a_bad_filter()
    {
        var client = fixture.App.CreateClient();
        var first = await client.GetAsync("/feed.atom?kind=meeting");
        Assert.Equal("application/atom+xml", first.Content.Headers.ContentType?.MediaType);
        var tag = first.Headers.ETag ?? throw new InvalidOperationException("No ETag on the feed.");

        using var again = new HttpRequestMessage(HttpMethod.Get, "/feed.atom?kind=meeting");
        again.Headers.IfNoneMatch.Add(new EntityTagHeaderValue(tag.Tag, tag.IsWeak));
        Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(again)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/feed.atom?from=not-a-date")).StatusCode);
    }

    [Fact]
    public async Task A_correction_reaches_the_threads_feed_at_once_with_its_public_note()
    {
        var client = fixture.App.CreateClient();
        const string path = "/feed.atom?agreement=pipir&kind=meeting";
        Assert.DoesNotContain("Thread feed test: the place was corrected.", await client.GetStringAsync(path)); // now cached
        await using var db = fixture.App.Database.CreateContext();
        var meeting = await db.Set<Meeting>().Where(m => m.Slug == "pipir-first-meeting-honolulu").Select(m => m.Id).SingleAsync();

        await fixture.App.EditAsync(editor => editor.CorrectAsync(meeting, content => content.Summary += " (corrected)", "Thread feed test: the place was corrected."));

        var feed = await FeedAsync(client, path);
        Assert.Equal("Thread feed test: the place was corrected.", feed.Items.First().Summary.Text);
        Assert.Equal("pipir-first-meeting-honolulu", SlugOf(feed.Items.First()));
    }

    private static async Task<SyndicationFeed> FeedAsync(HttpClient client, string path)
    {
        using var reader = XmlReader.Create(await client.GetStreamAsync(path));
        return SyndicationFeed.Load(reader);
    }

    private static string SlugOf(SyndicationItem item) => item.Links[0].Uri.Segments.Last();
}
