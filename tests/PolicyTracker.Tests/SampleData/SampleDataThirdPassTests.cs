using Microsoft.EntityFrameworkCore;
using PolicyTracker.Core.Agreements;
using PolicyTracker.Core.Amounts;
using PolicyTracker.Core.Data;
using PolicyTracker.Core.Sources;
using PolicyTracker.Tests.Infrastructure;
using PolicyTracker.Core.Statements;
using PolicyTracker.Core.Meetings;

namespace PolicyTracker.Tests.SampleData;

/// <summary>
/// Issue 29, the third pass over the sample data: each claim carries what its cited source says (the date as that
/// source dates it, the sum as it gives it, the words as it attributes them), and an inference is labelled as the
/// tracker's. Each test failed on the data before the pass.
/// </summary>
public class SampleDataThirdPassTests
{
    private static Task<TestDatabase> LoadedAsync(string purpose) => TestDatabase.WithSampleDataAsync(DatabaseProvider.Sqlite, purpose);

    private static async Task<List<(string Date, string Claim, List<(string Source, string? Pinpoint)> Cited)>> RecordClaimsAsync(PolicyTrackerDbContext db, string slug)
    {
        var record = await db.Records.Include(r => r.DateClaims).ThenInclude(c => c.Citations).ThenInclude(c => c.Source).SingleAsync(r => r.Slug == slug);
        return record.DateClaims.Select(c => (c.Date.ToString(), c.Claim, c.Citations.Select(x => (x.Source.Slug, x.Pinpoint)).ToList())).ToList();
    }

