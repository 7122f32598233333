using Microsoft.EntityFrameworkCore;
using PolicyTracker.Core.Common;
using PolicyTracker.Core.Data;
using PolicyTracker.Core.OiaReleases;
using PolicyTracker.Core.Records;
using PolicyTracker.Tests.Infrastructure;

namespace PolicyTracker.Tests.OiaReleases;

/// <summary>The Official Information Act's working days, on dates whose answers can be checked by hand on a calendar.</summary>
public class OiaWorkingDaysTests
{
    [Theory]
    // Waitangi Day 2024 (Tuesday 6 Feb): received Monday 5 Feb; 20 working days, skipping the 6th, end on Tuesday 5 March.
    [InlineData("2024-02-05", "2024-03-05")]
    // Waitangi Day 2027 falls on a Saturday: Monday 8 Feb is not a working day either. Received Friday 5 Feb 2027 → Monday 8 March.
    [InlineData("2027-02-05", "2027-03-08")]
    // Easter and Anzac Day 2025: Good Friday 18, Easter Monday 21 and Anzac Day Friday 25 April skipped.
    // Received Monday 14 April → Thursday 15 May.
    [InlineData("2025-04-14", "2025-05-15")]
    // The Sovereign's Birthday (Monday 3 June) and Matariki (Friday 28 June) 2024: received Friday 31 May → Tuesday 2 July.
    [InlineData("2024-05-31", "2024-07-02")]
    // The Christmas closure: received Friday 20 December 2024, 23 and 24 December count (2), then nothing until
    // Thursday 16 January; with Waitangi Day (Thursday 6 February) skipped, the 20th working day is Tuesday 11 February.
    [InlineData("2024-12-20", "2025-02-11")]
    // Labour Day 2025 (Monday 27 October): received Monday 20 October → Tuesday 18 November.
    [InlineData("2025-10-20", "2025-11-18")]
    public void A_response_is_due_twenty_working_days_after_the_request_is_received(string received, string due)
    {
        Assert.Equal(DateOnly.Parse(due), OiaWorkingDays.ResponseDue(DateOnly.Parse(received)));
    }

    [Theory]
    [InlineData("2024-02-06", false)] // Waitangi Day
    [InlineData("2027-02-08", false)] // Monday after a Saturday Waitangi Day
    [InlineData("2010-02-08", true)]  // before 2014 a weekend Waitangi Day (Saturday 6 Feb 2010) moved nowhere
    [InlineData("2025-04-18", false)] // Good Friday
    [InlineData("2025-04-21", false)] // Easter Monday
    [InlineData("2026-04-27", false)] // Anzac Day 2026 is a Saturday: Monday 27 April
    [InlineData("2026-07-10", false)] // Matariki 2026
    [InlineData("2021-06-25", true)]  // no Matariki holiday before 2022
    [InlineData("2025-01-15", false)] // the last day of the closure
    [InlineData("2025-01-16", true)]
    [InlineData("2025-01-29", true)]  // Auckland Anniversary Day (27 Jan) and others are working days under the Act
    [InlineData("2025-01-27", true)]
    public void Knows_which_days_are_working_days(string day, bool working)
    {
        Assert.Equal(working, OiaWorkingDays.IsWorkingDay(DateOnly.Parse(day)));
    }

    [Fact]
    public void Refuses_to_count_past_the_matariki_dates_it_knows_rather_than_guess()
    {
        var refused = Assert.Throws<ArgumentOutOfRangeException>(() => OiaWorkingDays.IsWorkingDay(new DateOnly(2029, 7, 6)));
        Assert.Contains("Matariki", refused.Message);
    }
}

/// <summary>An OIA release's timing, computed from its dates, only where they are known to the day.</summary>
public class OiaReleaseTimingTests : IAsyncLifetime
{
    private TestDatabase database = null!;

    public async Task InitializeAsync() =>
        database = await TestDatabase.WithSampleDataAsync(DatabaseProvider.Postgres, "oia");

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Theory]
    [InlineData("5 February 2024", "5 March 2024", "2024-03-05", 0)]
    [InlineData("5 February 2024", "12 March 2024", "2024-03-05", 5)]
    [InlineData("5 February 2024", "March 2024", "2024-03-05", null)]
    [InlineData("February 2024", "12 March 2024", null, null)]
    public async Task The_due_date_and_lateness_come_from_dates_known_to_the_day(string requested, string released, string? due, int? late)
    {
        await using var session = database.Edit();
        var links = await KindSamples.LinksAsync(session.Db);
        var content = KindSamples.Publishable(RecordKind.OiaRelease, $"Release {requested} {released}", links);
        content.Date = FuzzyDate.Parse(released);
        content.FieldsOf<OiaReleaseFields>().RequestedOn = FuzzyDate.Parse(requested);
        await session.Editor.PublishNewAsync(content);

        var found = await new RecordQueries(session.Db, TimeProvider.System)
            .FindPublishedAsync(RecordKind.OiaRelease, content.Slug);

        var facts = Assert.IsType<OiaReleaseFacts>(Assert.IsType<RecordLookup.Found>(found).Record.Facts);
        Assert.Equal(due is null ? null : DateOnly.Parse(due), facts.ResponseDue);
        Assert.Equal(late, facts.WorkingDaysLate);
    }

    [Fact]
    public async Task A_release_names_the_records_it_brought_to_light_and_keeps_them_through_an_edit()
    {
        await using var session = database.Edit();
        var release = await session.Db.Set<OiaRelease>().SingleAsync(o => o.Slug == "oia-pipir-briefings-to-rnz");

        var found = await new RecordQueries(session.Db, TimeProvider.System).FindPublishedAsync(RecordKind.OiaRelease, release.Slug);
        var facts = Assert.IsType<OiaReleaseFacts>(Assert.IsType<RecordLookup.Found>(found).Record.Facts);
        Assert.Contains(facts.Revealed, r => r.Slug == "pipir" && r.Kind == RecordKind.Agreement);
        Assert.Contains(facts.Revealed, r => r.Slug == "officials-to-prepare-reactive-media-lines");

        // An edit that does not touch them keeps them; one that names itself or an unknown record is refused.
        var opened = await session.Editor.OpenAsync(release.Id);
        var draft = opened.Draft;
        var revealed = draft.FieldsOf<OiaReleaseFields>().RevealedIds.ToList();
        Assert.Equal(6, revealed.Count);
        draft.FieldsOf<OiaReleaseFields>().RevealedIds.Add(release.Id);
        draft.FieldsOf<OiaReleaseFields>().RevealedIds.Add(Guid.NewGuid());
        var refused = await Assert.ThrowsAsync<ValidationException>(() => session.Editor.SaveAsync(release.Id, opened.Version, draft));
        Assert.Contains(refused.Problems, p => p.Field == "Records it revealed" && p.Message.Contains("cannot reveal itself"));
        Assert.Contains(refused.Problems, p => p.Field == "Records it revealed" && p.Message.Contains("record"));
    }
}
