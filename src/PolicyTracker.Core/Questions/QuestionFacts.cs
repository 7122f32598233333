using PolicyTracker.Core.Common;
using PolicyTracker.Core.Records;

namespace PolicyTracker.Core.Questions;

/// <summary>
/// A question's own facts: who asked whom what, and the response; <see cref="DaysWithoutAnswer"/> is computed for
/// the day it is read (to the response, or to today while none is reported), only from dates known to the day.
/// Anyone linked who is not published is left out.
/// </summary>
public sealed record QuestionFacts(
    string? AskedBy, LinkView? AskedOf, string? AskedOfOrganisation, string QuestionText, QuestionResponse Response, LinkView? ReferredTo,
    FuzzyDate AskedOn, FuzzyDate RespondedOn) : RecordFacts
{
    public int? DaysWithoutAnswer { get; private init; }

    public override RecordFacts AsOf(DateOnly today)
    {
        if (AskedOn.Precision != DatePrecision.Day || AskedOn.Start is not { } asked)
        {
            return this;
        }

        // To the response (answer, refusal or referral), or to today while no answer is reported.
        DateOnly? until = Response == QuestionResponse.NoAnswerReported ? today
            : RespondedOn.Precision == DatePrecision.Day ? RespondedOn.Start : null;
        return until is { } end ? this with { DaysWithoutAnswer = end.DayNumber - asked.DayNumber } : this;
    }

    internal static IQueryable<RecordFacts> Project(IQueryable<TrackedRecord> records) => records.OfType<Question>()
        .Select(q => new QuestionFacts(
            q.AskedBy,
            q.AskedOf != null && q.AskedOf.State == PublicationState.Published ? new LinkView(q.AskedOf.Slug, q.AskedOf.Name) : null,
            q.AskedOfOrganisation != null && q.AskedOfOrganisation.State == PublicationState.Published ? q.AskedOfOrganisation.Name : null,
            q.QuestionText,
            q.Response,
            q.ReferredTo != null && q.ReferredTo.State == PublicationState.Published ? new LinkView(q.ReferredTo.Slug, q.ReferredTo.Name) : null,
            q.Date,
            q.RespondedOn));
}
