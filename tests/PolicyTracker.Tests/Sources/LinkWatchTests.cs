using System.Text;
using Microsoft.AspNetCore.Http;
using System.Diagnostics.Metrics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using PolicyTracker.Core.Data;
using PolicyTracker.Core.Publication;
using PolicyTracker.Core.Sources;
using PolicyTracker.Core.Sources.Fetching;
using PolicyTracker.Core.Sources.Watching;
using PolicyTracker.Core.Telemetry;
using PolicyTracker.Tests.Infrastructure;
using PolicyTracker.Tests.Telemetry;

namespace PolicyTracker.Tests.Sources;

/// <summary>
/// The link watch against a website on a loopback port: each kind of answer a cited page can give is found for what
/// it is; silence is held against a source only when it lasts, and never when no site answers at all; the watch is
/// polite to a host, runs once at a time, and carries on after being cut short.
/// </summary>
public class LinkWatchTests : IAsyncLifetime
{
    private const string Quoted = "the partnership will better integrate our defence industries";

    private static readonly DateTimeOffset Start = new(2026, 12, 1, 21, 0, 0, TimeSpan.Zero); // 2 December in Wellington

    private readonly FixedClock clock = new(Start);
    private readonly RecordingPublicContentCache publicCache = new();
    private readonly LinkWatchOptions options = new() { PauseBetweenRequests = TimeSpan.Zero };
    private readonly FetchingOptions fetching = new() { AllowPrivateAddresses = true, TimeLimit = TimeSpan.FromSeconds(2) };
    private readonly TaskCompletionSource released = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource blocking = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly ServiceProvider meters = new ServiceCollection().AddMetrics().BuildServiceProvider();
    private readonly PolicyTrackerMetrics metrics;
    private readonly RecordedMeasurements checks;
    private int inFlight;
    private int mostInFlight;
    private TestDatabase database = null!;
    private LocalWebsite site = null!;

    public LinkWatchTests()
    {
        metrics = new PolicyTrackerMetrics(meters.GetRequiredService<IMeterFactory>());
        checks = new RecordedMeasurements(meters.GetRequiredService<IMeterFactory>(), PolicyTrackerMetrics.LinkWatchChecks, "outcome");
    }

    public async Task InitializeAsync()
    {
        database = await TestDatabase.MigratedAsync(DatabaseProvider.Postgres, "linkwatch");
        site = await LocalWebsite.StartAsync(new Dictionary<string, RequestDelegate>
        {
            ["/article"] = LocalWebsite.Page(Article(Quoted)),
            ["/article-with-tag"] = async context =>
            {
                const string tag = "\"v1\"";
                if (context.Request.Headers.IfNoneMatch == tag)
                {
                    context.Response.StatusCode = StatusCodes.Status304NotModified;
                    return;
                }

                context.Response.Headers.ETag = tag;
                await LocalWebsite.Page(Article(Quoted))(context);
            },
            // A site that adds a trailing slash to every address: tidying, not moving.
            ["/tidied"] = context => context.Request.Path.Value!.EndsWith('/')
                ? LocalWebsite.Page(Article(Quoted))(context)
                : LocalWebsite.Redirect("/tidied/")(context),
            ["/old-story"] = LocalWebsite.Redirect("/new-story"),
            ["/new-story"] = LocalWebsite.Page(Article(Quoted)),
            ["/deleted"] = LocalWebsite.Status(StatusCodes.Status404NotFound),
            ["/withdrawn"] = LocalWebsite.Status(StatusCodes.Status410Gone),
            ["/soft-404"] = LocalWebsite.Page("<html><head><title>Page not found | Example News</title></head><body><h1>Sorry</h1><p>We looked everywhere for this page, but it does not seem to exist any more on our site. Try the search box.</p></body></html>"),
            ["/to-front-page"] = LocalWebsite.Redirect("/"),
            ["/"] = LocalWebsite.Page(Article("Welcome to the front page of Example News, with today's stories")),
            ["/edited"] = LocalWebsite.Page(Article("the partnership may one day help our defence industries work together")),
            ["/broken"] = LocalWebsite.Status(StatusCodes.Status503ServiceUnavailable),
            ["/slow/{n}"] = async context =>
            {
                var now = Interlocked.Increment(ref inFlight);
                InterlockedMax(ref mostInFlight, now);
                await Task.Delay(150);
                Interlocked.Decrement(ref inFlight);
                await LocalWebsite.Page(Article(Quoted))(context);
            },
            ["/blocks"] = async context =>
            {
                blocking.TrySetResult();
                await released.Task.WaitAsync(context.RequestAborted);
                await LocalWebsite.Page(Article(Quoted))(context);
            },
        });
    }

