using PolicyTracker.Core.Common;
using PolicyTracker.Core.People;
using PolicyTracker.Core.Records;
using PolicyTracker.Core.Sources;
using PolicyTracker.Core.Timeline;

namespace PolicyTracker.Core.Statements;

public enum StatementMode
{
    /// <summary>The speaker's own words, as the source quotes them.</summary>
    Quotation,
    /// <summary>What the source reports the speaker said, in other words.</summary>
    Paraphrase,
}

/// <summary>Something a person or organisation said, in a role, on a date, at a venue.</summary>
public class Statement : TrackedRecord, IQuotesItsSources
{
    public const int TextMaxLength = 2000;
    public const int RoleMaxLength = 200;
    public const int VenueMaxLength = 300;

    public Statement() => Kind = RecordKind.Statement;

    public static readonly RecordKindInfo KindInfo = new(RecordKind.Statement, typeof(Statement), "statements", "Statement", "Statements", "Quotation", () => new Statement(), () => new StatementFields(), StatementFacts.Project)
    {
        SearchableText = [nameof(Text)],
        TimelineFields = new TimelineFields<Statement>
        {
            { nameof(TimelineItem.Quotation), (s, _) => s.Text },
            { nameof(TimelineItem.QuotationStatus), (s, _) => IQuotesItsSources.StatusOf(s.Mode == StatementMode.Quotation, s.WordsFoundInCopyId != null, s.Citations.Any(c => c.Source.ArchivedAt != null)) },
            // Only a published speaker is named to the public; an unpublished one is not even hinted at.
            {
                nameof(TimelineItem.Speaker), (s, publicOnly) => s.Speaker != null && (!publicOnly || s.Speaker.State == PublicationState.Published)
                    ? s.Speaker.Name
                    : s.SpeakingOrganisation != null && (!publicOnly || s.SpeakingOrganisation.State == PublicationState.Published)
                        ? s.SpeakingOrganisation.Name
                        : s.UnnamedSpeaker
            },
            {
                nameof(TimelineItem.SpeakerSlug), (s, publicOnly) => s.Speaker != null && (!publicOnly || s.Speaker.State == PublicationState.Published)
                    ? s.Speaker.Slug
                    : null
            },
        },
    };

    public StatementMode Mode { get; set; }

    /// <summary>The quotation or paraphrase itself; kept short, as a tracker quotes.</summary>
    public string Text { get; set; } = "";

    public Guid? SpeakerId { get; set; }

    public Person? Speaker { get; set; }

    /// <summary>Set when an institution speaks rather than a person (the US Embassy, officials' briefings).</summary>
    public Guid? SpeakingOrganisationId { get; set; }

    public Organisation? SpeakingOrganisation { get; set; }

    /// <summary>A speaker the source does not name, in its words: "US officials", "a senior US defence official".</summary>
    public string? UnnamedSpeaker { get; set; }

    /// <summary>The speaker's role when speaking: "Defence Minister".</summary>
    public string? SpeakerRole { get; set; }

    public string? Venue { get; set; }

    /// <summary>The archived copy of a cited source its words were found in (quotation mode only).</summary>
    public Guid? WordsFoundInCopyId { get; set; }

    public string? QuotedWords => Mode == StatementMode.Quotation ? Text : null;

    public string QuotedWordsField => "Text";

    protected internal override void CheckOwnFields(ValidationProblems problems)
    {
        problems.Required("Text", Text, TextMaxLength, "What was said");
        problems.Text("Speaker role", SpeakerRole, RoleMaxLength);
        problems.Text("Venue", Venue, VenueMaxLength);
        problems.Text("Speaker", UnnamedSpeaker, RoleMaxLength);
        var named = SpeakerId is not null || Speaker is not null || SpeakingOrganisationId is not null || SpeakingOrganisation is not null;
        if (!named && UnnamedSpeaker is null)
        {
            problems.Add("Speaker", "A statement needs a speaker: a person, an organisation, or the words the source uses for one it does not name.");
        }

        if (named && UnnamedSpeaker is not null)
        {
            problems.Add("Speaker", "Give a named speaker or an unnamed one, not both: the words belong to one speaker.");
        }
    }
}
