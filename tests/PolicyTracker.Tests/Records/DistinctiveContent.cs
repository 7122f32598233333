using System.Collections;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using PolicyTracker.Core.Common;
using PolicyTracker.Core.Data;
using PolicyTracker.Core.Records;
using PolicyTracker.Core.Meetings;

namespace PolicyTracker.Tests.Records;

/// <summary>
/// A record of one kind with every field the editor can set filled, found by reflection over the content and the
/// kind's registered fields (so a field added tomorrow is filled without a word here): text with a word no other
/// field holds, a date, number and choice of its own, and a reference to an entry of the type the model says the
/// field points to, a different entry per field. Each value's readable form is kept, for checking what a reader sees.
/// </summary>
public sealed class DistinctiveContent
{
    /// <summary>Pending-change-only properties: the record never stores them, so no path carries them.</summary>
    private static readonly string[] NotStored = [nameof(RecordContent.ProposedNote), nameof(RecordContent.ProposedChangeKind)];

    /// <summary>
    /// Values a rule of the kind requires rather than any distinct value (each is the field's only other valid
    /// choice, so the field still differs from a new record's). Keyed by "Type.Property".
    /// </summary>
    private static readonly Dictionary<string, Func<DistinctiveContent, object>> Required = new(StringComparer.Ordinal)
    {
        // An address is made from the title.
        ["SharedContent.Slug"] = filler => Slugs.FromTitle(filler.Content.Title),
        // Publishing a verbatim quotation needs it found in an archived copy; the tracker's wording does not.
        ["CitationDraft.PinpointKind"] = _ => Core.Sources.PinpointKind.Paraphrase,
        ["StatementFields.Mode"] = _ => Core.Statements.StatementMode.Paraphrase,
        // A count of meetings is part of a count with room for it.
        ["MeetingFields.Count"] = _ => 1,
        ["MeetingFields.PartOfId"] = filler => filler.countWithRoom,
        // A request is made before the release it led to.
        ["OiaReleaseFields.RequestedOn"] = _ => FuzzyDate.Parse("2 February 2025"),
    };

    /// <summary>
    /// Fields a record holds one of (a statement's speaker is a person, an organisation or unnamed): variant n of a
    /// record fills the nth of each group, so every member is filled in some variant.
    /// </summary>
    private static readonly string[][] OneOf =
    [
        ["StatementFields.SpeakerId", "StatementFields.SpeakingOrganisationId", "StatementFields.UnnamedSpeaker"],
    ];

    /// <summary>How many records it takes to fill every field of a kind once.</summary>
    public static int VariantsOf(RecordKind kind) =>
        OneOf.Where(group => group[0].StartsWith(RecordKinds.Of(kind).FieldsType.Name + ".", StringComparison.Ordinal)).Select(g => g.Length).DefaultIfEmpty(1).Max();

    /// <summary>How the history shows a value where it is not the value's own name.</summary>
    private static readonly Dictionary<object, string> ShownAs = new()
    {
        [Core.Sources.PinpointKind.Paraphrase] = "in the tracker's words",
    };

    private readonly IReadOnlyDictionary<string, Type> referenceTargets;
    private readonly IReadOnlyDictionary<Type, IReadOnlyList<(Guid Id, string Name)>> entries;
    private readonly Dictionary<Type, int> entriesUsed = [];
    private readonly int variant;
    private Guid countWithRoom;
    private int counter;
    private int dates;

    private DistinctiveContent(RecordKind kind, IReadOnlyDictionary<string, Type> referenceTargets, IReadOnlyDictionary<Type, IReadOnlyList<(Guid, string)>> entries, Guid countWithRoom, int variant)
    {
        (this.referenceTargets, this.entries, this.countWithRoom, this.variant) = (referenceTargets, entries, countWithRoom, variant);
        Content = RecordContent.Empty(kind);
        Word = $"rt{kind.ToString().ToLowerInvariant()}{(char)('a' + variant)}";
        foreach (var property in Settable(typeof(SharedContent)).Where(p => !NotStored.Contains(p.Name)))
        {
            property.SetValue(Content, Make(property, nameof(RecordContent), property.GetValue(Content)));
        }

        Fill(Content.Fields, Content.Fields.GetType().Name);
    }