    [Fact]
    public async Task Item_1_PIPIRs_first_plenary_is_dated_as_each_cited_source_dates_it()
    {
        await using var database = await LoadedAsync("third-pass-1");
        await using var db = database.CreateContext();

        // The Honolulu meeting: Hall gives 7 October; the two days come from the Indo-Pacific Command's release, cited.
        var meeting = await RecordClaimsAsync(db, "pipir-first-meeting-honolulu");
        var hall = Assert.Single(meeting, c => c.Cited.Any(x => x.Source == "mick-hall-nz-part-of-drive"));
        Assert.Equal("7 October 2024", hall.Date);
        var span = Assert.Single(meeting, c => c.Date == "7–8 October 2024");
        var cited = Assert.Single(span.Cited);
        Assert.Equal("indopacom-pipir-inaugural-plenary", cited.Source);
        Assert.Contains("October 7-8, 2024", cited.Pinpoint);

        // The "Joined" step's claim from Hall is dated as Hall dates it, and says the joining day is the tracker's reading.
        var joined = await db.StatusChanges.Include(s => s.DateClaims).ThenInclude(c => c.Citations).ThenInclude(c => c.Source)
            .SingleAsync(s => s.Agreement.Slug == "pipir" && s.Status == NzStatus.Joined);
        var claim = Assert.Single(joined.DateClaims);
        Assert.Equal("7 October 2024", claim.Date.ToString());
        Assert.Equal("mick-hall-nz-part-of-drive", Assert.Single(claim.Citations).Source.Slug);
        Assert.Contains("tracker's reading", claim.Claim, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Item_2_the_Shangri_La_claim_is_dated_by_its_sources_and_the_Dialogues_days_are_the_trackers_note()
    {
        await using var database = await LoadedAsync("third-pass-2");
        await using var db = database.CreateContext();

        var endorsement = await RecordClaimsAsync(db, "nz-endorses-statement-of-principles");
        var status = await db.StatusChanges.Include(s => s.DateClaims).ThenInclude(c => c.Citations).ThenInclude(c => c.Source)
            .SingleAsync(s => s.Agreement.Slug == "statement-of-principles" && s.Status == NzStatus.Endorsed);
        Assert.DoesNotContain(endorsement, c => c.Date == "31 May–2 June 2024");
        Assert.DoesNotContain(status.DateClaims, c => c.Date.ToString() == "31 May–2 June 2024");

        var shangriLa = Assert.Single(endorsement, c => c.Claim.Contains("Shangri-La", StringComparison.Ordinal));
        Assert.Equal("May 2024", shangriLa.Date);
        Assert.Contains(shangriLa.Cited, x => x.Source == "indopacom-pipir-inaugural-plenary" && x.Pinpoint!.Contains("held in May 2024", StringComparison.Ordinal));
        Assert.Contains("tracker's own note", shangriLa.Claim, StringComparison.Ordinal);

        // The Dialogue's own days rest on a source that gives them.
        var dialogue = await db.Records.Include(r => r.Citations).ThenInclude(c => c.Source).SingleAsync(r => r.Slug == "shangri-la-dialogue-2024");
        Assert.Contains(dialogue.Citations, c => c.Source.Slug == "defence-connect-shangri-la-2024-principles" && c.Pinpoint!.Contains("31 May to 2 June", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Item_3_the_Seahawk_sums_are_recorded_against_what_each_report_says_and_Shephards_stays_as_a_conflicting_claim()
    {
        await using var database = await LoadedAsync("third-pass-3");
        await using var db = database.CreateContext();

        var amounts = await db.Amounts.Include(a => a.Citations).ThenInclude(c => c.Source)
            .Where(a => db.Records.Any(r => r.Id == a.RecordId && r.Slug == "nz-chooses-mh-60r-seahawks")).ToListAsync();

        var helicopters = Assert.Single(amounts, a => a.Value == 2_000_000_000m);
        Assert.Contains("helicopters", helicopters.Purpose, StringComparison.Ordinal);
        Assert.Contains(helicopters.Citations, c => c.Source.Slug == "adm-seahawks-airbus-2025" && c.Pinpoint!.Contains("$2 billion plus", StringComparison.Ordinal));
        var aircraft = Assert.Single(amounts, a => a.Value == 700_000_000m);
        Assert.Contains("A321XLR", aircraft.Purpose, StringComparison.Ordinal);
        Assert.Contains(amounts, a => a.Value == 2_700_000_000m && a.Purpose.Contains("together", StringComparison.Ordinal)
            && a.Citations.Any(c => c.Source.Slug == "odt-rnz-defence-aircraft-replacements-2025"));

        var shephard = Assert.Single(amounts, a => a.Citations.Any(c => c.Source.Slug == "shephard-nz-mh-60r-a321xlr"));
        Assert.Equal(2_700_000_000m, shephard.Value);
        Assert.Equal(Currency.NZD, shephard.Currency);
        Assert.Contains("Shephard", shephard.Purpose, StringComparison.Ordinal);
        Assert.Contains("conflicts", shephard.Purpose, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Item_4_the_Seahawk_commitment_is_the_ministers_word_as_reported_not_Shephards_paraphrase()
    {
        await using var database = await LoadedAsync("third-pass-4");
        await using var db = database.CreateContext();

        var commitment = await db.Set<Core.Commitments.Commitment>().Include(c => c.MadeBy).Include(c => c.Citations).ThenInclude(c => c.Source)
            .SingleAsync(c => c.Slug == "final-decision-on-seahawks-2026");
        Assert.Equal("judith-collins", commitment.MadeBy?.Slug);
        var citation = Assert.Single(commitment.Citations);
        Assert.Equal("odt-rnz-defence-aircraft-replacements-2025", citation.Source.Slug);
        Assert.Equal("with Cabinet to consider the final business case next year", citation.Pinpoint);
        Assert.Equal("21 August 2025", commitment.Date.ToString());
        Assert.Equal("2026", commitment.DueBy.ToString());
        Assert.Contains("business case", commitment.Title, StringComparison.Ordinal);
        Assert.DoesNotContain("final decision in 2026", commitment.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Item_5_full_steam_ahead_is_attributed_to_the_President_as_the_report_attributes_it()
    {
        await using var database = await LoadedAsync("third-pass-5");
        await using var db = database.CreateContext();

        var review = await db.Records.Include(r => r.Citations).SingleAsync(r => r.Slug == "pentagon-completes-aukus-review");
        Assert.Contains("President Trump's guidance", review.Summary, StringComparison.Ordinal);
        Assert.DoesNotContain("Department says", review.Summary, StringComparison.Ordinal);
        Assert.Contains(review.Citations, c => c.Pinpoint == "should move “full steam ahead” consistent with President Donald Trump’s guidance");

        // Nor is the phrase put in the December joint statement, whose cited words do not have it.
        var ministers = await db.Records.SingleAsync(r => r.Slug == "aukus-defence-ministers-meeting-2025");
        Assert.DoesNotContain("full steam ahead", ministers.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Item_6_Marles_statements_give_no_venue_or_time_their_source_does_not_give()
    {
        await using var database = await LoadedAsync("third-pass-6");
        await using var db = database.CreateContext();

        var marles = await db.Set<Statement>().Where(s => s.Speaker!.Slug == "richard-marles").ToListAsync();
        Assert.Equal(2, marles.Count);
        Assert.All(marles, s =>
        {
            Assert.Null(s.Venue);
            Assert.DoesNotContain("on the day", s.Summary, StringComparison.Ordinal);
            Assert.DoesNotContain("Auckland visit", s.Summary, StringComparison.Ordinal);
        });
        var agreement = await db.Records.SingleAsync(r => r.Slug == "australia-nz-closer-defence-relations");
        Assert.DoesNotContain("on the day", agreement.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Item_7_Parkers_announcement_says_no_more_than_the_Herald_report()
    {
        await using var database = await LoadedAsync("third-pass-7");
        await using var db = database.CreateContext();

        var parker = await db.Records.Include(r => r.Citations).ThenInclude(c => c.Source).SingleAsync(r => r.Slug == "parker-announces-resignation");
        Assert.All(parker.Citations, c => Assert.Equal("nzherald-parker-to-resign", c.Source.Slug));
        Assert.DoesNotContain("AUKUS", parker.Summary, StringComparison.Ordinal);
        Assert.DoesNotContain("PIPIR", parker.Summary, StringComparison.Ordinal);
        Assert.Contains("resign from politics in the coming weeks", parker.Summary, StringComparison.Ordinal);
        Assert.Contains(parker.Citations, c => c.Pinpoint == "He will give his valedictory speech in early May.");
    }

    [Fact]
    public async Task Item_8_the_speech_is_dated_June_2024_wherever_it_is_described_and_only_the_sources_mention_is_claimed()
    {
        await using var database = await LoadedAsync("third-pass-8");
        await using var db = database.CreateContext();

        var status = await db.StatusChanges.Include(s => s.Disclosures).ThenInclude(d => d.Citations)
            .SingleAsync(s => s.Agreement.Slug == "statement-of-principles" && s.Status == NzStatus.Endorsed);
        var disclosure = Assert.Single(status.Disclosures);
        Assert.DoesNotContain("does not date it", disclosure.Note, StringComparison.Ordinal);
        Assert.Contains(disclosure.Citations, c => c.Pinpoint == "she told an Asian defence summit in June");

        var speech = await db.Set<Statement>().SingleAsync(s => s.Slug == "collins-pleased-to-endorse-statement-of-principles");
        Assert.Equal("June 2024", speech.Date.ToString());
        Assert.Contains("dates to June 2024", disclosure.Note, StringComparison.Ordinal);
        Assert.Contains("the only public mention of the endorsement by the government that the sources report", speech.Summary, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Item_9_NTIB_came_to_light_through_RNZs_first_report_of_22_May_2024_and_the_later_one_is_a_follow_up()
    {
        await using var database = await LoadedAsync("third-pass-9");
        await using var db = database.CreateContext();

        var step = await db.StatusChanges.Include(s => s.Disclosures).ThenInclude(d => d.Citations).ThenInclude(c => c.Source)
            .SingleAsync(s => s.Agreement.Slug == "ntib" && s.Status == NzStatus.IncludedByAnotherParty);
        var disclosure = Assert.Single(step.Disclosures);
        Assert.Equal("22 May 2024", disclosure.PublicOn.ToString());
        var first = Assert.Single(disclosure.Citations, c => c.Source.Slug == "rnz-nz-quietly-added-to-ntib").Source;
        Assert.Equal("22 May 2024", first.Published.ToString());
        Assert.Equal("New Zealand quietly added to US military trade law", first.Title);
        Assert.DoesNotContain("It may be the report", first.Notes, StringComparison.Ordinal);
        Assert.Equal("The Green Party, until RNZ reported it", disclosure.NotInformed);

        var followUp = await db.Sources.SingleAsync(s => s.Slug == "rnz-nz-ntib-inclusion");
        Assert.Contains("follow-up", followUp.Notes, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Item_10_the_three_forums_are_not_dated_to_the_year_the_report_gives_only_for_the_delegations()
    {
        await using var database = await LoadedAsync("third-pass-10");
        await using var db = database.CreateContext();

        var forums = await db.Records.Include(r => r.Citations).SingleAsync(r => r.Slug == "three-new-us-nz-forums-2025");
        Assert.True(forums.Date.Approximate, $"Dated {forums.Date}, as if the report gave the year.");
        Assert.DoesNotContain("had met in 2025", forums.Summary, StringComparison.Ordinal);
        Assert.Contains("tracker's estimate", forums.Summary, StringComparison.Ordinal);
        Assert.Contains(forums.Citations, c => c.Pinpoint == "Three new US-NZ forums have recently been set up.");
    }

    [Fact]
    public async Task Item_11_the_United_States_is_PIPIRs_host_not_a_convenor_no_source_names()
    {
        await using var database = await LoadedAsync("third-pass-11");
        await using var db = database.CreateContext();

        var us = await db.PartyMemberships.Include(p => p.Citations)
            .SingleAsync(p => p.Agreement.Slug == "pipir" && p.Country.Slug == "united-states");
        Assert.DoesNotContain("convenor", us.Role, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("host", us.Role, StringComparison.Ordinal);
        Assert.Contains(us.Citations, c => c.Pinpoint!.Contains("hosted by the US military", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Item_12_the_swearing_in_cites_a_report_of_it_published_that_day()
    {
        await using var database = await LoadedAsync("third-pass-12");
        await using var db = database.CreateContext();

        var swearingIn = await db.Records.Include(r => r.Citations).ThenInclude(c => c.Source).SingleAsync(r => r.Slug == "coalition-government-sworn-in-2023");
        Assert.Equal("27 November 2023", swearingIn.Date.ToString());
        var report = swearingIn.Citations.Where(c => c.Source.Slug == "1news-luxon-sworn-in-2023").ToList();
        Assert.NotEmpty(report);
        Assert.Equal("27 November 2023", report[0].Source.Published.ToString());
        Assert.Contains(report, c => c.Pinpoint!.Contains("Government House", StringComparison.Ordinal));
        Assert.Contains(report, c => c.Pinpoint!.Contains("Judith Collins", StringComparison.Ordinal) && c.Pinpoint.Contains("Winston Peters", StringComparison.Ordinal));
    }
}

/// <summary>Issue 29: dates sharpened where a source gives the day, and the 2025–2026 developments added with their sources.</summary>
public class SampleDataThirdPassAdditionsTests
{
    private static Task<TestDatabase> LoadedAsync(string purpose) => TestDatabase.WithSampleDataAsync(DatabaseProvider.Sqlite, purpose);

    [Fact]
    public async Task Dates_are_as_precise_as_their_best_cited_source()
    {
        await using var database = await LoadedAsync("third-pass-precision");
        await using var db = database.CreateContext();
        var records = await db.Records.Include(r => r.Citations).ThenInclude(c => c.Source).Include(r => r.DateClaims).ThenInclude(c => c.Citations).ThenInclude(c => c.Source)
            .Where(r => new[] { "defence-capability-plan-2025", "australia-nz-joint-statement-signed", "australia-nz-closer-defence-relations", "hegseth-collins-pentagon-meeting", "peters-not-invited-to-pillar-two" }.Contains(r.Slug))
            .ToDictionaryAsync(r => r.Slug);

        var plan = records["defence-capability-plan-2025"];
        Assert.Equal("7 April 2025", plan.Date.ToString());
        Assert.Contains(plan.Citations, c => c.Source.Slug == "mick-hall-declassified-document-us-hardware" && c.Pinpoint!.Contains("April 7", StringComparison.Ordinal));

        foreach (var slug in new[] { "australia-nz-joint-statement-signed", "australia-nz-closer-defence-relations" })
        {
            Assert.Equal("6 December 2024", records[slug].Date.ToString());
            Assert.Contains(records[slug].Citations, c => c.Source.Slug == "nz-govt-anzmin-joint-statement-2024" && c.Pinpoint!.Contains("6 December", StringComparison.Ordinal));
        }

        var pentagon = records["hegseth-collins-pentagon-meeting"];
        Assert.Equal("20 October 2025", pentagon.Date.ToString());
        var reckoning = Assert.Single(pentagon.DateClaims);
        Assert.Contains("tracker's reckoning", reckoning.Claim, StringComparison.Ordinal);
        Assert.Contains(reckoning.Citations, c => c.Source.Slug == "aa-us-nz-defense-chiefs-2025");

        var peters = records["peters-not-invited-to-pillar-two"];
        Assert.Equal("1 May 2024", peters.Date.ToString());
        Assert.Contains(peters.DateClaims, c => c.Date.ToString() == "1 May 2024" && c.Citations.Any(x => x.Source.Slug == "rnz-peters-aukus-pillar-2-may-2024"));
    }

    [Fact]
    public async Task The_2025_developments_are_recorded_with_their_sources_and_the_trackers_inferences_labelled()
    {
        await using var database = await LoadedAsync("third-pass-additions");
        await using var db = database.CreateContext();

        var codel = await db.Set<Meeting>().Include(m => m.People).SingleAsync(m => m.Slug == "codel-young-kim-auckland-2025");
        Assert.Equal("17 April 2025", codel.Date.ToString());
        Assert.Equal("Auckland", codel.Place);
        Assert.Superset(new HashSet<string> { "judith-collins", "winston-peters", "young-kim" }, codel.People.Select(p => p.Slug).ToHashSet());

        var review = await db.Set<Core.Commitments.Commitment>().Include(c => c.MadeBy).SingleAsync(c => c.Slug == "defence-capability-plan-two-yearly-review");
        Assert.Equal("winston-peters", review.MadeBy?.Slug);
        Assert.Equal("2027", review.DueBy.ToString());
        Assert.Contains("tracker's reckoning", review.Summary, StringComparison.Ordinal);

        var share = await db.Amounts.Include(a => a.Citations).ThenInclude(c => c.Source)
            .SingleAsync(a => db.Records.Any(r => r.Id == a.RecordId && r.Slug == "nzdf-arms-on-order-us-share-2025"));
        Assert.Equal(6_000_000_000m, share.Value);
        Assert.Equal("rnz-us-arms-sales-surge", Assert.Single(share.Citations).Source.Slug);

        var fms = await db.Set<Statement>().Include(s => s.Speaker).SingleAsync(s => s.Slug == "collins-fms-itar-after-hegseth-meeting");
        Assert.Equal("judith-collins", fms.Speaker?.Slug);
        Assert.Equal(Core.Statements.StatementMode.Quotation, fms.Mode);

        var agreements = await db.Set<Agreement>().Where(a => a.Slug == "pipir" || a.Slug == "aukus-pillar-two").Select(a => a.Summary).ToListAsync();
        Assert.All(agreements, summary => Assert.Contains("no public report since", summary, StringComparison.Ordinal));
    }
}
