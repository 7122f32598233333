namespace PolicyTracker.Core.SampleData;

// The shape of sample-data.json. References between entries are by slug; dates are FuzzyDate text.
internal sealed record SampleDataFile(
    List<CountryEntry> Countries,
    List<OrganisationEntry> Organisations,
    List<PersonEntry> People,
    List<SourceEntry> Sources,
    List<AgreementEntry> Agreements,
    List<WorkstreamEntry> Workstreams,
    List<MeetingEntry> Meetings,
    List<StatementEntry> Statements,
    List<EventEntry> Events);

internal sealed record CountryEntry(string Slug, string Name, string Iso);

internal sealed record OrganisationEntry(string Slug, string Name, string Kind, string? Country);

internal sealed record PersonEntry(string Slug, string Name, string? Summary, List<RoleEntry>? Roles);

internal sealed record RoleEntry(string Title, string? Organisation, string? From, string? To);

internal sealed record SourceEntry(
    string Slug, string Title, string? Outlet, string? Author, string Kind, string? Url, string? Published,
    string Reliability, string ReliabilityReason, string? Notes, string? InternalNotes);

internal sealed record CitationEntry(string Source, string? Pinpoint);

internal sealed record ClaimEntry(string Date, string Claim, List<CitationEntry> Citations);

/// <summary>Fields every kind of record shares.</summary>
internal abstract record RecordEntry
{
    public required string Slug { get; init; }
    public required string Title { get; init; }
    public string Summary { get; init; } = "";
    public string? Date { get; init; }
    public string? InternalNotes { get; init; }
    public List<CitationEntry> Citations { get; init; } = [];
    public List<ClaimEntry> DateClaims { get; init; } = [];
    public List<string> Agreements { get; init; } = [];
    public List<string> People { get; init; } = [];
    public List<string> Organisations { get; init; } = [];
    public List<string> Countries { get; init; } = [];
}

internal sealed record AgreementEntry : RecordEntry
{
    public string? ShortName { get; init; }
    public required string AgreementKind { get; init; }
    public bool? Binding { get; init; }
    public bool? PubliclyAnnouncedByNz { get; init; }
    public int? PartyCount { get; init; }
    public List<StatusEntry> StatusHistory { get; init; } = [];
    public List<PartyEntry> Parties { get; init; } = [];
}

internal sealed record StatusEntry(string Status, string? Date, string? Note, List<CitationEntry> Citations, List<ClaimEntry>? DateClaims);

internal sealed record PartyEntry(string Country, string? Role, string? Since, List<CitationEntry>? Citations);

internal sealed record WorkstreamEntry : RecordEntry
{
    public required string Agreement { get; init; }
    public required string Stance { get; init; }
}

internal sealed record MeetingEntry : RecordEntry
{
    public required string MeetingKind { get; init; }
    public string? EndDate { get; init; }
    public string? Place { get; init; }
    public string? Host { get; init; }
    public int? Count { get; init; }
    public bool CountIsMinimum { get; init; }
}

internal sealed record StatementEntry : RecordEntry
{
    public required string Mode { get; init; }
    public required string Text { get; init; }
    public string? Speaker { get; init; }
    public string? SpeakingOrganisation { get; init; }
    public string? SpeakerRole { get; init; }
    public string? Venue { get; init; }
}

internal sealed record EventEntry : RecordEntry
{
    public required string EventKind { get; init; }
}
