using PolicyTracker.Core.Amounts;
using PolicyTracker.Core.Disclosures;
using System.Text.Json.Serialization;
using PolicyTracker.Core.Common;
using PolicyTracker.Core.Sources;

namespace PolicyTracker.Core.Records;

/// <summary>A citation as an editor enters it: which source, and where in it.</summary>
public sealed class CitationDraft
{
    public Guid SourceId { get; set; }

    public string? Pinpoint { get; set; }

    public PinpointKind PinpointKind { get; set; }

    // Ordered by content, not by the citations' own ids: those are not kept when citations are replaced or imported.
    internal static List<CitationDraft> From(IEnumerable<Citation> citations) =>
        citations.Select(c => new CitationDraft
        {
            SourceId = c.SourceId == Guid.Empty ? c.Source.Id : c.SourceId,
            Pinpoint = c.Pinpoint,
            PinpointKind = c.PinpointKind,
        }).OrderBy(c => c.SourceId).ThenBy(c => c.Pinpoint, StringComparer.Ordinal).ToList();
}

/// <summary>One source's date for a fact, kept beside the others when sources disagree; must be cited.</summary>
public sealed class DateClaimDraft
{
    /// <summary>Null for a claim added in this content.</summary>
    public Guid? Id { get; set; }

    public FuzzyDate Date { get; set; } = FuzzyDate.Unknown;

    public string Claim { get; set; } = "";

    public List<CitationDraft> Citations { get; set; } = [];

    internal static List<DateClaimDraft> From(IEnumerable<DateClaim> claims) =>
        claims.OrderBy(c => c.Date).ThenBy(c => c.Id).Select(c => new DateClaimDraft
        {
            Id = c.Id, Date = c.Date, Claim = c.Claim, Citations = CitationDraft.From(c.Citations),
        }).ToList();
}

/// <summary>What every kind of record's content has, stored under these names from the start.</summary>
public abstract class SharedContent
{
    public RecordKind Kind { get; init; }

    public string Title { get; set; } = "";

    /// <summary>Left empty, it is made from the title.</summary>
    public string Slug { get; set; } = "";

    public string Summary { get; set; } = "";

    public FuzzyDate Date { get; set; } = FuzzyDate.Unknown;

    public string? InternalNotes { get; set; }

    public List<CitationDraft> Citations { get; set; } = [];

    /// <summary>Other dates sources give for this record, kept when they disagree.</summary>
    public List<DateClaimDraft> DateClaims { get; set; } = [];

    /// <summary>Whether and how the public was told of it: none, or one.</summary>
    public List<DisclosureDraft> Disclosures { get; set; } = [];

    /// <summary>Sums of money the record states, each cited.</summary>
    public List<AmountDraft> Amounts { get; set; } = [];

    public List<Guid> AgreementIds { get; set; } = [];

    public List<Guid> PersonIds { get; set; } = [];

    public List<Guid> OrganisationIds { get; set; } = [];

    public List<Guid> CountryIds { get; set; } = [];
}

/// <summary>
/// Everything an editor can change on a tracked record, as plain values: what every record has (title, summary,
/// date, citations, links, disputed dates) and, in <see cref="Fields"/>, what only its kind has. It is what the
/// editor form binds to, what a pending change of a published record is stored as, what a revision records as the
/// record's content, what a restore brings back, and what the dataset file carries. Stored as one flat JSON
/// object (<see cref="RecordContentJson"/>), so content written before kinds had their own fields still reads.
/// </summary>
[JsonConverter(typeof(RecordContentJson))]
public sealed class RecordContent : SharedContent
{
    /// <summary>The fields only this kind of record has; its class is the one the kind registers.</summary>
    public RecordFields Fields { get; init; } = null!;

    /// <summary>
    /// For a pending change to a published record: the public note its writer proposes (what the change corrects or
    /// adds), which the publisher sees and may reword. Part of the pending draft only, never of the record.
    /// </summary>
    public string? ProposedNote { get; set; }

    /// <summary>Whether the writer calls the pending change a correction or an update.</summary>
    public History.PublicChangeKind ProposedChangeKind { get; set; }

    /// <summary>The kind's own fields, typed: <c>content.FieldsOf&lt;MeetingFields&gt;().Place</c>.</summary>
    public T FieldsOf<T>()
        where T : RecordFields =>
        Fields as T ?? throw new InvalidOperationException($"A {Kind} record has {Fields.GetType().Name}, not {typeof(T).Name}.");

    public static RecordContent Empty(RecordKind kind) => new() { Kind = kind, Fields = RecordKinds.Of(kind).NewFields() };

    /// <summary>Reads a record's current content; its links and citations must be loaded (or set, for a new record).</summary>
    public static RecordContent From(TrackedRecord record)
    {
        var content = Empty(record.Kind);
        content.Title = record.Title;
        content.Slug = record.Slug;
        content.Summary = record.Summary;
        content.Date = record.Date;
        content.InternalNotes = record.InternalNotes;
        content.Citations = CitationDraft.From(record.Citations);
        content.DateClaims = DateClaimDraft.From(record.DateClaims);
        content.Disclosures = DisclosureDraft.From(record.Disclosures);
        content.Amounts = AmountDraft.From(record.Amounts);
        content.AgreementIds = record.Agreements.Select(a => a.Id).Order().ToList();
        content.PersonIds = record.People.Select(p => p.Id).Order().ToList();
        content.OrganisationIds = record.Organisations.Select(o => o.Id).Order().ToList();
        content.CountryIds = record.Countries.Select(c => c.Id).Order().ToList();
        content.Fields.ReadFrom(record);
        return content;
    }

    /// <summary>The address the record will have: the slug given, or one made from the title.</summary>
    internal string Address => string.IsNullOrWhiteSpace(Slug) ? Slugs.FromTitle(Title) : Slug.Trim();

    /// <summary>Writes the plain values onto <paramref name="record"/>; links and parts are the <see cref="RecordWriter"/>'s.</summary>
    internal void ApplyColumnsTo(TrackedRecord record)
    {
        record.Title = Title.Trim();
        record.Slug = Address;
        record.Summary = Summary.Trim();
        record.Date = Date;
        record.InternalNotes = TextInput.OrNull(InternalNotes);
        Fields.ApplyColumnsTo(record);
    }

    /// <summary>Every citation in the content, the kind's own parts' included.</summary>
    internal IEnumerable<CitationDraft> AllCitations() =>
        Citations.Concat(DateClaims.SelectMany(c => c.Citations)).Concat(Disclosures.SelectMany(d => d.Citations))
            .Concat(Amounts.SelectMany(a => a.Citations)).Concat(Fields.Citations);

    /// <summary>Each act's disclosures: the record's own, and each of its kind's parts' (an agreement's status steps).</summary>
    internal IEnumerable<IReadOnlyList<DisclosureDraft>> DisclosuresPerAct() => Fields.Disclosures.Prepend(Disclosures);

    /// <summary>Every disputed date in the content, the kind's own parts' included.</summary>
    internal IEnumerable<DateClaimDraft> AllDateClaims() => DateClaims.Concat(Fields.DateClaims);
}