    public RecordContent Content { get; }

    /// <summary>The prefix of every word this record's text holds.</summary>
    public string Word { get; }

    /// <summary>Each filled value as a reader sees it ("Judith Collins", "Paraphrase", "3 March 2025"), by field path.</summary>
    public List<(string Path, string Readable)> Values { get; } = [];

    /// <summary>The distinctive word of each text field, by property name ("QuestionText" → "rtquestionquestiontext").</summary>
    public Dictionary<string, string> Words { get; } = new(StringComparer.Ordinal);

    public static async Task<DistinctiveContent> ForAsync(RecordKind kind, PolicyTrackerDbContext db, int variant = 0)
    {
        var targets = ReferenceTargets(db, RecordKinds.Of(kind).EntityType);
        var named = new Dictionary<Type, IReadOnlyList<(Guid, string)>>();
        foreach (var type in targets.Values.Distinct())
        {
            named[type] = await PublishedEntriesAsync(db, type);
        }

        var counts = await db.Set<Meeting>().Where(m => m.State == PublicationState.Published && m.Count != null)
            .Select(m => new { m.Id, m.Title, Room = m.CountIsMinimum ? 1 : m.Count - db.Set<Meeting>().Where(p => p.PartOfId == m.Id).Sum(p => p.Count ?? 1) })
            .ToListAsync();
        var countWithRoom = counts.Where(c => c.Room >= 1).OrderBy(c => c.Title, StringComparer.Ordinal).First().Id;
        return new DistinctiveContent(kind, targets, named, countWithRoom, variant);
    }

    private void Fill(object target, string path)
    {
        var fresh = Activator.CreateInstance(target.GetType())!;
        foreach (var property in Settable(target.GetType()))
        {
            property.SetValue(target, Make(property, path, property.GetValue(fresh)));
        }
    }

    private object? Make(PropertyInfo property, string path, object? initial)
    {
        var type = property.PropertyType;
        var here = $"{path}.{property.Name}";
        var key = $"{property.DeclaringType!.Name}.{property.Name}";
        if (Required.TryGetValue(key, out var required))
        {
            return Note(here, required(this));
        }

        if (OneOf.FirstOrDefault(group => group.Contains(key)) is { } group && group[variant % group.Length] != key)
        {
            return initial;
        }

        var plain = Nullable.GetUnderlyingType(type) ?? type;
        counter++;
        if (plain == typeof(string))
        {
            var word = $"{Word}{property.Name.ToLowerInvariant()}";
            Words.TryAdd(property.Name, word);
            return Note(here, property.Name == nameof(SharedContent.Title) ? $"Round trip {word}" : word);
        }

        if (plain == typeof(FuzzyDate))
        {
            // The record's own date first, every later field a day after the one before, so each is after it.
            var day = new DateOnly(2025, 3, 1).AddDays(dates++);
            return Note(here, FuzzyDate.Parse(day.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture)));
        }

        if (plain == typeof(bool))
        {
            return Note(here, !(initial as bool? ?? false));
        }

        if (plain == typeof(int))
        {
            return Note(here, 40 + counter);
        }

        if (plain == typeof(decimal))
        {
            return Note(here, 7000m + counter);
        }

        if (plain.IsEnum)
        {
            var values = Enum.GetValues(plain).Cast<object>().ToList();
            return Note(here, values.Last().Equals(initial) ? values.First() : values.Last());
        }

        if (plain == typeof(Guid))
        {
            return property.Name == "Id" ? initial : Note(here, Reference(property.Name, here));
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(List<>))
        {
            var list = (IList)Activator.CreateInstance(type)!;
            var item = type.GetGenericArguments()[0];
            if (item == typeof(Guid))
            {
                list.Add(Note($"{here}[0]", Reference(property.Name, $"{here}[0]")));
            }
            else
            {
                var element = Activator.CreateInstance(item)!;
                Fill(element, $"{here}[0]");
                list.Add(element);
            }

            return list;
        }

