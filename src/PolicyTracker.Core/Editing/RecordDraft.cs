using PolicyTracker.Core.Agreements;
using PolicyTracker.Core.Common;
using PolicyTracker.Core.Events;
using PolicyTracker.Core.Meetings;
using PolicyTracker.Core.Records;
using PolicyTracker.Core.Sources;
using PolicyTracker.Core.Statements;
using PolicyTracker.Core.Workstreams;

namespace PolicyTracker.Core.Editing;

/// <summary>A citation as an editor enters it: which source, and where in it.</summary>
public sealed class CitationDraft
{
    public Guid SourceId { get; set; }

    public string? Pinpoint { get; set; }
}

/// <summary>One source's date for a fact, kept beside the others when sources disagree; must be cited.</summary>
public sealed class DateClaimDraft
{
    /// <summary>Null for a claim added in this draft.</summary>
    public Guid? Id { get; set; }

    public FuzzyDate Date { get; set; } = FuzzyDate.Unknown;

    public string Claim { get; set; } = "";

    public List<CitationDraft> Citations { get; set; } = [];

    internal static List<DateClaimDraft> From(IEnumerable<DateClaim> claims) =>
        claims.OrderBy(c => c.Date).ThenBy(c => c.Id).Select(c => new DateClaimDraft
        {
            Id = c.Id, Date = c.Date, Claim = c.Claim, Citations = RecordDraft.CitationsOf(c.Citations),
        }).ToList();
}

public sealed class StatusChangeDraft
{
    /// <summary>Null for a step added in this draft; kept for existing steps so their disputed dates stay attached.</summary>
    public Guid? Id { get; set; }

    public NzStatus Status { get; set; }

    public FuzzyDate Date { get; set; } = FuzzyDate.Unknown;

    public string? Note { get; set; }

    public List<CitationDraft> Citations { get; set; } = [];

    /// <summary>Competing dates for this step, when the sources disagree.</summary>
    public List<DateClaimDraft> DateClaims { get; set; } = [];
}

public sealed class PartyDraft
{
    public Guid? Id { get; set; }

    public Guid CountryId { get; set; }

    public string? Role { get; set; }

    public FuzzyDate Since { get; set; } = FuzzyDate.Unknown;

    public List<CitationDraft> Citations { get; set; } = [];
}

/// <summary>
/// Everything an editor can change on a tracked record, of any kind, as plain values. It is what the editor
/// form binds to, what a pending change to a published record is stored as, and what a revision records as
/// the record's content, so a restore brings back citations and links as well as text.
/// </summary>
public sealed class RecordDraft
{
    public RecordKind Kind { get; set; }

    public string Title { get; set; } = "";

    /// <summary>Left empty, it is made from the title.</summary>
    public string Slug { get; set; } = "";

    public string Summary { get; set; } = "";

    public FuzzyDate Date { get; set; } = FuzzyDate.Unknown;

    public string? InternalNotes { get; set; }

    public List<CitationDraft> Citations { get; set; } = [];

    /// <summary>Other dates sources give for this record, kept when they disagree.</summary>
    public List<DateClaimDraft> DateClaims { get; set; } = [];

    public List<Guid> AgreementIds { get; set; } = [];

    public List<Guid> PersonIds { get; set; } = [];

    public List<Guid> OrganisationIds { get; set; } = [];

    public List<Guid> CountryIds { get; set; } = [];

    // Agreement
    public string? ShortName { get; set; }

    public AgreementKind AgreementKind { get; set; }

    public bool? IsBinding { get; set; }

    public bool? PubliclyAnnouncedByNz { get; set; }

    public int? PartyCount { get; set; }

    public List<StatusChangeDraft> StatusHistory { get; set; } = [];

    public List<PartyDraft> Parties { get; set; } = [];

    // Workstream
    public Guid? ParentAgreementId { get; set; }

    public NzStance NzStance { get; set; } = NzStance.Unknown;

    // Meeting
    public MeetingKind MeetingKind { get; set; }

    public FuzzyDate EndDate { get; set; } = FuzzyDate.Unknown;

    public string? Place { get; set; }

    public string? Host { get; set; }

    public int? Count { get; set; }

    public bool CountIsMinimum { get; set; }

