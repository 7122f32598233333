using Microsoft.EntityFrameworkCore;
using PolicyTracker.Core.Agreements;
using PolicyTracker.Core.Common;
using PolicyTracker.Core.Data;
using PolicyTracker.Core.Meetings;
using PolicyTracker.Core.SampleData;
using PolicyTracker.Core.Sources;
using PolicyTracker.Core.Workstreams;
using PolicyTracker.Tests.Infrastructure;
using PolicyTracker.Core.Events;
using PolicyTracker.Core.Statements;

namespace PolicyTracker.Tests.SampleData;

public class SampleDataTests
{
    [Theory]
    [InlineData(DatabaseProvider.Postgres)]
    [InlineData(DatabaseProvider.Sqlite)]
    public async Task Loads_on_an_empty_database_and_a_second_load_adds_nothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.MigratedAsync(provider, "sample");

        int firstAdded;
        await using (var db = database.CreateContext())
        {
            firstAdded = await new SampleDataLoader(db, TimeProvider.System).LoadAsync();
        }

        var afterFirst = await CountsAsync(database);
        await using (var db = database.CreateContext())
        {
            Assert.Equal(0, await new SampleDataLoader(db, TimeProvider.System).LoadAsync());
        }

        Assert.True(firstAdded > 50, $"Only {firstAdded} entities were loaded.");
        Assert.Equal(firstAdded, afterFirst.Sum());
        Assert.Equal(afterFirst, await CountsAsync(database));
    }

    [Theory]
    [InlineData("\"summary\": \"A US legal category", "\"summary\": \"<script>alert(1)</script> A US legal category", "Summary")]
    [InlineData("\"sourceId\": \"source:rnz-nz-joins-pipir\"", "\"sourceId\": \"source:no-such-source\"", "no-such-source")]
    [InlineData("\"slug\": \"pipir\"", "\"slug\": \"ntib\"", "ntib")]
    [InlineData("\"sourceId\": \"source:rnz-nz-endorses-statement-of-principles\",\n          \"pinpoint\": \"A Biden order", "\"sourceId\": \"source:blog-nz-quietly-joins-pipir\",\n          \"pinpoint\": \"A Biden order", "rests only on low-reliability sources")]
    public async Task Sample_data_is_checked_by_the_editors_rules_and_one_problem_adds_nothing(string find, string replace, string named)
    {
        await using var database = await TestDatabase.MigratedAsync(DatabaseProvider.Sqlite, "sample-rules");
        var file = await ShippedFileAsync();
        Assert.Contains(find, file);
        var broken = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(ReplaceFirst(file, find, replace)));

        await using var db = database.CreateContext();
        var refused = await Record.ExceptionAsync(() => new SampleDataLoader(db, TimeProvider.System).LoadAsync(broken));

        Assert.Contains(named, refused switch
        {
            ValidationException invalid => string.Join(" ", invalid.Problems.Select(p => $"{p.Field}: {p.Message}")),
            _ => refused?.Message ?? "",
        });
        Assert.Equal(new[] { 0, 0, 0, 0, 0 }, await CountsAsync(database));
    }

    private static async Task<string> ShippedFileAsync()
    {
        await using var stream = typeof(SampleDataLoader).Assembly.GetManifestResourceStream("PolicyTracker.SampleData.json")!;
        return await new StreamReader(stream).ReadToEndAsync();
    }

    private static string ReplaceFirst(string text, string find, string replace)
    {
        var at = text.IndexOf(find, StringComparison.Ordinal);
        return text[..at] + replace + text[(at + find.Length)..];
    }

    [Theory]
    [InlineData(DatabaseProvider.Postgres)]
    [InlineData(DatabaseProvider.Sqlite)]
    public async Task Every_record_and_every_dated_claim_cites_a_source(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.WithSampleDataAsync(provider, "sample");
        await using var db = database.CreateContext();

        var records = await db.Records.Select(r => new { r.Slug, Pinpointed = r.Citations.Count(c => c.Pinpoint != null && c.Pinpoint != "") }).ToListAsync();
        Assert.All(records, r => Assert.True(r.Pinpointed > 0, $"{r.Slug} has no citation with a pinpoint."));
        Assert.All(await db.StatusChanges.Select(s => s.Citations.Count).ToListAsync(), count => Assert.True(count > 0));
        Assert.All(await db.DateClaims.Select(c => c.Citations.Count).ToListAsync(), count => Assert.True(count > 0));
        Assert.All(await db.PartyMemberships.Select(p => p.Citations.Count).ToListAsync(), count => Assert.True(count > 0));
        Assert.All(await db.Records.ToListAsync(), r => Assert.Equal(PublicationState.Published, r.State));
    }

    [Fact]
    public async Task Each_fact_is_recorded_as_what_it_is_and_dated_as_its_source_dates_it()
    {
        await using var database = await TestDatabase.WithSampleDataAsync(DatabaseProvider.Sqlite, "sample-facts");
        await using var db = database.CreateContext();

        // The five counts RNZ gives add up to the 23 meetings it reports for the same period.
        var aukus = await db.Set<Meeting>().Where(m => m.Agreements.Any(a => a.Slug == "aukus-pillar-two") && m.Count != null).ToListAsync();
        var whole = Assert.Single(aukus, m => m.Count == 23);
        Assert.Equal(23, aukus.Where(m => m != whole && m.Summary.Contains("Part of the 23", StringComparison.Ordinal)).Sum(m => m.Count));

        // PIPIR: considered from July 2024; joined late 2024; 9 December is Collins's confirmation, not the joining.
        var pipir = await db.Set<Agreement>().Include(a => a.StatusHistory).ThenInclude(s => s.DateClaims).SingleAsync(a => a.Slug == "pipir");
        Assert.Equal("July 2024 (approx.)", pipir.StatusHistory.Single(s => s.Status == NzStatus.Considering).Date.ToString());
        Assert.DoesNotContain(pipir.StatusHistory.SelectMany(s => s.DateClaims), c => c.Date.ToString() == "9 December 2024");
        var confirmation = await db.Set<Statement>().Include(s => s.DateClaims).SingleAsync(s => s.Slug == "collins-pipir-discussion-forum");
        Assert.Contains(confirmation.DateClaims, c => c.Date.ToString() == "9 December 2024");

        // The Statement of Principles went unannounced, and its endorsement is dated the same three ways wherever it is shown.
        var principles = await db.Set<Agreement>().Include(a => a.StatusHistory).ThenInclude(s => s.DateClaims).Include(a => a.DateClaims).SingleAsync(a => a.Slug == "statement-of-principles");
        Assert.False(principles.PubliclyAnnouncedByNz);
        Assert.Empty(principles.DateClaims);
        var endorsement = await db.Set<Event>().Include(e => e.DateClaims).SingleAsync(e => e.Slug == "nz-endorses-statement-of-principles");
        Assert.Equal(
            principles.StatusHistory.Single().DateClaims.Select(c => c.Date.ToString()).Order(),
            endorsement.DateClaims.Select(c => c.Date.ToString()).Order());
        Assert.DoesNotContain(endorsement.DateClaims, c => c.Claim.Contains("Shangri-La", StringComparison.Ordinal) && c.Date.ToString().StartsWith("June", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(DatabaseProvider.Postgres)]
    [InlineData(DatabaseProvider.Sqlite)]
    public async Task Holds_what_the_source_texts_name(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.WithSampleDataAsync(provider, "sample");
        await using var db = database.CreateContext();

        var sources = await db.Sources.ToDictionaryAsync(s => s.Slug, s => s.Reliability);
        Assert.Equal(Reliability.High, sources["rnz-nz-joins-pipir"]);
        Assert.Equal(Reliability.Low, sources["blog-nz-quietly-joins-pipir"]);
        Assert.Equal(Reliability.Medium, sources["summary-hegseth-collins-pentagon"]);
        Assert.True(sources.Count >= 5);

        var agreements = await db.Set<Agreement>().Select(a => a.ShortName).ToListAsync();
        Assert.Superset(new HashSet<string?> { "NTIB", "Statement of Principles", "PIPIR", "AUKUS Pillar Two", "ANZ joint statement", "Emerging tech dialogue" }, agreements.ToHashSet());

        var pipirWorkstreams = await db.Set<Workstream>().Where(w => w.Agreement.Slug == "pipir").ToListAsync();
        Assert.Equal(4, pipirWorkstreams.Count);
        Assert.Equal("pipir-supply-chain-resilience", Assert.Single(pipirWorkstreams, w => w.NzStance == NzStance.Priority).Slug);

        var meetings = await db.Set<Meeting>().ToListAsync();
        // Dated no more precisely than the RNZ text ("in October"); the day is a claim of its own, with its source.
        Assert.Contains(meetings, m => m.Place == "Honolulu" && m.Date.ToString() == "October 2024");
        // Each source's date for it: 7 October (Mick Hall), 7–8 October (the US Indo-Pacific Command's release).
        var honoluluDays = await db.DateClaims.Where(c => db.Records.Any(r => r.Id == c.RecordId && r.Slug == "pipir-first-meeting-honolulu")).Select(c => c.Date).ToListAsync();
        Assert.Equal(["7 October 2024", "7–8 October 2024"], honoluluDays.Select(d => d.ToString()).Order());

        // "Briefings in the second half of 2024": a half-year, not the whole year nor "late 2024".
        var halfYear = await db.Records.Where(r => r.Slug == "officials-to-prepare-reactive-media-lines").Select(r => r.Date).SingleAsync();
        Assert.Equal(DatePrecision.HalfYear, halfYear.Precision);
        Assert.Contains(meetings, m => m.Count == 23 && !m.CountIsMinimum);
        Assert.Contains(meetings, m => m.Count == 30 && m.CountIsMinimum && m.MeetingKind == MeetingKind.Technical);
        Assert.Contains(meetings, m => m.Slug == "hegseth-collins-pentagon-meeting" && m.Date.ToString() == "20 October 2025");

        var statements = await db.Set<Statement>().Include(s => s.Speaker).Include(s => s.SpeakingOrganisation).ToListAsync();
        Assert.True(statements.Count >= 12, $"Only {statements.Count} statements.");
        Assert.All(statements, s => Assert.True(s.Speaker is not null || s.SpeakingOrganisation is not null || s.UnnamedSpeaker is not null, $"{s.Slug} has no speaker."));
        var speakers = statements.Select(s => s.Speaker?.Name ?? s.SpeakingOrganisation?.Name ?? s.UnnamedSpeaker!).ToHashSet();
        Assert.Superset(new HashSet<string> { "Judith Collins", "Lloyd Austin", "William LaPlante", "Winston Peters", "David Parker", "Richard Marles", "US Embassy in New Zealand" }, speakers);

        var events = await db.Set<Event>().ToDictionaryAsync(e => e.Slug, e => e.Date.ToString());
        Assert.Equal("February 2022", events["biden-hypersonics-order"]);
        Assert.Equal("late 2022", events["nz-included-in-ntib"]);
        Assert.Equal("January 2024", events["us-national-defense-industrial-strategy"]);
    }

    [Theory]
    [InlineData(DatabaseProvider.Postgres)]
    [InlineData(DatabaseProvider.Sqlite)]
    public async Task Keeps_the_statement_of_principles_date_disagreement_as_three_cited_claims(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.WithSampleDataAsync(provider, "sample");
        await using var db = database.CreateContext();

        var endorsement = await db.Set<Event>()
            .Include(e => e.DateClaims).ThenInclude(c => c.Citations).ThenInclude(c => c.Source)
            .SingleAsync(e => e.Slug == "nz-endorses-statement-of-principles");
        var claims = endorsement.DateClaims.OrderBy(c => c.Date).ToList();

        // The Shangri-La claim is dated as its sources date it (May 2024); the Dialogue's days are the tracker's note, not a claim.
        Assert.Equal(["1 May 2024", "June 2024", "May 2024"], claims.Select(c => c.Date.ToString()).Order());
        Assert.Equal("rnz-nz-joins-pipir", Assert.Single(claims, c => c.Date.ToString() == "1 May 2024").Citations.Single().Source.Slug);
        Assert.Equal(
            ["indopacom-pipir-inaugural-plenary", "mick-hall-nz-part-of-drive"],
            claims.Single(c => c.Date.ToString() == "May 2024").Citations.Select(c => c.Source.Slug).Order());
        Assert.Equal("rnz-nz-endorses-statement-of-principles", Assert.Single(claims, c => c.Date.ToString() == "June 2024").Citations.Single().Source.Slug);
        Assert.Equal("Q2 2024", endorsement.Date.ToString());

        var status = await db.StatusChanges.Include(s => s.DateClaims)
            .SingleAsync(s => s.Agreement.Slug == "statement-of-principles" && s.Status == NzStatus.Endorsed);
        Assert.Equal(3, status.DateClaims.Select(c => c.Date).Distinct().Count());
    }

    [Fact]
    public async Task Is_brought_up_to_date_from_public_sources_at_their_publishers_own_addresses()
    {
        await using var database = await TestDatabase.WithSampleDataAsync(DatabaseProvider.Sqlite, "sample-current");
        await using var db = database.CreateContext();

        // Roles carry the dates the sources give, so no one is shown in a post before or after they held it.
        var roles = await db.People.Include(p => p.Roles).ToDictionaryAsync(p => p.Slug, p => p.Roles.Single());
        Assert.Equal("27 November 2023", roles["judith-collins"].From.ToString());
        Assert.Equal("May 2025 (approx.)", roles["david-parker"].To.ToString());

        // The record runs past the five texts (which end in October 2025) into 2026.
        var latest = await db.Records.OrderByDescending(r => r.Date.Start).Select(r => r.Date).FirstAsync();
        Assert.True(latest.Start >= new DateOnly(2026, 1, 1), $"Latest record is dated {latest}.");
        var release = await db.Set<PolicyTracker.Core.OiaReleases.OiaRelease>().SingleAsync(o => o.Slug == "mod-releases-aukus-pillar-ii-briefing");
        Assert.Equal("s 6(a), s 6(b)(i), s 9(2)(a), s 9(2)(g)(i), s 9(2)(f)(iv)", release.WithholdingGrounds);
        var seahawks = await db.Set<PolicyTracker.Core.Commitments.Commitment>().SingleAsync(c => c.Slug == "final-decision-on-seahawks-2026");
        Assert.False(PolicyTracker.Core.Commitments.CommitmentOutcome.IsOverdue(seahawks.DueBy, [], new DateOnly(2026, 11, 26)));
        Assert.True(PolicyTracker.Core.Commitments.CommitmentOutcome.IsOverdue(seahawks.DueBy, [], new DateOnly(2027, 1, 1)));

        // Every address is the publisher's own: no cache or mirror hosts, https only.
        var addresses = await db.Sources.Where(s => s.Url != null).Select(s => s.Url!).ToListAsync();
        Assert.All(addresses, url =>
        {
            var host = new Uri(url).Host;
            Assert.Equal("https", new Uri(url).Scheme);
            Assert.DoesNotContain("cache", host, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("webcache", host, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("archive.", host, StringComparison.OrdinalIgnoreCase);
        });
    }

    private static async Task<int[]> CountsAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        return
        [
            await db.Countries.CountAsync(), await db.Organisations.CountAsync(), await db.People.CountAsync(),
            await db.Sources.CountAsync(), await db.Records.CountAsync(),
        ];
    }
}
