using PolicyTracker.Core.Common;
using PolicyTracker.Core.Records;

namespace PolicyTracker.Core.Statements;

/// <summary>
/// A statement's words and who spoke them, as its public page shows them: a speaker or speaking organisation
/// that is not published is left out rather than named.
/// </summary>
/// <remarks><paramref name="WordsStatus"/>: only words found in an archived copy of a cited source are shown as a quotation.</remarks>
public sealed record StatementFacts(
    StatementMode Mode, string Text, LinkView? Speaker, string? SpeakingOrganisation, string? UnnamedSpeaker, string? SpeakerRole, string? Venue,
    Sources.PinpointStatus WordsStatus)
    : RecordFacts
{
    internal static IQueryable<RecordFacts> Project(IQueryable<TrackedRecord> records) => records.OfType<Statement>()
        .Select(s => new StatementFacts(
            s.Mode,
            s.Text,
            s.Speaker != null && s.Speaker.State == PublicationState.Published ? new LinkView(s.Speaker.Slug, s.Speaker.Name) : null,
            s.SpeakingOrganisation != null && s.SpeakingOrganisation.State == PublicationState.Published ? s.SpeakingOrganisation.Name : null,
            s.UnnamedSpeaker,
            s.SpeakerRole,
            s.Venue,
            Sources.IQuotesItsSources.StatusOf(s.Mode == StatementMode.Quotation, s.WordsFoundInCopyId != null, s.Citations.Any(c => c.Source.ArchivedAt != null))));
}