        throw new InvalidOperationException($"{here} is a {type.Name}, which {nameof(DistinctiveContent)} cannot fill yet: teach it, so the field is checked.");
    }

    /// <summary>A different published entry of the type the field points to, per field, so two fields swapped show.</summary>
    private Guid Reference(string name, string path)
    {
        // A field may qualify the key it holds: "ParentAgreementId" holds an "AgreementId".
        var key = referenceTargets.Keys.Where(k => name == k || name.EndsWith(k, StringComparison.Ordinal) && char.IsUpper(k[0]))
            .MaxBy(k => k.Length);
        if (key is null || !referenceTargets.TryGetValue(key, out var target))
        {
            throw new InvalidOperationException($"{path}: no foreign key named {name} in the model says what it points to.");
        }

        var used = entriesUsed.GetValueOrDefault(target);
        entriesUsed[target] = used + 1;
        var choices = entries[target];
        if (used >= choices.Count)
        {
            throw new InvalidOperationException($"{path}: the sample data has only {choices.Count} published {target.Name} entries.");
        }

        return choices[used].Id;
    }

    private object Note(string path, object value)
    {
        Values.Add((path, value switch
        {
            _ when ShownAs.TryGetValue(value, out var shown) => shown,
            Guid id => entries.Values.SelectMany(e => e).First(e => e.Id == id).Name,
            Enum code => Core.Common.Words.Of(code),
            bool yes => yes ? "Yes" : "No",
            IFormattable number => number.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
            _ => value.ToString()!,
        }));
        return value;
    }

    private static IEnumerable<PropertyInfo> Settable(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.SetMethod is { IsPublic: true } && p.Name != nameof(SharedContent.Kind))
            .OrderBy(p => p.DeclaringType == type ? 1 : 0).ThenBy(p => p.MetadataToken);

    /// <summary>Every single-column foreign key in the model, by property name: "AskedOfId" → Person.</summary>
    private static Dictionary<string, Type> ReferenceTargets(PolicyTrackerDbContext db, Type entity)
    {
        var targets = new Dictionary<string, Type>(StringComparer.Ordinal);
        // A list of ids ("PersonIds", "RevealedIds") holds what one of the record's many-to-many links points to,
        // named after the far side's type (People → Person) or the link itself (Revealed).
        foreach (var link in db.Model.FindEntityType(entity)!.GetSkipNavigations())
        {
            var target = link.TargetEntityType.ClrType;
            targets[$"{target.Name}Ids"] = target;
            targets[$"{link.Name}Ids"] = target;
        }

        foreach (var key in db.Model.GetEntityTypes().SelectMany(e => e.GetForeignKeys()).Where(k => k.Properties.Count == 1))
        {
            var principal = key.PrincipalEntityType.ClrType;
            var name = key.Properties[0].Name;
            // A table of pairs names its columns after the far side ("RevealedId"); a part points at its owner too, but
            // a content field never holds its owner's id, so the first entity-typed target wins for each name.
            if (principal.IsAssignableTo(typeof(Entity)) && !targets.ContainsKey(name))
            {
                targets[name] = principal;
            }
        }

        return targets;
    }

    private static async Task<IReadOnlyList<(Guid, string)>> PublishedEntriesAsync(PolicyTrackerDbContext db, Type type)
    {
        var set = (IQueryable<Entity>)typeof(DbContext).GetMethod(nameof(DbContext.Set), Type.EmptyTypes)!.MakeGenericMethod(type).Invoke(db, null)!;
        var published = await set.Where(e => e.State == PublicationState.Published).ToListAsync();
        return published.Select(e => (e.Id, Name(e))).OrderBy(e => e.Item2, StringComparer.Ordinal).ToList();
    }

    private static string Name(Entity entry) => entry switch
    {
        TrackedRecord record => record.Title,
        Core.Sources.Source source => source.Title,
        _ => (string)entry.GetType().GetProperty("Name")!.GetValue(entry)!,
    };
}