    public async Task DisposeAsync()
    {
        released.TrySetResult();
        await site.DisposeAsync();
        await database.DisposeAsync();
        checks.Dispose();
        await meters.DisposeAsync();
    }

    [Fact]
    public async Task Each_answer_a_cited_page_can_give_is_found_for_what_it_is()
    {
        var works = await WatchedSourceAsync("/article", Quoted);
        var tidied = await WatchedSourceAsync("/tidied", Quoted);
        var moved = await WatchedSourceAsync("/old-story", Quoted);
        var deleted = await WatchedSourceAsync("/deleted");
        var withdrawn = await WatchedSourceAsync("/withdrawn");
        var soft404 = await WatchedSourceAsync("/soft-404");
        var toFrontPage = await WatchedSourceAsync("/to-front-page");
        var edited = await WatchedSourceAsync("/edited", Quoted);
        var broken = await WatchedSourceAsync("/broken");

        var run = await RunAsync();

        Assert.Equal((9, 9), (run.Total, run.Checked));
        Assert.NotNull(run.FinishedAt);
        await AssertLinkAsync(works, LinkStatus.Works, "The page answers, and the quotation quoted from it is still on it.");
        await AssertLinkAsync(tidied, LinkStatus.Works, "The page answers, and the quotation quoted from it is still on it.");
        await AssertLinkAsync(moved, LinkStatus.Moved, $"The address now redirects to {site.At("/new-story")}.");
        Assert.Equal(site.At("/new-story"), (await LinkOfAsync(moved)).MovedTo);
        await AssertLinkAsync(deleted, LinkStatus.Gone, "The page answers 404 Not Found.");
        await AssertLinkAsync(withdrawn, LinkStatus.Gone, "The page answers 410 Gone.");
        await AssertLinkAsync(soft404, LinkStatus.Gone, "The page answers 200 but says \"Page not found | Example News\" (a page-not-found page).");
        await AssertLinkAsync(toFrontPage, LinkStatus.Gone, $"The address now sends readers to the site's front page ({site.At("/")}).");
        await AssertLinkAsync(edited, LinkStatus.Changed, $"These quoted words are no longer on the page: \"{Quoted}\".");
        // A server error is not the page's fault: one is no answer, not a problem yet.
        await AssertLinkAsync(broken, LinkStatus.NotChecked, "No answer on 1 check since 2 December 2026 (not yet counted as a problem): the site answered 503.");
        Assert.Equal("Checked 9 addresses; 6 need attention.", run.Outcome);
        // Readers are told of a gone or changed original at once: the public pages were evicted.
        Assert.Contains(publicCache.Evictions, tags => tags.Contains(PublicContentTags.Everything));
        // Operators see the same through telemetry.
        Assert.Equal(new Dictionary<string, long> { ["changed"] = 1, ["gone"] = 4, ["moved"] = 1, ["no_answer"] = 1, ["works"] = 2 }, checks.Totals);
    }

    [Fact]
    public async Task A_page_unchanged_since_the_last_check_is_asked_conditionally_and_costs_a_304()
    {
        var source = await WatchedSourceAsync("/article-with-tag", Quoted);
        await RunAsync();
        clock.Now += options.Every;

        await RunAsync();

        Assert.Equal(2, site.HitsOn("/article-with-tag"));
        var link = await LinkOfAsync(source);
        Assert.Equal((LinkStatus.Works, 304, "\"v1\""), (link.Status, link.HttpStatus, link.ETag));
        Assert.Equal(Start.UtcDateTime, link.StatusSince);
    }