    // Statement
    public StatementMode Mode { get; set; }

    public string StatementText { get; set; } = "";

    public Guid? SpeakerId { get; set; }

    public Guid? SpeakingOrganisationId { get; set; }

    public string? SpeakerRole { get; set; }

    public string? Venue { get; set; }

    // Event
    public EventKind EventKind { get; set; }

    public static RecordDraft Empty(RecordKind kind) => new() { Kind = kind };

    /// <summary>Reads a record's current content; its links and citations must be loaded (or set, for a new record).</summary>
    public static RecordDraft From(TrackedRecord record)
    {
        var draft = new RecordDraft
        {
            Kind = record.Kind,
            Title = record.Title,
            Slug = record.Slug,
            Summary = record.Summary,
            Date = record.Date,
            InternalNotes = record.InternalNotes,
            Citations = CitationsOf(record.Citations),
            DateClaims = DateClaimDraft.From(record.DateClaims),
            AgreementIds = record.Agreements.Select(a => a.Id).Order().ToList(),
            PersonIds = record.People.Select(p => p.Id).Order().ToList(),
            OrganisationIds = record.Organisations.Select(o => o.Id).Order().ToList(),
            CountryIds = record.Countries.Select(c => c.Id).Order().ToList(),
        };
        switch (record)
        {
            case Agreement agreement:
                draft.ShortName = agreement.ShortName;
                draft.AgreementKind = agreement.AgreementKind;
                draft.IsBinding = agreement.IsBinding;
                draft.PubliclyAnnouncedByNz = agreement.PubliclyAnnouncedByNz;
                draft.PartyCount = agreement.PartyCount;
                draft.StatusHistory = agreement.StatusHistory.OrderBy(s => s.Date).ThenBy(s => s.Id).Select(s => new StatusChangeDraft
                {
                    Id = s.Id, Status = s.Status, Date = s.Date, Note = s.Note, Citations = CitationsOf(s.Citations),
                    DateClaims = DateClaimDraft.From(s.DateClaims),
                }).ToList();
                draft.Parties = agreement.Parties.OrderBy(p => p.Id).Select(p => new PartyDraft
                {
                    Id = p.Id, CountryId = p.CountryId == Guid.Empty ? p.Country.Id : p.CountryId, Role = p.Role, Since = p.Since,
                    Citations = CitationsOf(p.Citations),
                }).ToList();
                break;
            case Workstream workstream:
                draft.ParentAgreementId = workstream.AgreementId == Guid.Empty ? workstream.Agreement?.Id : workstream.AgreementId;
                draft.NzStance = workstream.NzStance;
                break;
            case Meeting meeting:
                draft.MeetingKind = meeting.MeetingKind;
                draft.EndDate = meeting.EndDate;
                draft.Place = meeting.Place;
                draft.Host = meeting.Host;
                draft.Count = meeting.Count;
                draft.CountIsMinimum = meeting.CountIsMinimum;
                break;
            case Statement statement:
                draft.Mode = statement.Mode;
                draft.StatementText = statement.Text;
                draft.SpeakerId = statement.SpeakerId ?? statement.Speaker?.Id;
                draft.SpeakingOrganisationId = statement.SpeakingOrganisationId ?? statement.SpeakingOrganisation?.Id;
                draft.SpeakerRole = statement.SpeakerRole;
                draft.Venue = statement.Venue;
                break;
            case Event happening:
                draft.EventKind = happening.EventKind;
                break;
        }

        return draft;
    }

    /// <summary>A new, empty record of this draft's kind, for <see cref="RecordEditor"/> to fill.</summary>
    internal TrackedRecord NewRecord() => RecordKinds.Of(Kind).Create();

