using PolicyTracker.Core.Common;
using PolicyTracker.Core.Data;
using PolicyTracker.Core.Questions;
using PolicyTracker.Core.Records;
using PolicyTracker.Tests.Infrastructure;

namespace PolicyTracker.Tests.Questions;

/// <summary>Questions: the days without an answer, counted only from dates known to the day, on a fixed clock.</summary>
public class QuestionTests : IAsyncLifetime
{
    private TestDatabase database = null!;

    public async Task InitializeAsync() => database = await TestDatabase.WithSampleDataAsync(DatabaseProvider.Postgres, "questions");

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Theory]
    // Unanswered: counted to today (25 November 2026 on the fixed clock).
    [InlineData("1 November 2026", QuestionResponse.NoAnswerReported, "", 24)]
    // Referred or answered: counted to the response.
    [InlineData("1 November 2026", QuestionResponse.Referred, "4 November 2026", 3)]
    [InlineData("1 November 2026", QuestionResponse.Answered, "11 November 2026", 10)]
    // Not known to the day: nothing is counted.
    [InlineData("November 2026", QuestionResponse.NoAnswerReported, "", null)]
    [InlineData("1 November 2026", QuestionResponse.Answered, "November 2026", null)]
    public async Task Days_without_an_answer_are_counted_only_from_days(string asked, QuestionResponse response, string respondedOn, int? days)
    {
        await using var session = database.Edit();
        var links = await KindSamples.LinksAsync(session.Db);
        var content = KindSamples.Publishable(RecordKind.Question, $"Asked {asked} {response} {respondedOn}", links);
        content.Date = FuzzyDate.Parse(asked);
        var fields = content.FieldsOf<QuestionFields>();
        (fields.Response, fields.RespondedOn, fields.ReferredToId) = (response, FuzzyDate.Parse(respondedOn), response == QuestionResponse.Referred ? links.Person : null);
        await session.Editor.PublishNewAsync(content);

        var clock = new FixedClock(new DateTimeOffset(2026, 11, 25, 0, 0, 0, TimeSpan.Zero));
        var found = await new RecordQueries(session.Db, clock).FindPublishedAsync(RecordKind.Question, content.Slug);

        Assert.Equal(days, Assert.IsType<QuestionFacts>(Assert.IsType<RecordLookup.Found>(found).Record.Facts).DaysWithoutAnswer);
    }

    [Fact]
    public async Task A_referred_question_must_say_to_whom_and_an_unanswered_one_has_no_response_date()
    {
        await using var session = database.Edit();
        var links = await KindSamples.LinksAsync(session.Db);
        var content = KindSamples.Publishable(RecordKind.Question, "A badly filed question", links);
        content.FieldsOf<QuestionFields>().Response = QuestionResponse.Referred;

        var refused = await Assert.ThrowsAsync<ValidationException>(() => session.Editor.CreateAsync(content));
        Assert.Contains(refused.Problems, p => p.Field == "Referred to");

        content.FieldsOf<QuestionFields>().Response = QuestionResponse.NoAnswerReported;
        content.FieldsOf<QuestionFields>().RespondedOn = FuzzyDate.Parse("April 2025");
        refused = await Assert.ThrowsAsync<ValidationException>(() => session.Editor.CreateAsync(content));
        Assert.Contains(refused.Problems, p => p.Field == "Responded on");
    }
}
