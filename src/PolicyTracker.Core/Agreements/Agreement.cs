using Microsoft.EntityFrameworkCore;
using PolicyTracker.Core.Common;
using PolicyTracker.Core.Records;
using PolicyTracker.Core.Workstreams;

namespace PolicyTracker.Core.Agreements;

public enum AgreementKind
{
    Legislation,
    StatementOfPrinciples,
    Partnership,
    PactPillar,
    Dialogue,
    Memorandum,
    JointStatement,
    /// <summary>An arrangement set up among some countries, like a regional repair framework.</summary>
    Framework,
}

/// <summary>A commitment New Zealand has made, been placed in, or is considering.</summary>
public class Agreement : TrackedRecord
{
    public const int ShortNameMaxLength = 40;

    public const int UnnamedPartiesMaxLength = 300;

    public Agreement() => Kind = RecordKind.Agreement;

    public static readonly RecordKindInfo KindInfo = new(RecordKind.Agreement, typeof(Agreement), "agreements", "Agreement", "Agreements", "CreativeWork", () => new Agreement(), () => new AgreementFields(), AgreementFacts.Project)
    {
        IncludeOwnParts = records => records
            .Include(r => ((Agreement)r).StatusHistory).ThenInclude(s => s.Citations)
            .Include(r => ((Agreement)r).StatusHistory).ThenInclude(s => s.DateClaims).ThenInclude(c => c.Citations)
            .Include(r => ((Agreement)r).StatusHistory).ThenInclude(s => s.Disclosures).ThenInclude(d => d.Citations)
            .Include(r => ((Agreement)r).Parties).ThenInclude(p => p.Citations)
            .Include(r => ((Agreement)r).Parties).ThenInclude(p => p.Country),
    };

    /// <summary>The name people use for it: "NTIB", "PIPIR".</summary>
    public string? ShortName { get; set; }

    public AgreementKind AgreementKind { get; set; }

    /// <summary>Null where no source says.</summary>
    public bool? IsBinding { get; set; }

    /// <summary>Whether the New Zealand government announced its part publicly; null where unknown.</summary>
    public bool? PubliclyAnnouncedByNz { get; set; }

    /// <summary>How many parties the sources count, even where not all are named (PIPIR: 13).</summary>
    public int? PartyCount { get; set; }

    /// <summary>Parties the sources speak of without naming, in their words: "some NATO countries", "five unnamed countries".</summary>
    public string? UnnamedParties { get; set; }

    public List<StatusChange> StatusHistory { get; set; } = [];

    public List<PartyMembership> Parties { get; set; } = [];

    public List<Workstream> Workstreams { get; set; } = [];

    /// <summary>Records of every other kind that concern this agreement.</summary>
    public List<TrackedRecord> RelatedRecords { get; set; } = [];

    protected internal override void CheckOwnFields(ValidationProblems problems)
    {
        problems.Text("Short name", ShortName, ShortNameMaxLength);
        problems.Text("Unnamed parties", UnnamedParties, UnnamedPartiesMaxLength);
        if (PartyCount is < 1)
        {
            problems.Add("Party count", "The number of parties must be at least 1, or left empty.");
        }
    }
}