    /// <summary>Writes the plain fields onto <paramref name="record"/>; links are resolved by <see cref="RecordEditor"/>.</summary>
    internal void ApplyFieldsTo(TrackedRecord record)
    {
        record.Title = Title.Trim();
        record.Slug = string.IsNullOrWhiteSpace(Slug) ? Slugs.FromTitle(Title) : Slug.Trim();
        record.Summary = Summary.Trim();
        record.Date = Date;
        record.InternalNotes = TextInput.OrNull(InternalNotes);
        switch (record)
        {
            case Agreement agreement:
                agreement.ShortName = TextInput.OrNull(ShortName);
                agreement.AgreementKind = AgreementKind;
                agreement.IsBinding = IsBinding;
                agreement.PubliclyAnnouncedByNz = PubliclyAnnouncedByNz;
                agreement.PartyCount = PartyCount;
                break;
            case Workstream workstream:
                workstream.NzStance = NzStance;
                break;
            case Meeting meeting:
                meeting.MeetingKind = MeetingKind;
                meeting.EndDate = EndDate;
                meeting.Place = TextInput.OrNull(Place);
                meeting.Host = TextInput.OrNull(Host);
                meeting.Count = Count;
                meeting.CountIsMinimum = Count is not null && CountIsMinimum;
                break;
            case Statement statement:
                statement.Mode = Mode;
                statement.Text = StatementText.Trim();
                statement.SpeakerId = SpeakerId;
                statement.SpeakingOrganisationId = SpeakingOrganisationId;
                statement.SpeakerRole = TextInput.OrNull(SpeakerRole);
                statement.Venue = TextInput.OrNull(Venue);
                break;
            case Event happening:
                happening.EventKind = EventKind;
                break;
        }
    }

    /// <summary>Checks what a record's own rules cannot see: the kind-specific fields the form offers.</summary>
    internal void CheckFields(ValidationProblems problems)
    {
        problems.Text("Short name", ShortName, Agreement.ShortNameMaxLength);
        problems.Text("Place", Place, Meeting.PlaceMaxLength);
        problems.Text("Host", Host, Meeting.PlaceMaxLength);
        if (Count is < 1)
        {
            problems.Add("Count", "A count of meetings must be at least 1; leave it empty for a single meeting.");
        }

        if (PartyCount is < 1)
        {
            problems.Add("Party count", "The number of parties must be at least 1, or left empty.");
        }

        if (Kind == RecordKind.Meeting && EndDate.IsKnown && Date.IsKnown && EndDate.End < Date.Start)
        {
            problems.Add("End date", $"The end date ({EndDate}) is before the start ({Date}).");
        }

        if (Kind == RecordKind.Workstream && ParentAgreementId is null)
        {
            problems.Add("Agreement", "A workstream belongs to an agreement: choose one.");
        }

        foreach (var step in StatusHistory)
        {
            problems.Text("Status note", step.Note, StatusChange.NoteMaxLength);
        }

        foreach (var party in Parties)
        {
            problems.Text("Party role", party.Role, PartyMembership.RoleMaxLength);
        }

        if (Parties.GroupBy(p => p.CountryId).Any(g => g.Count() > 1))
        {
            problems.Add("Parties", "A country is listed as a party more than once; keep one entry per country.");
        }

        foreach (var claim in DateClaims.Concat(StatusHistory.SelectMany(s => s.DateClaims)))
        {
            problems.Required("Date claims", claim.Claim, DateClaim.ClaimMaxLength);
            if (claim.Citations.Count == 0)
            {
                problems.Add("Date claims", $"The claim \"{claim.Claim}\" needs a citation: a disputed date is only worth keeping with its source.");
            }
        }

        foreach (var pinpoint in AllCitations().Select(c => c.Pinpoint))
        {
            problems.Text("Pinpoint", pinpoint, Citation.PinpointMaxLength);
        }
    }

    internal IEnumerable<CitationDraft> AllCitations() =>
        Citations
            .Concat(DateClaims.SelectMany(c => c.Citations))
            .Concat(StatusHistory.SelectMany(s => s.Citations.Concat(s.DateClaims.SelectMany(c => c.Citations))))
            .Concat(Parties.SelectMany(p => p.Citations));

    // Ordered by content, not by the citations' own ids: those are not kept when citations are replaced or imported.
    internal static List<CitationDraft> CitationsOf(IEnumerable<Citation> citations) =>
        citations.Select(c => new CitationDraft
        {
            SourceId = c.SourceId == Guid.Empty ? c.Source.Id : c.SourceId,
            Pinpoint = c.Pinpoint,
        }).OrderBy(c => c.SourceId).ThenBy(c => c.Pinpoint, StringComparer.Ordinal).ToList();
}
