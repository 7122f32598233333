using System.Collections.Frozen;
using PolicyTracker.Core.Records;
using PolicyTracker.Web.Agreements;
using PolicyTracker.Web.Events;
using PolicyTracker.Web.Meetings;
using PolicyTracker.Web.Statements;
using PolicyTracker.Web.Workstreams;

namespace PolicyTracker.Web.Workspace.Editing;

/// <summary>
/// The web app's registration of record kinds: the component that edits each kind's own fields, from the kind's
/// own folder. The record form shows it with a <c>DynamicComponent</c>; a kind missing here stops the app at start.
/// </summary>
public static class RecordKindEditors
{
    private static readonly FrozenDictionary<RecordKind, Type> Editors = Complete(new()
    {
        [RecordKind.Agreement] = typeof(AgreementFieldsEditor),
        [RecordKind.Workstream] = typeof(WorkstreamFieldsEditor),
        [RecordKind.Meeting] = typeof(MeetingFieldsEditor),
        [RecordKind.Statement] = typeof(StatementFieldsEditor),
        [RecordKind.Event] = typeof(EventFieldsEditor),
    });

    public static Type For(RecordKind kind) => Editors[kind];

    /// <summary>Called at start, so a kind registered in the core but not here is found before anyone edits.</summary>
    public static void EnsureComplete() => _ = Editors.Count;

    private static FrozenDictionary<RecordKind, Type> Complete(Dictionary<RecordKind, Type> editors)
    {
        var missing = RecordKinds.All.Where(k => !editors.ContainsKey(k.Kind)).Select(k => k.Kind).ToList();
        return missing.Count == 0
            ? editors.ToFrozenDictionary()
            : throw new InvalidOperationException($"Record kinds without an editor in {nameof(RecordKindEditors)}: {string.Join(", ", missing)}.");
    }
}