    [Fact]
    public async Task An_address_that_does_not_answer_is_unreachable_only_after_three_checks_over_three_days()
    {
        var answering = await WatchedSourceAsync("/article", Quoted);
        var silent = await WatchedSourceAsync($"http://127.0.0.1:{LoopbackPort.Free()}/story");
        var found = new List<LinkStatus>();
        for (var day = 0; day < 4; day++)
        {
            await RunAsync();
            found.Add((await LinkOfAsync(silent)).Status);
            clock.Now += options.Every;
        }

        // Three checks in a row on the first three days are not yet three days of silence; the fourth is.
        Assert.Equal([LinkStatus.NotChecked, LinkStatus.NotChecked, LinkStatus.NotChecked, LinkStatus.Unreachable], found);
        var link = await LinkOfAsync(silent);
        Assert.StartsWith("No answer on 4 checks in a row since 2 December 2026: The page could not be reached", link.Detail);
        Assert.Equal(LinkStatus.Works, (await LinkOfAsync(answering)).Status);
        Assert.Equal(new Dictionary<string, long> { ["no_answer"] = 3, ["unreachable"] = 1, ["works"] = 4 }, checks.Totals);

        // One answer ends the silence.
        await using (var db = database.CreateContext())
        {
            var source = await db.Sources.SingleAsync(s => s.Id == silent);
            source.Url = site.At("/article");
            await db.SaveChangesAsync();
        }

        await RunAsync();
        Assert.Equal((LinkStatus.Works, 0, (DateTime?)null), ((await LinkOfAsync(silent)).Status, (await LinkOfAsync(silent)).FailedChecks, (await LinkOfAsync(silent)).FailingSince));
    }

    [Fact]
    public async Task When_no_site_answers_at_all_the_server_is_offline_and_nothing_is_held_against_the_sources()
    {
        var first = await WatchedSourceAsync($"http://127.0.0.1:{LoopbackPort.Free()}/a");
        var second = await WatchedSourceAsync($"http://127.0.0.1:{LoopbackPort.Free()}/b");

        var run = await RunAsync();

        Assert.Equal("No site answered any of the 2 checks: the server itself seemed to be offline, so none was counted against its source.", run.Outcome);
        Assert.Equal(0, await Links().CountAsync(l => l.SourceId == first || l.SourceId == second));
        Assert.Equal(new Dictionary<string, long> { ["no_answer"] = 2 }, checks.Totals);
    }

    [Fact]
    public async Task No_more_than_two_requests_reach_one_host_at_a_time()
    {
        for (var n = 0; n < 12; n++)
        {
            await WatchedSourceAsync($"/slow/{n}", Quoted);
        }

        var run = await RunAsync();

        Assert.Equal(12, run.Checked);
        Assert.Equal(2, mostInFlight);
        Assert.Equal(12, await Links().CountAsync(l => l.Status == LinkStatus.Works));
    }

    [Fact]
    public async Task Only_one_instance_runs_the_watch_at_a_time()
    {
        await WatchedSourceAsync("/blocks");
        await using var firstDb = database.CreateContext();
        await using var secondDb = database.CreateContext();
        var first = Watch(firstDb).RunDueAsync(CancellationToken.None);
        await blocking.Task.WaitAsync(TimeSpan.FromSeconds(10));

        var second = await Watch(secondDb).RunDueAsync(CancellationToken.None);

        Assert.Null(second);
        released.SetResult();
        Assert.NotNull((await first)?.FinishedAt);
        Assert.Equal(1, site.HitsOn("/blocks"));
    }

    [Fact]
    public async Task A_run_cut_short_carries_on_where_it_stopped()
    {
        options.RequestsPerHost = 1;
        var before = new[] { await WatchedSourceAsync("/article", Quoted), await WatchedSourceAsync("/article-with-tag", Quoted) };
        await WatchedSourceAsync("/blocks");
        using var stop = new CancellationTokenSource();
        await using (var db = database.CreateContext())
        {
            var cut = Watch(db).RunDueAsync(stop.Token);
            await blocking.Task.WaitAsync(TimeSpan.FromSeconds(10));
            await stop.CancelAsync();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cut);
        }

        released.SetResult();
        var run = await RunAsync();

