using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using PolicyTracker.Core.Common;
using PolicyTracker.Core.Data;
using PolicyTracker.Core.Meetings;
using PolicyTracker.Core.Records;
using PolicyTracker.Core.Sources;
using PolicyTracker.Core.Sources.Fetching;
using PolicyTracker.Tests.Infrastructure;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace PolicyTracker.Tests.Sources;

/// <summary>
/// Archiving a source from its address, against a website on a loopback port: each outcome is what an editor is told,
/// and a fetch that does not finish leaves nothing behind. Fetching is safe to point at any address an editor types.
/// </summary>
public class SourceFetchingTests : IAsyncLifetime
{
    private const string Quoted = "the partnership will better integrate our defence industries";

    private const string Article = $"""
        <!doctype html>
        <html><head>
          <title>NZ joins industrial group | Example News</title>
          <meta property="og:site_name" content="Example News">
          <meta property="og:title" content="NZ joins industrial group">
          <meta name="author" content="Phil Reporter">
          <meta property="article:published_time" content="2024-12-09T10:00:00+13:00">
          <link rel="canonical" href="/news/nz-joins">
        </head><body>
          <nav><a href="/">Home</a> <a href="/sport">Sport</a> <a href="/weather">Weather</a></nav>
          <article>
            <h1>NZ joins industrial group</h1>
            <p>New Zealand has joined a new United States-led group of thirteen countries, officials confirmed on Monday after months of silence about it.</p>
            <p>A US official said {Quoted}, and that the group would meet again next year in a place still to be decided.</p>
            <p>Briefing papers released under the Official Information Act show officials weighed the value of joining against risks that were redacted from the released copies, and advised ministers to take part in the group's supply chain work first.</p>
            <p>The group has four workstreams, covering co-production, supply chain resilience, sustainment and repair, and the policies that stand in the way of closer work between the defence industries of its members.</p>
            <p>The Defence Minister called it a discussion forum and said New Zealand had made no new commitments by joining it, according to the briefing papers.</p>
          </article>
          <footer>Copyright Example News. Subscribe now for more stories like this one.</footer>
        </body></html>
        """;

    private readonly FetchingOptions options = new() { AllowPrivateAddresses = true, TimeLimit = TimeSpan.FromSeconds(2), MaxBytes = 262_144 };
    private TestDatabase database = null!;
    private LocalWebsite site = null!;

    public async Task InitializeAsync()
    {
        database = await TestDatabase.WithSampleDataAsync(DatabaseProvider.Postgres, "fetching");
        site = await LocalWebsite.StartAsync(new Dictionary<string, RequestDelegate>
        {
            ["/news/nz-joins"] = LocalWebsite.Page(Article),
            ["/old-address"] = LocalWebsite.Redirect("/news/nz-joins"),
            ["/gone"] = LocalWebsite.Status(StatusCodes.Status404NotFound),
            ["/removed"] = LocalWebsite.Status(StatusCodes.Status410Gone),
            ["/picture"] = LocalWebsite.Page("not really a picture", "image/png"),
            ["/notes.txt"] = LocalWebsite.Page($"Plain notes: {Quoted}.", "text/plain; charset=utf-8"),
            ["/report.pdf"] = async context =>
            {
                context.Response.ContentType = "application/pdf";
                await context.Response.Body.WriteAsync(Pdf($"The report says {Quoted}."));
            },
            ["/slow"] = async context =>
            {
                await Task.Delay(TimeSpan.FromSeconds(5), context.RequestAborted);
                await context.Response.WriteAsync(Article);
            },
            ["/huge"] = LocalWebsite.Page(Article + new string(' ', 300_000) + "</p>"),
            ["/loop"] = LocalWebsite.Redirect("/loop", StatusCodes.Status302Found),
        });
    }

    public async Task DisposeAsync()
    {
        await site.DisposeAsync();
        await database.DisposeAsync();
    }

