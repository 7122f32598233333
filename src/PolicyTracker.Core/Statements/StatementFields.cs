using PolicyTracker.Core.Common;
using PolicyTracker.Core.Records;

namespace PolicyTracker.Core.Statements;

/// <summary>A statement's own fields: what was said, whether quoted or paraphrased, and who said it, where.</summary>
public sealed class StatementFields : RecordFields<Statement>
{
    public StatementMode Mode { get; set; }

    /// <summary>The words themselves (stored under this name from the start, beside other kinds' fields).</summary>
    public string StatementText { get; set; } = "";

    public Guid? SpeakerId { get; set; }

    public Guid? SpeakingOrganisationId { get; set; }

    /// <summary>For a speaker the source does not name: "US officials".</summary>
    public string? UnnamedSpeaker { get; set; }

    public string? SpeakerRole { get; set; }

    public string? Venue { get; set; }

    protected override void Read(Statement statement)
    {
        Mode = statement.Mode;
        StatementText = statement.Text;
        SpeakerId = statement.SpeakerId ?? statement.Speaker?.Id;
        SpeakingOrganisationId = statement.SpeakingOrganisationId ?? statement.SpeakingOrganisation?.Id;
        UnnamedSpeaker = statement.UnnamedSpeaker;
        SpeakerRole = statement.SpeakerRole;
        Venue = statement.Venue;
    }

    protected override void Apply(Statement statement)
    {
        statement.Mode = Mode;
        statement.Text = StatementText.Trim();
        statement.SpeakerId = SpeakerId;
        statement.SpeakingOrganisationId = SpeakingOrganisationId;
        statement.UnnamedSpeaker = TextInput.OrNull(UnnamedSpeaker);
        statement.SpeakerRole = TextInput.OrNull(SpeakerRole);
        statement.Venue = TextInput.OrNull(Venue);
    }

    internal override IEnumerable<LinkReference> References =>
    [
        .. SpeakerId is { } person ? [new LinkReference(LinkTarget.Person, person, "Speaker")] : Array.Empty<LinkReference>(),
        .. SpeakingOrganisationId is { } organisation ? [new LinkReference(LinkTarget.Organisation, organisation, "Speaker")] : Array.Empty<LinkReference>(),
    ];
}
