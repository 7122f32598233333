using PolicyTracker.Core.Disclosures;
using PolicyTracker.Core.Common;
using PolicyTracker.Core.Records;

namespace PolicyTracker.Core.Agreements;

public sealed class StatusChangeDraft
{
    /// <summary>Null for a step added in this content; kept for existing steps so their disputed dates stay attached.</summary>
    public Guid? Id { get; set; }

    public NzStatus Status { get; set; }

    public FuzzyDate Date { get; set; } = FuzzyDate.Unknown;

    public string? Note { get; set; }

    public List<CitationDraft> Citations { get; set; } = [];

    /// <summary>Competing dates for this step, when the sources disagree.</summary>
    public List<DateClaimDraft> DateClaims { get; set; } = [];

    /// <summary>Whether and how the public was told of this step: none, or one.</summary>
    public List<DisclosureDraft> Disclosures { get; set; } = [];
}

public sealed class PartyDraft
{
    public Guid? Id { get; set; }

    public Guid CountryId { get; set; }

    public string? Role { get; set; }

    public FuzzyDate Since { get; set; } = FuzzyDate.Unknown;

    public List<CitationDraft> Citations { get; set; } = [];
}

/// <summary>An agreement's own fields: its names and nature, New Zealand's status history, and the parties.</summary>
public sealed class AgreementFields : RecordFields<Agreement>
{
    public string? ShortName { get; set; }

    public AgreementKind AgreementKind { get; set; }

    public bool? IsBinding { get; set; }

    public bool? PubliclyAnnouncedByNz { get; set; }

    public int? PartyCount { get; set; }

    public string? UnnamedParties { get; set; }

    public List<StatusChangeDraft> StatusHistory { get; set; } = [];

    public List<PartyDraft> Parties { get; set; } = [];

    protected override void Read(Agreement agreement)
    {
        ShortName = agreement.ShortName;
        AgreementKind = agreement.AgreementKind;
        IsBinding = agreement.IsBinding;
        PubliclyAnnouncedByNz = agreement.PubliclyAnnouncedByNz;
        PartyCount = agreement.PartyCount;
        UnnamedParties = agreement.UnnamedParties;
        StatusHistory = agreement.StatusHistory.OrderBy(s => s.Date).ThenBy(s => s.Id).Select(s => new StatusChangeDraft
        {
            Id = s.Id, Status = s.Status, Date = s.Date, Note = s.Note, Citations = CitationDraft.From(s.Citations),
            DateClaims = DateClaimDraft.From(s.DateClaims), Disclosures = DisclosureDraft.From(s.Disclosures),
        }).ToList();
        Parties = agreement.Parties.OrderBy(p => p.Id).Select(p => new PartyDraft
        {
            Id = p.Id, CountryId = p.CountryId == Guid.Empty ? p.Country.Id : p.CountryId, Role = p.Role, Since = p.Since,
            Citations = CitationDraft.From(p.Citations),
        }).ToList();
    }

    protected override void Apply(Agreement agreement)
    {
        agreement.ShortName = TextInput.OrNull(ShortName);
        agreement.AgreementKind = AgreementKind;
        agreement.IsBinding = IsBinding;
        agreement.PubliclyAnnouncedByNz = PubliclyAnnouncedByNz;
        agreement.PartyCount = PartyCount;
        agreement.UnnamedParties = TextInput.OrNull(UnnamedParties);
    }

    protected override void ApplyLinks(Agreement agreement, RecordWriter.Parts parts)
    {
        parts.Sync(agreement.StatusHistory, StatusHistory, s => s.Id, d => d.Id, id => new StatusChange { Id = id, AgreementId = agreement.Id }, (change, step) =>
        {
            (change.Status, change.Date, change.Note) = (step.Status, step.Date, TextInput.OrNull(step.Note));
            parts.ReplaceCitations(change.Citations, step.Citations, c => c.StatusChangeId = change.Id);
            parts.SyncDateClaims(change.DateClaims, step.DateClaims, claim => claim.StatusChangeId = change.Id);
            parts.SyncDisclosures(change.Disclosures, step.Disclosures, disclosure => disclosure.StatusChangeId = change.Id);
        });
        parts.Sync(agreement.Parties, Parties, p => p.Id, d => d.Id, id => new PartyMembership { Id = id, AgreementId = agreement.Id }, (membership, party) =>
        {
            (membership.CountryId, membership.Role, membership.Since) = (party.CountryId, TextInput.OrNull(party.Role), party.Since);
            parts.ReplaceCitations(membership.Citations, party.Citations, c => c.PartyMembershipId = membership.Id);
        });
    }

    internal override void Check(ValidationProblems problems)
    {
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
    }

    internal override IEnumerable<LinkReference> References =>
        Parties.Select(p => new LinkReference(LinkTarget.Country, p.CountryId, "Parties"));

    internal override IEnumerable<CitationDraft> Citations =>
        StatusHistory.SelectMany(s => s.Citations.Concat(s.DateClaims.SelectMany(c => c.Citations)).Concat(s.Disclosures.SelectMany(d => d.Citations)))
            .Concat(Parties.SelectMany(p => p.Citations));

    internal override IEnumerable<DateClaimDraft> DateClaims => StatusHistory.SelectMany(s => s.DateClaims);

    internal override IEnumerable<IReadOnlyList<DisclosureDraft>> Disclosures => StatusHistory.Select(s => s.Disclosures);
}
