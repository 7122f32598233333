using System.Collections;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using PolicyTracker.Core.Common;
using PolicyTracker.Core.Data;
using PolicyTracker.Core.Records;
using PolicyTracker.Core.Sources;

namespace PolicyTracker.Core.History;

/// <summary>One field that differs between two versions of a record, each side as lines a person can read.</summary>
public sealed record FieldChange(string Field, IReadOnlyList<string> Before, IReadOnlyList<string> After);

/// <summary>
/// Two versions of a record's content, compared field by field in words: labels instead of property names, people,
/// agreements and sources by name, citations by source title and quotation, dates as dates; never an id, and never
/// a workspace-only field when the comparison is for the public. The workspace history and the public "what changed"
/// page both read versions through this one comparison.
/// </summary>
public sealed class ReadableComparison
{
    private static readonly Dictionary<string, string> FieldNames = new(StringComparer.Ordinal)
    {
        ["Slug"] = "Address", ["PersonIds"] = "People", ["AgreementIds"] = "Related agreements", ["OrganisationIds"] = "Organisations",
        ["CountryIds"] = "Countries", ["DateClaims"] = "Disputed dates", ["SourceId"] = "Source", ["StatusHistory"] = "New Zealand's status history",
        ["Disclosures"] = "Whether it was announced", ["PublicOn"] = "First public on", ["Through"] = "First public through", ["Announcement"] = "The government",
        ["Amounts"] = "Amounts", ["RevealedIds"] = "Records it revealed", ["Value"] = "Amount", ["UpTo"] = "Up to", ["Purpose"] = "What for",
    };

    private readonly IReadOnlyDictionary<Guid, string> names;
    private readonly bool forPublic;

    private ReadableComparison(IReadOnlyDictionary<Guid, string> names, bool forPublic) => (this.names, this.forPublic) = (names, forPublic);

    /// <summary>
    /// A comparison that names what records point to as they are named now. For the public, only published entries
    /// are named; anything else is "an entry not public".
    /// </summary>
    public static async Task<ReadableComparison> LoadAsync(PolicyTrackerDbContext db, bool forPublic, CancellationToken cancellationToken = default)
    {
        IQueryable<T> Visible<T>(IQueryable<T> all)
            where T : Entity => forPublic ? all.Where(e => e.State == PublicationState.Published) : all.IgnoreQueryFilters();
        var named = await Visible(db.Records).Select(r => new { r.Id, Name = r.Title })
            .Concat(Visible(db.People).Select(p => new { p.Id, p.Name }))
            .Concat(Visible(db.Organisations).Select(o => new { o.Id, o.Name }))
            .Concat(Visible(db.Countries).Select(c => new { c.Id, c.Name }))
            .Concat(Visible(db.Sources).Select(s => new { s.Id, Name = s.Title }))
            .ToListAsync(cancellationToken);
        return new ReadableComparison(named.ToDictionary(n => n.Id, n => n.Name), forPublic);
    }

    /// <summary>The fields that differ, in the order the form shows them; a missing side (before creation) reads as empty.</summary>
    public IReadOnlyList<FieldChange> Compare(RecordContent? before, RecordContent? after)
    {
        var left = Fields(before);
        var right = Fields(after);
        return left.Keys.Union(right.Keys)
            .Select(field => new FieldChange(field, left.GetValueOrDefault(field, []), right.GetValueOrDefault(field, [])))
            .Where(change => !change.Before.SequenceEqual(change.After))
            .ToList();
    }

    /// <summary>
    /// What one revision changed, in words, for the workspace history: the record's content (and its pending change)
    /// field by field, and the columns a directory entry or a workflow step changes ("State: In review → Published").
    /// </summary>
    public IReadOnlyList<FieldChange> Of(Revision revision)
    {
        var before = RevisionContent.Before(revision);
        var after = RevisionContent.After(revision);
        var changes = new List<FieldChange>(after is null ? [] : Compare(before, after));
        var (pendingBefore, pendingAfter) = (RevisionContent.Pending(revision.BeforeJson), RevisionContent.Pending(revision.AfterJson));
        if (pendingAfter is not null)
        {
            changes.AddRange(Compare(pendingBefore ?? after ?? before, pendingAfter).Select(c => c with { Field = $"{c.Field} (pending change)" }));
        }
        else if (pendingBefore is not null)
        {
            changes.Add(new FieldChange("Pending change", ["A pending change"], []));
        }

        // A record's content says everything but its place in the workflow; other entities have only columns.
        var columns = RevisionContent.ChangedColumns(revision)
            .Where(c => after is null && before is null || c.Column is "State" or "PendingState" or "DeletedAt");
        foreach (var (column, was, now) in columns)
        {
            changes.Add(new FieldChange(Label(column), Column(column, was), Column(column, now)));
        }

        return changes;
    }

