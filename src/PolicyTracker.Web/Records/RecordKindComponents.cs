using System.Collections.Frozen;
using PolicyTracker.Core.Agreements;
using PolicyTracker.Core.Commitments;
using PolicyTracker.Core.Events;
using PolicyTracker.Core.Meetings;
using PolicyTracker.Core.OiaReleases;
using PolicyTracker.Core.Questions;
using PolicyTracker.Core.Records;
using PolicyTracker.Core.Statements;
using PolicyTracker.Core.Workstreams;
using PolicyTracker.Web.Agreements;
using PolicyTracker.Web.Commitments;
using PolicyTracker.Web.Events;
using PolicyTracker.Web.Meetings;
using PolicyTracker.Web.OiaReleases;
using PolicyTracker.Web.Questions;
using PolicyTracker.Web.Statements;
using PolicyTracker.Web.Workstreams;

namespace PolicyTracker.Web.Records;

/// <summary>
/// What the web app shows of one kind, all from the kind's own folder: the component that edits its fields in the
/// record form, the component that shows its facts on its public page, and its facts' schema.org properties.
/// </summary>
public sealed record RecordKindComponent(
    Type FieldsEditor, Type FactsDisplay, Func<RecordFacts, IEnumerable<KeyValuePair<string, object?>>> StructuredData);

/// <summary>
/// The web app's registration of record kinds: one line per kind. Both the record form and the public record page
/// use <c>DynamicComponent</c> with these; a kind registered in the core but missing here stops the app at start.
/// </summary>
public static class RecordKindComponents
{
    private static readonly FrozenDictionary<RecordKind, RecordKindComponent> Components = Complete(new()
    {
        [RecordKind.Agreement] = Kind<AgreementFieldsEditor, AgreementFactsDisplay, AgreementFacts>(AgreementFactsDisplay.Describe),
        [RecordKind.Workstream] = Kind<WorkstreamFieldsEditor, WorkstreamFactsDisplay, WorkstreamFacts>(WorkstreamFactsDisplay.Describe),
        [RecordKind.Meeting] = Kind<MeetingFieldsEditor, MeetingFactsDisplay, MeetingFacts>(MeetingFactsDisplay.Describe),
        [RecordKind.Statement] = Kind<StatementFieldsEditor, StatementFactsDisplay, StatementFacts>(StatementFactsDisplay.Describe),
        [RecordKind.Event] = Kind<EventFieldsEditor, EventFactsDisplay, EventFacts>(EventFactsDisplay.Describe),
        [RecordKind.Commitment] = Kind<CommitmentFieldsEditor, CommitmentFactsDisplay, CommitmentFacts>(CommitmentFactsDisplay.Describe),
        [RecordKind.OiaRelease] = Kind<OiaReleaseFieldsEditor, OiaReleaseFactsDisplay, OiaReleaseFacts>(OiaReleaseFactsDisplay.Describe),
        [RecordKind.Question] = Kind<QuestionFieldsEditor, QuestionFactsDisplay, QuestionFacts>(QuestionFactsDisplay.Describe),
    });

    public static RecordKindComponent Of(RecordKind kind) => Components[kind];

    /// <summary>Called at start, so a kind registered in the core but not here is found before anyone reads or edits one.</summary>
    public static void EnsureComplete() => _ = Components.Count;

    private static RecordKindComponent Kind<TEditor, TDisplay, TFacts>(Func<TFacts, IEnumerable<KeyValuePair<string, object?>>> describe)
        where TFacts : RecordFacts =>
        new(typeof(TEditor), typeof(TDisplay), facts => describe((TFacts)facts));

    private static FrozenDictionary<RecordKind, RecordKindComponent> Complete(Dictionary<RecordKind, RecordKindComponent> components)
    {
        var missing = RecordKinds.All.Where(k => !components.ContainsKey(k.Kind)).Select(k => k.Kind).ToList();
        return missing.Count == 0
            ? components.ToFrozenDictionary()
            : throw new InvalidOperationException($"Record kinds without components in {nameof(RecordKindComponents)}: {string.Join(", ", missing)}.");
    }
}
