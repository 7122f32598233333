using PolicyTracker.Core.Common;
using PolicyTracker.Core.Records;

namespace PolicyTracker.Core.Questions;

/// <summary>A question's own fields: who asked whom what, and the response.</summary>
public sealed class QuestionFields : RecordFields<Question>
{
    public string? AskedBy { get; set; }

    public Guid? AskedOfId { get; set; }

    public Guid? AskedOfOrganisationId { get; set; }

    public string QuestionText { get; set; } = "";

    public QuestionResponse Response { get; set; }

    public Guid? ReferredToId { get; set; }

    public FuzzyDate RespondedOn { get; set; } = FuzzyDate.Unknown;

    protected override void Read(Question question)
    {
        AskedBy = question.AskedBy;
        AskedOfId = question.AskedOfId ?? question.AskedOf?.Id;
        AskedOfOrganisationId = question.AskedOfOrganisationId ?? question.AskedOfOrganisation?.Id;
        QuestionText = question.QuestionText;
        Response = question.Response;
        ReferredToId = question.ReferredToId ?? question.ReferredTo?.Id;
        RespondedOn = question.RespondedOn;
    }

    protected override void Apply(Question question)
    {
        question.AskedBy = TextInput.OrNull(AskedBy);
        question.AskedOfId = AskedOfId;
        question.AskedOfOrganisationId = AskedOfOrganisationId;
        question.QuestionText = QuestionText.Trim();
        question.Response = Response;
        question.ReferredToId = Response == QuestionResponse.Referred ? ReferredToId : null;
        question.RespondedOn = RespondedOn;
    }

    internal override IEnumerable<LinkReference> References =>
    [
        .. AskedOfId is { } person ? [new LinkReference(LinkTarget.Person, person, "Asked of")] : Array.Empty<LinkReference>(),
        .. AskedOfOrganisationId is { } organisation ? [new LinkReference(LinkTarget.Organisation, organisation, "Asked of")] : Array.Empty<LinkReference>(),
        .. ReferredToId is { } referred ? [new LinkReference(LinkTarget.Person, referred, "Referred to")] : Array.Empty<LinkReference>(),
    ];
}
