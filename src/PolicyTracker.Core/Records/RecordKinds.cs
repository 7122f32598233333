using System.Collections.Frozen;
using PolicyTracker.Core.Agreements;
using PolicyTracker.Core.Commitments;
using PolicyTracker.Core.Events;
using PolicyTracker.Core.Meetings;
using PolicyTracker.Core.OiaReleases;
using PolicyTracker.Core.Questions;
using PolicyTracker.Core.Statements;
using PolicyTracker.Core.Workstreams;

namespace PolicyTracker.Core.Records;

/// <summary>
/// Everything the app needs to know about one kind of record to give it an address, a name, a schema.org type
/// and a new instance. Each kind declares its own, beside its entity.
/// </summary>
public sealed record RecordKindInfo(
    RecordKind Kind,
    Type EntityType,
    /// <summary>The first segment of the kind's public addresses: "meetings" in /meetings/{slug}.</summary>
    string Section,
    string Label,
    string Plural,
    /// <summary>The schema.org type its public page describes itself as.</summary>
    string SchemaType,
    Func<TrackedRecord> Create,
    /// <summary>The kind's own fields in a record's content.</summary>
    Func<RecordFields> NewFields,
    /// <summary>Reads the kind's own facts for its public page; a static method of the facts type.</summary>
    Func<IQueryable<TrackedRecord>, IQueryable<RecordFacts>> PublicFacts)
{
    /// <summary>
    /// The kind's own text columns that search reads with the summary (a statement's words, a question's text);
    /// property names of the entity, all strings.
    /// </summary>
    public IReadOnlyList<string> SearchableText { get; init; } = [];

    /// <summary>
    /// Adds the kind's own parts (an agreement's status history and parties, a commitment's outcomes, the records an
    /// OIA release revealed) to a query of records, for loading them whole (<see cref="WholeRecords"/>); null when
    /// the kind has none.
    /// </summary>
    public Func<IQueryable<TrackedRecord>, IQueryable<TrackedRecord>>? IncludeOwnParts { get; init; }

    /// <summary>
    /// What the kind adds to its line of the timeline and its CSV (a meeting's place, a statement's words), by field
    /// of <see cref="Timeline.TimelineItem"/> (<see cref="Timeline.TimelineFields{TEntity}"/>); none by default.
    /// </summary>
    public IEnumerable<KeyValuePair<string, System.Linq.Expressions.LambdaExpression>> TimelineFields { get; init; } = [];

    /// <summary>
    /// The list the kind's own fields pick from in the editor, beyond the shared ones (the counted meetings a meeting
    /// can be part of), as <see cref="Editing.EditorChoices.OwnChoices"/>; null when its editor needs none.
    /// </summary>
    public Func<Data.PolicyTrackerDbContext, CancellationToken, Task<List<Editing.Choice>>>? OwnChoices { get; init; }

    public Type FieldsType { get; } = NewFields().GetType();

    public Type FactsType { get; } = PublicFacts.Method.DeclaringType!;

    /// <summary>"meeting": the lower-case word used in messages.</summary>
    public string Noun => Label.ToLowerInvariant();
}

/// <summary>
/// The registry of record kinds: one line per kind. Paths, labels, structured data, the editor, the importer and
/// the database mapping all read it, and none has a fallback: a kind missing here stops the app at start.
/// </summary>
public static class RecordKinds
{
    public static IReadOnlyList<RecordKindInfo> All { get; } = Complete(
    [
        Agreement.KindInfo,
        Workstream.KindInfo,
        Meeting.KindInfo,
        Statement.KindInfo,
        Event.KindInfo,
        Commitment.KindInfo,
        OiaRelease.KindInfo,
        Question.KindInfo,
    ]);

    private static readonly FrozenDictionary<RecordKind, RecordKindInfo> ByKind = All.ToFrozenDictionary(k => k.Kind);

    private static readonly FrozenDictionary<string, RecordKindInfo> BySection = All.ToFrozenDictionary(k => k.Section, StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, RecordKindInfo> ByEntityType = All.ToFrozenDictionary(k => k.EntityType.Name, StringComparer.Ordinal);

    public static RecordKindInfo Of(RecordKind kind) => ByKind[kind];

    public static RecordKindInfo? FromSection(string section) => BySection.GetValueOrDefault(section);

    /// <summary>The kind whose entity type has this name ("Meeting"), as revisions record it; null for other entities.</summary>
    public static RecordKindInfo? FromEntityTypeName(string name) => ByEntityType.GetValueOrDefault(name);

    /// <summary>Fails at start, naming what is wrong, rather than letting a forgotten kind become some other kind later.</summary>
    private static RecordKindInfo[] Complete(RecordKindInfo[] kinds)
    {
        var missing = Enum.GetValues<RecordKind>().Where(kind => kinds.All(k => k.Kind != kind)).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException($"Record kinds not registered in {nameof(RecordKinds)}: {string.Join(", ", missing)}.");
        }

        if (kinds.Select(k => k.Kind).Distinct().Count() != kinds.Length || kinds.Select(k => k.Section).Distinct().Count() != kinds.Length)
        {
            throw new InvalidOperationException($"Each record kind is registered once, with its own section: {string.Join(", ", kinds.Select(k => $"{k.Kind} /{k.Section}"))}.");
        }

        foreach (var kind in kinds)
        {
            var made = kind.Create();
            if (made.GetType() != kind.EntityType || made.Kind != kind.Kind)
            {
                throw new InvalidOperationException($"The {kind.Kind} registration makes a {made.GetType().Name} of kind {made.Kind}.");
            }

            if (!typeof(RecordFields<>).MakeGenericType(kind.EntityType).IsAssignableFrom(kind.FieldsType))
            {
                throw new InvalidOperationException($"The {kind.Kind} registration's fields ({kind.FieldsType.Name}) are not fields of a {kind.EntityType.Name}.");
            }

            if (kind.SearchableText.FirstOrDefault(name => kind.EntityType.GetProperty(name)?.PropertyType != typeof(string)) is { } notText)
            {
                throw new InvalidOperationException($"The {kind.Kind} registration searches {notText}, which is not a text property of {kind.EntityType.Name}.");
            }

            if (!kind.FactsType.IsSubclassOf(typeof(RecordFacts)))
            {
                throw new InvalidOperationException($"The {kind.Kind} registration reads its facts with a method of {kind.FactsType.Name}, which is not {nameof(RecordFacts)}.");
            }
        }

        return kinds;
    }
}
