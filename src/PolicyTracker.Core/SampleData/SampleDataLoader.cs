using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using PolicyTracker.Core.Agreements;
using PolicyTracker.Core.Common;
using PolicyTracker.Core.Data;
using PolicyTracker.Core.Events;
using PolicyTracker.Core.Meetings;
using PolicyTracker.Core.People;
using PolicyTracker.Core.Publication;
using PolicyTracker.Core.Records;
using PolicyTracker.Core.Sources;
using PolicyTracker.Core.Statements;
using PolicyTracker.Core.Workstreams;

namespace PolicyTracker.Core.SampleData;

/// <summary>
/// Loads the sourced sample data shipped inside this assembly. Entries are matched by slug, so loading twice
/// adds nothing the second time, and an entry an editor has since changed or deleted is left alone.
/// </summary>
public sealed class SampleDataLoader(PolicyTrackerDbContext db)
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    private Dictionary<string, Country> countries = [];
    private Dictionary<string, Organisation> organisations = [];
    private Dictionary<string, Person> people = [];
    private Dictionary<string, Source> sources = [];
    private Dictionary<string, Agreement> agreements = [];
    private HashSet<string> recordSlugs = [];

    /// <summary>Adds every sample entry not yet in the database; returns how many entities were added.</summary>
    public async Task<int> LoadAsync(CancellationToken cancellationToken = default)
    {
        var file = await ReadFileAsync(cancellationToken);
        countries = await db.Countries.IgnoreQueryFilters().ToDictionaryAsync(c => c.Slug, cancellationToken);
        organisations = await db.Organisations.IgnoreQueryFilters().ToDictionaryAsync(o => o.Slug, cancellationToken);
        people = await db.People.IgnoreQueryFilters().ToDictionaryAsync(p => p.Slug, cancellationToken);
        sources = await db.Sources.IgnoreQueryFilters().ToDictionaryAsync(s => s.Slug, cancellationToken);
        agreements = await db.Agreements.IgnoreQueryFilters().ToDictionaryAsync(a => a.Slug, cancellationToken);
        recordSlugs = (await db.Records.IgnoreQueryFilters().Select(r => r.Slug).ToListAsync(cancellationToken)).ToHashSet();

        var added = 0;
        foreach (var entry in file.Countries.Where(e => !countries.ContainsKey(e.Slug)))
        {
            added += Add(countries, entry.Slug, new Country { Slug = entry.Slug, Name = entry.Name, IsoCode = entry.Iso, State = PublicationState.Published });
        }

        foreach (var entry in file.Organisations.Where(e => !organisations.ContainsKey(e.Slug)))
        {
            added += Add(organisations, entry.Slug, new Organisation
            {
                Slug = entry.Slug,
                Name = entry.Name,
                OrganisationKind = Enum.Parse<OrganisationKind>(entry.Kind),
                Country = entry.Country is null ? null : Find(countries, entry.Country, entry.Slug),
                State = PublicationState.Published,
            });
        }

        foreach (var entry in file.People.Where(e => !people.ContainsKey(e.Slug)))
        {
            added += Add(people, entry.Slug, NewPerson(entry));
        }

        foreach (var entry in file.Sources.Where(e => !sources.ContainsKey(e.Slug)))
        {
            var source = NewSource(entry);
            SourceRules.Validate(source).ThrowIfInvalid($"Sample source {entry.Slug}");
            added += Add(sources, entry.Slug, source);
        }

        foreach (var entry in file.Agreements.Where(e => !recordSlugs.Contains(e.Slug)))
        {
            var agreement = NewAgreement(entry);
            agreements[entry.Slug] = agreement;
            added += AddRecord(agreement, entry);
        }

        added += AddRecords(file.Workstreams, entry => new Workstream
        {
            Agreement = Find(agreements, entry.Agreement, entry.Slug),
            NzStance = Enum.Parse<NzStance>(entry.Stance),
        });
        added += AddRecords(file.Meetings, entry => new Meeting
        {
            MeetingKind = Enum.Parse<MeetingKind>(entry.MeetingKind),
            EndDate = FuzzyDate.Parse(entry.EndDate),
            Place = entry.Place,
            Host = entry.Host,
            Count = entry.Count,
            CountIsMinimum = entry.CountIsMinimum,
        });
        added += AddRecords(file.Statements, entry => new Statement
        {
            Mode = Enum.Parse<StatementMode>(entry.Mode),
            Text = entry.Text,
            Speaker = entry.Speaker is null ? null : Find(people, entry.Speaker, entry.Slug),
            SpeakingOrganisation = entry.SpeakingOrganisation is null ? null : Find(organisations, entry.SpeakingOrganisation, entry.Slug),
            SpeakerRole = entry.SpeakerRole,
            Venue = entry.Venue,
        });
        added += AddRecords(file.Events, entry => new Event { EventKind = Enum.Parse<EventKind>(entry.EventKind) });

        await db.SaveChangesAsync(cancellationToken);
        return added;
    }

    private static async Task<SampleDataFile> ReadFileAsync(CancellationToken cancellationToken)
    {
        await using var stream = typeof(SampleDataLoader).Assembly.GetManifestResourceStream("PolicyTracker.SampleData.json")
            ?? throw new InvalidOperationException("The sample data resource is missing from the build.");
        return await JsonSerializer.DeserializeAsync<SampleDataFile>(stream, JsonOptions, cancellationToken)
            ?? throw new InvalidDataException("The sample data file is empty.");
    }

    private int Add<T>(Dictionary<string, T> bySlug, string slug, T entity)
        where T : Entity
    {
        bySlug[slug] = entity;
        db.Add(entity);
        return 1;
    }

    private int AddRecords<TEntry>(IEnumerable<TEntry> entries, Func<TEntry, TrackedRecord> create)
        where TEntry : RecordEntry =>
        entries.Where(e => !recordSlugs.Contains(e.Slug)).Sum(entry => AddRecord(create(entry), entry));

    private int AddRecord(TrackedRecord record, RecordEntry entry)
    {
        record.Slug = entry.Slug;
        record.Title = entry.Title;
        record.Summary = entry.Summary;
        record.Date = FuzzyDate.Parse(entry.Date);
        record.InternalNotes = entry.InternalNotes;
        record.Citations = Cite(entry.Citations);
        record.DateClaims = entry.DateClaims.Select(NewClaim).ToList();
        record.Agreements = entry.Agreements.Select(slug => Find(agreements, slug, entry.Slug)).ToList();
        record.People = entry.People.Select(slug => Find(people, slug, entry.Slug)).ToList();
        record.Organisations = entry.Organisations.Select(slug => Find(organisations, slug, entry.Slug)).ToList();
        record.Countries = entry.Countries.Select(slug => Find(countries, slug, entry.Slug)).ToList();
        record.State = PublicationState.Published;
        PublicationRules.CheckPublishable(record).ThrowIfInvalid($"Sample record {entry.Slug}");
        recordSlugs.Add(entry.Slug);
        db.Add(record);
        return 1;
    }

    private Agreement NewAgreement(AgreementEntry entry) => new()
    {
        ShortName = entry.ShortName,
        AgreementKind = Enum.Parse<AgreementKind>(entry.AgreementKind),
        IsBinding = entry.Binding,
        PubliclyAnnouncedByNz = entry.PubliclyAnnouncedByNz,
        PartyCount = entry.PartyCount,
        StatusHistory = entry.StatusHistory.Select(s => new StatusChange
        {
            Status = Enum.Parse<NzStatus>(s.Status),
            Date = FuzzyDate.Parse(s.Date),
            Note = s.Note,
            Citations = CiteRequired(s.Citations, $"{entry.Slug} status {s.Status}"),
            DateClaims = (s.DateClaims ?? []).Select(NewClaim).ToList(),
        }).ToList(),
        Parties = entry.Parties.Select(p => new PartyMembership
        {
            Country = Find(countries, p.Country, entry.Slug),
            Role = p.Role,
            Since = FuzzyDate.Parse(p.Since),
            Citations = Cite(p.Citations ?? []),
        }).ToList(),
    };

    private Person NewPerson(PersonEntry entry) => new()
    {
        Slug = entry.Slug,
        Name = entry.Name,
        Summary = entry.Summary,
        State = PublicationState.Published,
        Roles = (entry.Roles ?? []).Select(r => new PersonRole
        {
            Title = r.Title,
            Organisation = r.Organisation is null ? null : Find(organisations, r.Organisation, entry.Slug),
            From = FuzzyDate.Parse(r.From),
            To = FuzzyDate.Parse(r.To),
        }).ToList(),
    };

    private static Source NewSource(SourceEntry entry) => new()
    {
        Slug = entry.Slug,
        Title = entry.Title,
        Outlet = entry.Outlet,
        Author = entry.Author,
        SourceKind = Enum.Parse<SourceKind>(entry.Kind),
        Url = string.IsNullOrWhiteSpace(entry.Url) ? null : entry.Url,
        Published = FuzzyDate.Parse(entry.Published),
        Reliability = Enum.Parse<Reliability>(entry.Reliability),
        ReliabilityReason = entry.ReliabilityReason,
        Notes = entry.Notes,
        InternalNotes = entry.InternalNotes,
        State = PublicationState.Published,
    };

    private DateClaim NewClaim(ClaimEntry entry) => new()
    {
        Date = FuzzyDate.Parse(entry.Date),
        Claim = entry.Claim,
        Citations = CiteRequired(entry.Citations, $"claim \"{entry.Claim}\""),
    };

    private List<Citation> CiteRequired(List<CitationEntry> entries, string what) =>
        entries.Count > 0 ? Cite(entries) : throw new InvalidDataException($"Sample data: {what} has no citation.");

    private List<Citation> Cite(List<CitationEntry> entries) =>
        entries.Select(c => new Citation { Source = Find(sources, c.Source, c.Pinpoint ?? c.Source), Pinpoint = c.Pinpoint }).ToList();

    private static T Find<T>(Dictionary<string, T> bySlug, string slug, string referencedFrom) =>
        bySlug.TryGetValue(slug, out var entity)
            ? entity
            : throw new InvalidDataException($"Sample data: \"{referencedFrom}\" refers to \"{slug}\", which is not defined.");
}
