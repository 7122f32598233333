using PolicyTracker.Core.Common;
using PolicyTracker.Core.People;
using PolicyTracker.Core.Records;

namespace PolicyTracker.Core.Questions;

public enum QuestionResponse
{
    /// <summary>No answer is reported in the sources.</summary>
    NoAnswerReported,
    Answered,
    Declined,
    /// <summary>Passed to someone else to answer (a minister referring it to another).</summary>
    Referred,
}

/// <summary>
/// A question put to a minister, an official or the government (by a journalist, an MP, a member of the public),
/// and what became of it. The record's date is when it was asked; the days it went unanswered are computed.
/// </summary>
public class Question : TrackedRecord
{
    public const int AskedByMaxLength = 200;
    public const int TextMaxLength = 1000;

    public Question() => Kind = RecordKind.Question;

    public static readonly RecordKindInfo KindInfo = new(RecordKind.Question, typeof(Question), "questions", "Question", "Questions", "Question", () => new Question(), () => new QuestionFields(), QuestionFacts.Project)
    {
        SearchableText = [nameof(QuestionText)],
    };

    /// <summary>Who asked, as the source says: "RNZ", "the Green Party".</summary>
    public string? AskedBy { get; set; }

    public Guid? AskedOfId { get; set; }

    public Person? AskedOf { get; set; }

    /// <summary>Set when the question went to an institution ("the government") rather than a person.</summary>
    public Guid? AskedOfOrganisationId { get; set; }

    public Organisation? AskedOfOrganisation { get; set; }

    /// <summary>The question, short, in the source's words or the tracker's.</summary>
    public string QuestionText { get; set; } = "";

    public QuestionResponse Response { get; set; }

    /// <summary>Who it was referred to, for a referred question.</summary>
    public Guid? ReferredToId { get; set; }

    public Person? ReferredTo { get; set; }

    /// <summary>When it was answered, declined or referred; unknown while there is no response.</summary>
    public FuzzyDate RespondedOn { get; set; } = FuzzyDate.Unknown;

    protected internal override void CheckOwnFields(ValidationProblems problems)
    {
        problems.Text("Asked by", AskedBy, AskedByMaxLength);
        problems.Required("Question", QuestionText, TextMaxLength);
        if (AskedOfId is null && AskedOf is null && AskedOfOrganisationId is null && AskedOfOrganisation is null)
        {
            problems.Add("Asked of", "Say who was asked: a person, or an organisation.");
        }

        if (Response == QuestionResponse.Referred && ReferredToId is null && ReferredTo is null)
        {
            problems.Add("Referred to", "Say who the question was referred to.");
        }

        if (Response == QuestionResponse.NoAnswerReported && RespondedOn.IsKnown)
        {
            problems.Add("Responded on", "A question with no answer reported has no response date.");
        }

        if (RespondedOn.IsKnown && Date.IsKnown && RespondedOn.End < Date.Start)
        {
            problems.Add("Responded on", $"The response ({RespondedOn}) is before the question ({Date}).");
        }
    }
}