    private IReadOnlyList<string> Column(string column, string? value) =>
        value is null || value.Length == 0 ? []
        : Guid.TryParse(value, out var id) ? [Name(id)]
        : column.EndsWith("State", StringComparison.Ordinal) || column is "Reliability" or "SourceKind" or "OrganisationKind" ? [Words.Of(value)]
        : [value];

    /// <summary>What a property name is called on screen: "PubliclyAnnouncedByNz" → "Publicly announced by NZ".</summary>
    public static string Label(string property) =>
        FieldNames.TryGetValue(property, out var name) ? name
        : Words.Of(property.EndsWith("Id", StringComparison.Ordinal) && property.Length > 2 ? property[..^2] : property);

    private Dictionary<string, IReadOnlyList<string>> Fields(RecordContent? content)
    {
        var fields = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        if (content is null)
        {
            return fields;
        }

        foreach (var (owner, property) in ShownProperties(typeof(SharedContent)).Select(p => ((object)content, p))
                     .Concat(ShownProperties(content.Fields.GetType()).Select(p => ((object)content.Fields, p))))
        {
            fields[Label(property.Name)] = Lines(property.GetValue(owner));
        }

        return fields;
    }

    /// <summary>What a reader sees: no record kind (it never changes), no part ids, and for the public no internal notes.</summary>
    private IEnumerable<PropertyInfo> ShownProperties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetMethod is { IsPublic: true } && p.Name is not ("Kind" or "Id" or "Fields")
                && !(forPublic && p.Name == nameof(SharedContent.InternalNotes)))
            .OrderBy(p => p.MetadataToken);

    private IReadOnlyList<string> Lines(object? value) => value switch
    {
        null => [],
        string text => string.IsNullOrWhiteSpace(text) ? [] : [text],
        IEnumerable items => items.Cast<object?>().Select(Inline).Where(line => line.Length > 0).ToList(),
        _ => Inline(value) is { Length: > 0 } line ? [line] : [],
    };

    /// <summary>One value on one line: a name for an id, words for a code, "Title: “quotation”" for a citation.</summary>
    private string Inline(object? value) => value switch
    {
        null => "",
        string text => text,
        Guid id => Name(id),
        Enum code => Words.Of(code),
        bool yes => yes ? "Yes" : "No",
        FuzzyDate date => date.IsKnown ? date.ToString() : "",
        DateOnly day => day.ToString("d MMMM yyyy"),
        DateTime moment => moment.ToString("d MMMM yyyy"),
        IFormattable number => number.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        CitationDraft citation => string.IsNullOrWhiteSpace(citation.Pinpoint) ? Name(citation.SourceId)
            : citation.PinpointKind == PinpointKind.Paraphrase ? $"{Name(citation.SourceId)}, in the tracker's words: {citation.Pinpoint}"
            : $"{Name(citation.SourceId)}: “{citation.Pinpoint}”",
        IEnumerable items => string.Join(", ", items.Cast<object?>().Select(Inline).Where(s => s.Length > 0)),
        _ => string.Join("; ", ShownProperties(value.GetType())
            .Select(p => (Label: Label(p.Name), Text: Inline(p.GetValue(value))))
            .Where(p => p.Text.Length > 0)
            .Select(p => $"{p.Label}: {p.Text}")),
    };

    private string Name(Guid id) =>
        id == Guid.Empty ? "" : names.TryGetValue(id, out var name) ? name : forPublic ? "an entry not public" : "an entry no longer in the tracker";
}