    [Fact]
    public async Task An_article_is_archived_whole_with_its_facts_its_main_text_only_and_the_quotations_citing_it_verified()
    {
        await using var session = database.Edit();
        var source = await TestRecords.PublishedSourceAsync(session.Db, site.At("/old-address"));
        var meeting = await session.Editor.CreateAsync(TestRecords.MeetingCiting(source, Quoted));
        Assert.Null((await CitationOfAsync(meeting)).VerifiedCopyId);

        var copy = await Archiving(session.Db).FetchAsync(source);

        Assert.Equal((CopyOrigin.Fetched, site.At("/old-address"), site.At("/news/nz-joins"), 200, "text/html"),
            (copy.Origin, copy.RequestedUrl, copy.FinalUrl, copy.HttpStatus, copy.ContentType));
        Assert.Contains(Quoted, copy.Text);
        Assert.DoesNotContain("Subscribe now", copy.Text);
        Assert.DoesNotContain("Weather", copy.Text);
        Assert.Equal(Article, Encoding.UTF8.GetString(copy.Raw()));
        Assert.Equal(copy.Id, (await CitationOfAsync(meeting)).VerifiedCopyId);
        var metadata = ReadablePage.From(new FetchedPage(site.At("/news/nz-joins"), site.At("/news/nz-joins"), 200, "text/html", "utf-8", Encoding.UTF8.GetBytes(Article), DateTime.UtcNow)).Metadata;
        Assert.Equal(("NZ joins industrial group", "Example News", "Phil Reporter", site.At("/news/nz-joins")),
            (metadata.Title, metadata.SiteName, metadata.Author, metadata.CanonicalUrl));
        Assert.Equal(new DateOnly(2024, 12, 9), metadata.Published); // the page's own day, not UTC's 8 December
        // Reading the page never fetches it again (SmartReader's two-string ParseArticle would, round the safe fetcher).
        Assert.Equal(1, site.HitsOn("/news/nz-joins"));
    }

    [Fact]
    public void A_page_without_article_metadata_gives_its_publication_day_from_json_ld()
    {
        const string page = """
            <html><head><title>Report</title>
            <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","datePublished":"2025-10-21T08:30:00+13:00"}]}</script>
            </head><body><p>Collins met Hegseth in Washington.</p></body></html>
            """;

        var metadata = ReadablePage.From(new FetchedPage("https://example.org/r", "https://example.org/r", 200, "text/html", null, Encoding.UTF8.GetBytes(page), DateTime.UtcNow)).Metadata;

        Assert.Equal(new DateOnly(2025, 10, 21), metadata.Published);
        Assert.Equal("Report", metadata.Title);
    }

    [Theory]
    [InlineData("/notes.txt", "text/plain")]
    [InlineData("/report.pdf", "application/pdf")]
    public async Task Plain_text_and_a_pdf_are_archived_with_their_text(string path, string type)
    {
        await using var session = database.Edit();
        var source = await TestRecords.PublishedSourceAsync(session.Db, site.At(path));

        var copy = await Archiving(session.Db).FetchAsync(source);

        Assert.Equal(type, copy.ContentType);
        Assert.NotNull(new QuotableText(copy.Text).Find(Quoted));
    }

    [Theory]
    [InlineData("/gone", "The page answered 404 Not Found: it is gone.")]
    [InlineData("/removed", "The page answered 410 Gone: it is gone.")]
    [InlineData("/picture", "The page is image/png; only HTML, plain text and PDF are archived.")]
    [InlineData("/slow", "The page did not arrive within 2 seconds.")]
    [InlineData("/huge", "The page is larger than 0.25 MB; enter the passage's text by hand instead.")]
    [InlineData("/loop", "The page redirected more than 5 times.")]
    public async Task A_page_that_cannot_be_archived_says_why_and_nothing_of_it_is_kept(string path, string message)
    {
        await using var session = database.Edit();
        var source = await TestRecords.PublishedSourceAsync(session.Db, site.At(path));

        var refused = await Assert.ThrowsAsync<FetchRefusedException>(() => Archiving(session.Db).FetchAsync(source));

        Assert.Equal(message, refused.Message);
        await AssertNothingKeptAsync(source);
    }

    [Fact]
    public async Task With_the_setting_off_a_loopback_address_is_refused_before_any_request_is_sent()
    {
        options.AllowPrivateAddresses = false;
        await using var session = database.Edit();
        var source = await TestRecords.PublishedSourceAsync(session.Db, site.At("/news/nz-joins"));

        var refused = await Assert.ThrowsAsync<FetchRefusedException>(() => Archiving(session.Db).FetchAsync(source));

        Assert.Contains("is not on the public internet (127.0.0.1)", refused.Message);
        Assert.Equal(0, site.TotalHits);
        await AssertNothingKeptAsync(source);
    }

    [Fact]
    public async Task With_the_setting_off_a_public_page_redirecting_to_a_loopback_address_is_refused_at_the_redirect()
    {
        options.AllowPrivateAddresses = false;
        var loopback = site.At("/news/nz-joins");
        // A public site answers the first request (without the network) with a redirect to the test site on loopback.
        var publicSite = new RedirectingSite("https://public.example.org/story", loopback) { InnerHandler = SourceFetcher.Handler(options) };
        var fetcher = new SourceFetcher(new HttpClient(publicSite), options, TimeProvider.System);

        var refused = await Assert.ThrowsAsync<FetchRefusedException>(() => fetcher.FetchAsync("https://public.example.org/story"));

        Assert.Contains("is not on the public internet", refused.Message);
        Assert.Equal(1, publicSite.Answered);
        Assert.Equal(0, site.TotalHits);
    }

