using Microsoft.EntityFrameworkCore;
using PolicyTracker.Core.Common;
using PolicyTracker.Core.Data;
using PolicyTracker.Core.Editing;
using PolicyTracker.Core.Meetings;
using PolicyTracker.Core.People;
using PolicyTracker.Core.Records;
using PolicyTracker.Core.Statements;
using PolicyTracker.Tests.Infrastructure;

namespace PolicyTracker.Tests.Editing;

/// <summary>
/// Lists that depend on one kind's fields, read through what the kind declares in its registration rather than named in
/// shared code: a meeting form's "part of" picker (<see cref="RecordKindInfo.OwnChoices"/>) and a person's count of
/// statements on the public list of people (the speaker each kind declares for the timeline).
/// </summary>
public class KindDeclaredListsTests
{
    [Fact]
    public async Task A_meetings_form_picks_from_the_counted_meetings_and_no_other_kinds_form_gets_that_list()
    {
        await using var database = await TestDatabase.WithSampleDataAsync(DatabaseProvider.Postgres, "kind-lists-choices");
        await using var db = database.CreateContext();
        var counted = await db.Set<Meeting>().Where(m => m.Count != null).Select(m => m.Id).ToListAsync();
        Assert.NotEmpty(counted);

        foreach (var kind in RecordKinds.All)
        {
            var choices = await EditorChoices.LoadAsync(db, kind.Kind);
            Assert.Equal(kind.Kind == RecordKind.Meeting ? counted.Order() : [], choices.OwnChoices.Select(c => c.Id).Order());
        }

        var meetingChoices = await EditorChoices.LoadAsync(db, RecordKind.Meeting);
        Assert.All(meetingChoices.OwnChoices, c => Assert.Matches(@"\(\d+\)$", c.Name));
    }

    [Fact]
    public async Task The_list_of_people_counts_the_published_records_each_person_spoke_in()
    {
        await using var database = await TestDatabase.WithSampleDataAsync(DatabaseProvider.Postgres, "kind-lists-people");
        await using var db = database.CreateContext();
        var expected = await db.Set<Statement>().Where(s => s.State == PublicationState.Published && s.SpeakerId != null)
            .GroupBy(s => s.Speaker!.Slug).Select(g => new { Slug = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Slug, g => g.Count);
        Assert.NotEmpty(expected);

        var listed = await new PeopleQueries(db).ListPublishedAsync();

        Assert.All(listed, person => Assert.Equal(expected.GetValueOrDefault(person.Slug), person.Spoke));
        Assert.Contains(listed, person => person.Spoke > 1);
    }
}