        Assert.Equal((3, 3), (run.Total, run.Checked));
        Assert.Equal(1, await Runs().CountAsync());
        Assert.Equal((1, 1, 2), (site.HitsOn("/article"), site.HitsOn("/article-with-tag"), site.HitsOn("/blocks")));
        Assert.All(before, id => Assert.Equal(LinkStatus.Works, Links().Single(l => l.SourceId == id).Status));
    }

    [Fact]
    public async Task Check_now_runs_the_watch_even_off_schedule_and_only_an_editor_may_ask()
    {
        options.Scheduled = false;
        await WatchedSourceAsync("/article", Quoted);
        Assert.Null(await RunDueAsync());

        await using (var db = database.CreateContext())
        {
            await Assert.ThrowsAsync<UnauthorizedAccessException>(() =>
                new LinkWatchQueries(db, new TestActor("analyst@example.org", TestActor.AnalystRoles), clock).RequestCheckAsync());
            var asked = await new LinkWatchQueries(db, TestActor.Editor(), clock).RequestCheckAsync();
            var again = await new LinkWatchQueries(db, TestActor.Editor(), clock).RequestCheckAsync();
            Assert.Equal(asked.Id, again.Id);
        }

        var run = await RunDueAsync();

        Assert.Equal((TestActor.Editor().Name, 1), (run?.RequestedBy, run?.Checked));
        Assert.Null(await RunDueAsync());
    }

    [Fact]
    public async Task A_source_with_no_copy_keeps_the_page_read_when_it_has_every_quoted_word_and_not_otherwise()
    {
        var confirmed = await WatchedSourceAsync("/article", Quoted, archived: false);
        var contradicted = await WatchedSourceAsync("/edited", Quoted, archived: false);

        await RunAsync();

        await using var db = database.CreateContext();
        var copy = await db.SourceCopies.SingleAsync(c => c.SourceId == confirmed);
        Assert.Equal((CopyOrigin.Fetched, LinkWatch.Taker, site.At("/article"), 200), (copy.Origin, copy.RetrievedBy, copy.FinalUrl, copy.HttpStatus));
        Assert.Equal(copy.Id, (await db.Citations.SingleAsync(c => c.SourceId == confirmed)).VerifiedCopyId);
        Assert.Equal(Start.UtcDateTime, (await db.Sources.SingleAsync(s => s.Id == confirmed)).ArchivedAt);
        // A page without the quoted words would only cast doubt on the record: an editor decides what to keep.
        Assert.False(await db.SourceCopies.AnyAsync(c => c.SourceId == contradicted));
        Assert.Null((await db.Citations.SingleAsync(c => c.SourceId == contradicted)).VerifiedCopyId);
        Assert.Equal(LinkStatus.Works, (await LinkOfAsync(contradicted)).Status);
    }

    [Fact]
    public async Task Correcting_a_gone_source_s_address_stops_what_readers_are_told_at_once_and_the_next_run_checks_the_new_one()
    {
        var source = await WatchedSourceAsync("/deleted");
        await RunAsync();
        Assert.Equal(LinkStatus.Gone, (await PublicLinkAsync(source))?.Status);

        await using (var db = database.CreateContext())
        {
            (await db.Sources.SingleAsync(s => s.Id == source)).Url = site.At("/article");
            await db.SaveChangesAsync();
        }

        // What the watch found at the old address is not said of the new one, in public or in the list for editors.
        Assert.Null(await PublicLinkAsync(source));
        await using (var db = database.CreateContext())
        {
            Assert.DoesNotContain((await new LinkWatchQueries(db, TestActor.Editor(), clock).OverviewAsync()).NeedingAttention, s => s.SourceId == source);
        }

        clock.Now += options.Every;
        await RunAsync();
        var link = await LinkOfAsync(source);
        Assert.Equal((LinkStatus.Works, site.At("/article"), 200), (link.Status, link.Address, link.HttpStatus));
    }

    [Fact]
    public void Tidying_an_address_is_not_moving_the_page()
    {
        Assert.True(LinkClassifier.SamePage(new Uri("http://example.org/a/b"), new Uri("https://www.example.org/a/b/")));
        Assert.False(LinkClassifier.SamePage(new Uri("https://example.org/a/b"), new Uri("https://example.org/a/c")));
        Assert.False(LinkClassifier.SamePage(new Uri("https://example.org/story?id=1"), new Uri("https://example.org/story?id=2")));
        Assert.False(LinkClassifier.SamePage(new Uri("https://example.org/a"), new Uri("https://example.net/a")));
    }

    [Theory]
    [InlineData("Page not found | Example News", true)]
    [InlineData("404 | Example News", true)]
    [InlineData("Error 404 - Example News", true)]
    [InlineData("Sorry, this page doesn't exist", true)]
    [InlineData("This story is no longer available", true)]
    [InlineData("Flight 404 lands safely | Example News", false)]
    [InlineData("Minister says talks found no new commitments", false)]
    public void A_page_not_found_page_is_told_by_its_title_and_a_story_is_not(string title, bool gone)
    {
        var html = Encoding.UTF8.GetBytes($"<html><head><title>{title}</title></head><body><article><p>{string.Join(' ', Enumerable.Repeat("Words of the page.", 40))}</p></article></body></html>");
        var url = "https://example.org/news/story";
        var answer = new LinkAnswer(url, 200, "text/html", null, null, new FetchedPage(url, url, 200, "text/html", "utf-8", html, DateTime.UtcNow));

        var finding = LinkClassifier.Classify(url, answer, [], LinkStatus.NotChecked);

        Assert.Equal(gone ? LinkStatus.Gone : LinkStatus.Works, finding!.Status);
    }

    private static string Article(string quoted) => $"""
        <!doctype html>
        <html><head><title>NZ joins industrial group</title></head><body>
          <article>
            <h1>NZ joins industrial group</h1>
            <p>New Zealand has joined a new United States-led group of thirteen countries, officials confirmed on Monday after months of silence about it.</p>
            <p>A US official said {quoted}, and that the group would meet again next year in a place still to be decided.</p>
            <p>The group has four workstreams, covering co-production, supply chain resilience, sustainment and repair, and the policies that stand in the way of closer work between the defence industries of its members.</p>
          </article>
        </body></html>
        """;

    /// <summary>A published source at <paramref name="path"/> (on the local site, or a whole address), quoted by a meeting and archived when <paramref name="quotation"/> is given.</summary>
    private async Task<Guid> WatchedSourceAsync(string path, string? quotation = null, bool archived = true)
    {
        await using var session = database.Edit();
        var source = await TestRecords.PublishedSourceAsync(session.Db, path.StartsWith('/') ? site.At(path) : path);
        if (quotation is not null && archived)
        {
            await new SourceArchive(session.Db).AddCopyAsync(SourceCopy.Of(
                source, CopyOrigin.PastedByEditor, Encoding.UTF8.GetBytes(Article(quotation)), $"A US official said {quotation}.", Start.UtcDateTime.AddDays(-30), "editor"));
        }

        if (quotation is not null)
        {
            await session.Editor.CreateAsync(TestRecords.MeetingCiting(source, quotation));
        }

        return source;
    }

    private LinkWatch Watch(PolicyTrackerDbContext db) =>
        new(db, new SourceFetcher(new HttpClient(SourceFetcher.Handler(fetching)), fetching, clock), options, clock, publicCache, metrics, NullLogger<LinkWatch>.Instance);

    private async Task<LinkWatchRun?> RunDueAsync()
    {
        await using var db = database.CreateContext();
        return await Watch(db).RunDueAsync(CancellationToken.None);
    }

    private async Task<LinkWatchRun> RunAsync() => await RunDueAsync() ?? throw new InvalidOperationException("No run was due.");

    private async Task<LinkFacts?> PublicLinkAsync(Guid source)
    {
        await using var db = database.CreateContext();
        var slug = await db.Sources.Where(s => s.Id == source).Select(s => s.Slug).SingleAsync();
        return (await new SourceQueries(db).GetPublishedAsync(slug))!.Link;
    }

    private IQueryable<SourceLink> Links() => database.CreateContext().SourceLinks.AsNoTracking();

    private IQueryable<LinkWatchRun> Runs() => database.CreateContext().LinkWatchRuns.AsNoTracking();

    private Task<SourceLink> LinkOfAsync(Guid source) => Links().SingleAsync(l => l.SourceId == source);

    private async Task AssertLinkAsync(Guid source, LinkStatus status, string detail)
    {
        var link = await LinkOfAsync(source);
        Assert.Equal((status, detail), (link.Status, link.Detail));
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while (value > (seen = Volatile.Read(ref target)) && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }
}