    [Fact]
    public async Task A_page_read_to_fill_a_form_is_not_kept_for_a_source_whose_address_was_changed_since()
    {
        await using var session = database.Edit();
        var fetched = await Archiving(session.Db).ReadAddressAsync(site.At("/news/nz-joins"));
        var source = await TestRecords.PublishedSourceAsync(session.Db, site.At("/notes.txt"));

        Assert.Null(await Archiving(session.Db).KeepAsync(source, fetched));

        await AssertNothingKeptAsync(source);
        var same = await TestRecords.PublishedSourceAsync(session.Db, fetched.Address, "The page read");
        Assert.NotNull(await Archiving(session.Db).KeepAsync(same, fetched));
    }

    [Fact]
    public async Task An_editor_s_upload_of_the_source_s_pdf_is_kept_whole_and_verifies_the_quotations_citing_it()
    {
        await using var session = database.Edit();
        var source = await TestRecords.PublishedSourceAsync(session.Db, "https://example.org/print-only-report");
        var meeting = await session.Editor.CreateAsync(TestRecords.MeetingCiting(source, Quoted));
        var pdf = Pdf($"The report says {Quoted}.");

        var copy = await Archiving(session.Db).UploadAsync(source, "report.pdf", pdf.Length, new MemoryStream(pdf), DateTime.UtcNow);

        Assert.Equal((CopyOrigin.UploadedByEditor, "application/pdf", "editor@example.org"), (copy.Origin, copy.ContentType, copy.RetrievedBy));
        Assert.Equal(pdf, copy.Raw());
        Assert.Equal(copy.Id, (await CitationOfAsync(meeting)).VerifiedCopyId);
    }

    [Theory]
    [InlineData("notes.docx", 100, "\"notes.docx\" is not a PDF, a saved web page (.html) or a text file (.txt); only those are archived.")]
    [InlineData("huge.pdf", 300_000, "The file is larger than 0.25 MB; enter the passage's text by hand instead.")]
    public async Task An_upload_of_another_type_or_over_the_cap_is_refused_and_nothing_is_kept(string name, int size, string message)
    {
        await using var session = database.Edit();
        var source = await TestRecords.PublishedSourceAsync(session.Db, "https://example.org/print-only-notes");

        var refused = await Assert.ThrowsAsync<FetchRefusedException>(() =>
            Archiving(session.Db).UploadAsync(source, name, size, new MemoryStream(new byte[size]), DateTime.UtcNow));

        Assert.Equal(message, refused.Message);
        await AssertNothingKeptAsync(source);
    }

    [Fact]
    public async Task Only_an_editor_may_archive()
    {
        await using var session = database.Edit();
        var source = await TestRecords.PublishedSourceAsync(session.Db, site.At("/news/nz-joins"));

        await Assert.ThrowsAsync<UnauthorizedAccessException>(() =>
            new SourceArchiving(session.Db, Fetcher(), new TestActor("analyst@example.org", TestActor.AnalystRoles)).FetchAsync(source));
        Assert.Equal(0, site.TotalHits);
    }

    private SourceArchiving Archiving(PolicyTrackerDbContext db) => new(db, Fetcher(), TestActor.Editor());

    private SourceFetcher Fetcher() => new(new HttpClient(SourceFetcher.Handler(options)), options, TimeProvider.System);

    private async Task AssertNothingKeptAsync(Guid source)
    {
        await using var db = database.CreateContext();
        Assert.False(await db.SourceCopies.AnyAsync(c => c.SourceId == source));
        Assert.Null((await db.Sources.SingleAsync(s => s.Id == source)).ArchivedAt);
    }

    private async Task<Citation> CitationOfAsync(Guid recordId)
    {
        await using var db = database.CreateContext();
        return await db.Citations.AsNoTracking().SingleAsync(c => c.RecordId == recordId);
    }

    private static byte[] Pdf(string text)
    {
        var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(PageSize.A4);
        page.AddText(text, 10, new PdfPoint(40, 700), builder.AddStandard14Font(Standard14Font.Helvetica));
        return builder.Build();
    }

    /// <summary>Answers one address with a redirect, as a public site would, and passes every other request on.</summary>
    private sealed class RedirectingSite(string address, string location) : DelegatingHandler
    {
        public int Answered { get; private set; }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (request.RequestUri!.AbsoluteUri != address)
            {
                return base.SendAsync(request, cancellationToken);
            }

            Answered++;
            var redirect = new HttpResponseMessage(System.Net.HttpStatusCode.Found);
            redirect.Headers.Location = new Uri(location);
            return Task.FromResult(redirect);
        }
    }
}
