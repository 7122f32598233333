using PolicyTracker.Core.Sources;
using PolicyTracker.Core.Commitments;
using PolicyTracker.Core.Common;
using PolicyTracker.Core.Data;
using PolicyTracker.Core.Records;
using PolicyTracker.Tests.Infrastructure;

namespace PolicyTracker.Tests.Commitments;

/// <summary>Commitments: overdue computed on fixed clocks in New Zealand time, where each stands, and the list's order and filters.</summary>
public class CommitmentTests : IAsyncLifetime
{
    private TestDatabase database = null!;

    public async Task InitializeAsync() => database = await TestDatabase.WithSampleDataAsync(DatabaseProvider.Postgres, "commitments");

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Theory]
    // Day precision: due on 10 March 2025, overdue from 11 March.
    [InlineData("10 March 2025", "2025-03-10", false)]
    [InlineData("10 March 2025", "2025-03-11", true)]
    // Month precision: due in March 2025, overdue only once March is over.
    [InlineData("March 2025", "2025-03-31", false)]
    [InlineData("March 2025", "2025-04-01", true)]
    // Year and part of year: the whole period must pass.
    [InlineData("2025", "2025-12-31", false)]
    [InlineData("2025", "2026-01-01", true)]
    [InlineData("late 2024", "2024-12-31", false)]
    [InlineData("late 2024", "2025-01-01", true)]
    // No due date: never overdue.
    [InlineData("", "2099-01-01", false)]
    public void Overdue_when_the_whole_due_period_has_passed(string dueBy, string today, bool overdue)
    {
        Assert.Equal(overdue, CommitmentOutcome.IsOverdue(FuzzyDate.Parse(dueBy), [CommitmentStatus.Pending], DateOnly.Parse(today)));
    }

    [Theory]
    [InlineData(CommitmentStatus.Delivered, false)]
    [InlineData(CommitmentStatus.Dropped, false)]
    [InlineData(CommitmentStatus.PartlyDelivered, true)]
    [InlineData(CommitmentStatus.InProgress, true)]
    [InlineData(CommitmentStatus.Superseded, true)]
    public void Only_a_delivered_or_dropped_outcome_stops_it_being_overdue(CommitmentStatus outcome, bool overdue)
    {
        Assert.Equal(overdue, CommitmentOutcome.IsOverdue(FuzzyDate.Parse("2024"), [CommitmentStatus.Pending, outcome], new DateOnly(2025, 6, 1)));
    }

    [Theory]
    // Due on 1 January 2025: still due at 23:30 on the 1st in Wellington (10:30 UTC), overdue at 00:30 on the 2nd (11:30 UTC).
    [InlineData("2025-01-01T10:30:00Z", false)]
    [InlineData("2025-01-01T11:30:00Z", true)]
    public async Task A_due_date_passes_at_midnight_in_new_zealand(string utcNow, bool overdue)
    {
        var slug = await PublishAsync("Due on New Year's Day", "1 January 2025");

        var clock = new FixedClock(DateTimeOffset.Parse(utcNow));
        await using var db = database.CreateContext();
        var found = await new RecordQueries(db, clock).FindPublishedAsync(RecordKind.Commitment, slug);

        var facts = Assert.IsType<CommitmentFacts>(Assert.IsType<RecordLookup.Found>(found).Record.Facts);
        Assert.Equal(overdue, facts.Overdue);
    }

    [Fact]
    public async Task The_list_puts_overdue_first_then_the_soonest_due_and_filters_by_where_each_stands()
    {
        var late = await PublishAsync("Promised for early 2025", "early 2025");
        var delivered = await PublishAsync("Promised and delivered", "early 2025", CommitmentStatus.Delivered);
        var soon = await PublishAsync("Promised for 2030", "2030");
        var undated = await PublishAsync("Promised with no date", "");

        await using var db = database.CreateContext();
        var queries = new CommitmentQueries(db, new FixedClock(new DateTimeOffset(2026, 11, 25, 0, 0, 0, TimeSpan.Zero)));
        var all = (await queries.ListPublishedAsync()).Where(c => c.Title.StartsWith("Promised", StringComparison.Ordinal)).ToList();

        Assert.Equal([late, delivered, soon, undated], all.Select(c => c.Slug));
        Assert.Equal([true, false, false, false], all.Select(c => c.Overdue));
        Assert.Equal(CommitmentStatus.Delivered, all[1].Status);
        Assert.Equal([late], (await queries.ListPublishedAsync(overdueOnly: true)).Select(c => c.Slug));
        Assert.Equal([delivered], (await queries.ListPublishedAsync(CommitmentStatus.Delivered)).Select(c => c.Slug));
    }

    [Fact]
    public async Task An_outcome_without_a_source_is_refused_with_a_message_and_nothing_is_saved()
    {
        await using var session = database.Edit();
        var links = await KindSamples.LinksAsync(session.Db);
        var content = KindSamples.Publishable(RecordKind.Commitment, "An uncited outcome", links);
        content.FieldsOf<CommitmentFields>().Outcomes.Add(new CommitmentOutcomeDraft { Status = CommitmentStatus.Dropped, Date = FuzzyDate.Parse("2025") });

        var refused = await Assert.ThrowsAsync<ValidationException>(() => session.Editor.CreateAsync(content));

        Assert.Contains(refused.Problems, p => p.Field == "Outcomes" && p.Message.Contains("needs a citation", StringComparison.Ordinal));
        Assert.False(session.Db.Records.Any(r => r.Title == "An uncited outcome"));
    }

    private async Task<string> PublishAsync(string title, string dueBy, CommitmentStatus? outcome = null)
    {
        await using var session = database.Edit();
        var links = await KindSamples.LinksAsync(session.Db);
        var content = KindSamples.Publishable(RecordKind.Commitment, title, links);
        var fields = content.FieldsOf<CommitmentFields>();
        content.Date = FuzzyDate.Parse("2024");
        fields.DueBy = FuzzyDate.Parse(dueBy);
        fields.Outcomes.Clear();
        if (outcome is { } status)
        {
            fields.Outcomes.Add(new CommitmentOutcomeDraft
            {
                Status = status, Date = FuzzyDate.Parse("2025"), Citations = [new CitationDraft { SourceId = links.Source, Pinpoint = "done", PinpointKind = PinpointKind.Paraphrase }],
            });
        }

        await session.Editor.PublishNewAsync(content);
        return content.Slug;
    }
}
