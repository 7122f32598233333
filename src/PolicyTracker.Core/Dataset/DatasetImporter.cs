using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PolicyTracker.Core.Accounts;
using PolicyTracker.Core.Agreements;
using PolicyTracker.Core.Common;
using PolicyTracker.Core.Data;
using PolicyTracker.Core.Editing;
using PolicyTracker.Core.History;
using PolicyTracker.Core.People;
using PolicyTracker.Core.Publication;
using PolicyTracker.Core.Records;
using PolicyTracker.Core.Sources;
using PolicyTracker.Core.Workstreams;

namespace PolicyTracker.Core.Dataset;

public sealed record ImportSummary(int Countries, int Organisations, int People, int Sources, int Records);

/// <summary>
/// Reads a <see cref="DatasetFile"/> into the database, for editors only. Everything in the file is checked
/// first, by the same rules as the editor form (lengths, markup, addresses, slugs, every id it refers to);
/// one problem anywhere and nothing is imported. An id the database already holds is refused rather than
/// overwritten, so an import can fill an empty database or add new entities, never silently replace.
/// </summary>
public sealed class DatasetImporter(PolicyTrackerDbContext db, IActor actor, TimeProvider clock)
{
    /// <summary>Enough to see what is wrong with a file without drowning in it.</summary>
    public const int MaxProblemsReported = 50;

    public async Task<ImportSummary> ImportAsync(Stream json, CancellationToken cancellationToken = default)
    {
        actor.Require(Roles.Editor);

        DatasetFile? file;
        try
        {
            file = await JsonSerializer.DeserializeAsync<DatasetFile>(json, DatasetExporter.Json, cancellationToken);
        }
        catch (JsonException invalid)
        {
            throw Refused("File", $"The file is not a PolicyTracker dataset: {invalid.Message}");
        }

        if (file is null || file.Format != DatasetFile.FormatName || file.Version != DatasetFile.CurrentVersion)
        {
            throw Refused("File", $"The file is not a version {DatasetFile.CurrentVersion} PolicyTracker dataset (its \"format\" must be \"{DatasetFile.FormatName}\").");
        }

        return await ImportAsync(file, cancellationToken);
    }

    /// <summary>
    /// Checks and writes a file already read, whoever asks: the editor's import above, after its role check, and the
    /// sample-data loader at start, so the sample data obeys every rule an editor's work does.
    /// </summary>
    internal async Task<ImportSummary> ImportAsync(DatasetFile file, CancellationToken cancellationToken) =>
        await db.InCleanStateAsync(async () =>
        {
            var summary = await BuildAsync(file, cancellationToken);
            // A retracted record's public reason goes on the revision that records its retraction, as the editor's does.
            using var reasons = db.Journal().Because(file.Records
                .Where(r => r.State == PublicationState.Retracted)
                .ToDictionary(r => r.Id, r => new PublicReason(r.RetractionReason!.Trim())));
            await db.SaveChangesAsync(cancellationToken);
            return summary;
        });

    private async Task<ImportSummary> BuildAsync(DatasetFile file, CancellationToken cancellationToken)
    {
        var problems = new ValidationProblems();
        await CheckIdsAsync(file, problems, cancellationToken);
        problems.ThrowIfInvalid("The dataset");

        // Checked and applied by the same drafts as the directory form, so an import obeys the same rules.
        var countries = Build<Country, CountryDraft>(file.Countries.Select(c => ((EntryBase)c, c.Content)), "Country", problems);
        var organisations = Build<Organisation, OrganisationDraft>(file.Organisations.Select(o => ((EntryBase)o, o.Content)), "Organisation", problems);
        var people = Build<Person, PersonDraft>(file.People.Select(p => ((EntryBase)p, p.Content)), "Person", problems);
        var sources = Build<Source, SourceEdit>(file.Sources.Select(s => ((EntryBase)s, new SourceEdit { Content = s.Content })), "Source", problems);
        var records = file.Records.ToDictionary(r => r.Id, NewRecord);
        problems.ThrowIfInvalid("The dataset");
        await CheckSlugsFreeAsync(countries.Values, db.Countries, "country", problems, cancellationToken);
        await CheckSlugsFreeAsync(organisations.Values, db.Organisations, "organisation", problems, cancellationToken);
        await CheckSlugsFreeAsync(people.Values, db.People, "person", problems, cancellationToken);
        await CheckSlugsFreeAsync(sources.Values, db.Sources, "source", problems, cancellationToken);
        var addresses = await SourceAddresses.LoadAsync(db.Sources, cancellationToken);
        foreach (var source in file.Sources)
        {
            if (addresses.HolderOf(source.Content.Url, source.Id) is { } holder)
            {
                problems.Add($"Source {source.Id}", SourceAddresses.AlreadyHeld(holder.Title));
            }

            addresses.Add(source.Id, source.Content.Title, source.Content.Url);
        }

        problems.ThrowIfInvalid("The dataset");

        var found = new Lookup(db, countries, organisations, people, sources, records, file.Records);
        foreach (var organisation in file.Organisations)
        {
            await CheckExistsAsync(organisation.Content.CountryId, found.CountryAsync, $"Organisation {organisation.Id}: country", problems, cancellationToken);
        }

        foreach (var person in file.People)
        {
            foreach (var role in person.Content.Roles)
            {
                await CheckExistsAsync(role.OrganisationId, found.OrganisationAsync, $"Person {person.Id}: role", problems, cancellationToken);
            }
        }

        // Records go through the editor's own write path: the same check, then the same apply.
        var writer = new RecordWriter(db);
        var resolved = new Dictionary<Guid, RecordWriter.Resolved>();
        foreach (var entry in file.Records)
        {
            resolved[entry.Id] = await CheckRecordAsync(writer, entry, found, problems, cancellationToken);
        }

        problems.ThrowIfInvalid("The dataset");
        foreach (var entry in file.Records)
        {
            var record = records[entry.Id];
            writer.Apply(entry.Content, record, resolved[entry.Id]);
            if (entry.State is PublicationState.Published or PublicationState.Retracted)
            {
                // A record reaches the public only as the editor's workflow allows: cited by a published source,
                // naming only published entries.
                var publishable = PublicationRules.CheckPublishable(record);
                PublicationRules.CheckLinksPublished(resolved[entry.Id], publishable);
                Report($"Record {entry.Id}", publishable, problems);
            }
        }

        problems.ThrowIfInvalid("The dataset");
        db.AddRange(countries.Values);
        db.AddRange(organisations.Values);
        db.AddRange(people.Values);
        db.AddRange(sources.Values);
        db.AddRange(records.Values);
        return new ImportSummary(countries.Count, organisations.Count, people.Count, sources.Count, records.Count);
    }

    /// <summary>An empty record of the entry's kind with its id and workflow state; its content comes through the writer.</summary>
    private TrackedRecord NewRecord(RecordEntry entry)
    {
        var record = RecordKinds.Of(entry.Content.Kind).Create();
        record.Id = entry.Id;
        record.State = entry.State;
        record.PendingDraftJson = entry.PendingDraft is null ? null : JsonSerializer.Serialize(entry.PendingDraft, SnapshotJson.Options);
        record.PendingState = entry.PendingDraft is null ? null : entry.PendingState ?? PublicationState.Draft;
        MarkDeleted(record, entry.Deleted);
        return record;
    }

    /// <summary>The record's content and any pending change, checked by the editor's rules; every problem named by record.</summary>
    private static async Task<RecordWriter.Resolved> CheckRecordAsync(
        RecordWriter writer, RecordEntry entry, Lookup found, ValidationProblems problems, CancellationToken cancellationToken)
    {
        var where = $"Record {entry.Id}";
        var contentProblems = new ValidationProblems();
        var resolved = await writer.CheckAsync(entry.Content, entry.Id, found, contentProblems, cancellationToken);
        if (entry.State == PublicationState.Retracted)
        {
            contentProblems.Required("Retraction reason", entry.RetractionReason, RecordEditor.ReasonMaxLength);
        }

        Report(where, contentProblems, problems);
        if (entry.PendingDraft is { } pending)
        {
            var pendingProblems = new ValidationProblems();
            if (pending.Kind != entry.Content.Kind)
            {
                pendingProblems.Add("Kind", $"The pending change is a {pending.Kind}, the record a {entry.Content.Kind}.");
            }

            if (entry.State != PublicationState.Published || entry.PendingState is PublicationState.Published or PublicationState.Retracted)
            {
                pendingProblems.Add("State", "Only a published record has a pending change, and a pending change is a draft or in review.");
            }

            await writer.CheckAsync(pending, entry.Id, found, pendingProblems, cancellationToken);
            Report($"{where} (pending change)", pendingProblems, problems);
        }

        return resolved;
    }

    private static void Report(string where, ValidationProblems found, ValidationProblems problems)
    {
        foreach (var problem in found.All)
        {
            problems.Add($"{where}: {problem.Field}", problem.Message);
        }
    }

    private static async Task CheckExistsAsync<T>(
        Guid? id, Func<Guid, CancellationToken, Task<T?>> find, string what, ValidationProblems problems, CancellationToken cancellationToken)
        where T : class
    {
        if (id is { } value && await find(value, cancellationToken) is null)
        {
            problems.Add(what, $"Nothing has the id {value}.");
        }
    }

    /// <summary>Every id is new: not twice in the file, not already in the database.</summary>
    private async Task CheckIdsAsync(DatasetFile file, ValidationProblems problems, CancellationToken cancellationToken)
    {
        var ids = file.Countries.Select(c => c.Id).Concat(file.Organisations.Select(o => o.Id)).Concat(file.People.Select(p => p.Id))
            .Concat(file.Sources.Select(s => s.Id)).Concat(file.Records.Select(r => r.Id)).ToList();
        foreach (var repeated in ids.GroupBy(id => id).Where(g => g.Count() > 1).Take(MaxProblemsReported))
        {
            problems.Add("Ids", $"The id {repeated.Key} appears more than once in the file.");
        }

        var existing = await db.Countries.IgnoreQueryFilters().Where(e => ids.Contains(e.Id)).Select(e => e.Id)
            .Concat(db.Organisations.IgnoreQueryFilters().Where(e => ids.Contains(e.Id)).Select(e => e.Id))
            .Concat(db.People.IgnoreQueryFilters().Where(e => ids.Contains(e.Id)).Select(e => e.Id))
            .Concat(db.Sources.IgnoreQueryFilters().Where(e => ids.Contains(e.Id)).Select(e => e.Id))
            .Concat(db.Records.IgnoreQueryFilters().Where(e => ids.Contains(e.Id)).Select(e => e.Id))
            .Take(MaxProblemsReported).ToListAsync(cancellationToken);
        foreach (var id in existing)
        {
            problems.Add("Ids", $"The database already holds {id}; an import never overwrites. Import into an empty database, or remove it from the file.");
        }
    }

    /// <summary>Each address is used once: not twice in the file, not by anything in the database (deleted entries included).</summary>
    private static async Task CheckSlugsFreeAsync<T>(
        IEnumerable<T> entities, IQueryable<T> inDatabase, string noun, ValidationProblems problems, CancellationToken cancellationToken)
        where T : Entity
    {
        var slugs = RepeatedSlugs(entities, e => $"The {noun} address \"{e.Slug}\" appears more than once in the file.", problems);
        var taken = await inDatabase.IgnoreQueryFilters().Where(e => slugs.Contains(e.Slug)).Select(e => e.Slug)
            .Take(MaxProblemsReported).ToListAsync(cancellationToken);
        foreach (var slug in taken)
        {
            problems.Add("Slugs", $"The {noun} address \"{slug}\" is already used in the database; change it in the file.");
        }
    }

    private static List<string> RepeatedSlugs<T>(IEnumerable<T> entities, Func<T, string> repeated, ValidationProblems problems)
        where T : Entity
    {
        var list = entities.ToList();
        foreach (var twice in list.GroupBy(e => e.Slug).Where(g => g.Count() > 1).Take(MaxProblemsReported))
        {
            problems.Add("Slugs", repeated(twice.Skip(1).First()));
        }

        return list.Select(e => e.Slug).Distinct().ToList();
    }

    /// <summary>New entities from the file's entries, each checked by its draft, its slug and its internal notes.</summary>
    private Dictionary<Guid, TEntity> Build<TEntity, TDraft>(IEnumerable<(EntryBase Entry, TDraft Draft)> entries, string what, ValidationProblems problems)
        where TEntity : Entity, new()
        where TDraft : IDirectoryDraft<TEntity> =>
        entries.ToDictionary(e => e.Entry.Id, e =>
        {
            var entity = Stamp(new TEntity(), e.Entry);
            e.Draft.ApplyTo(entity);
            var found = new ValidationProblems();
            e.Draft.Check(found);
            Slugs.Check(found, entity.Slug);
            found.Text("Internal notes", entity.InternalNotes, Entity.NotesMaxLength);
            foreach (var problem in found.All)
            {
                problems.Add($"{what} {e.Entry.Id}: {problem.Field}", problem.Message);
            }

            return entity;
        });

    private T Stamp<T>(T entity, EntryBase entry)
        where T : Entity
    {
        entity.Id = entry.Id;
        entity.Slug = entry.Slug;
        entity.State = entry.State;
        entity.InternalNotes = entry.InternalNotes;
        MarkDeleted(entity, entry.Deleted);
        return entity;
    }

    private void MarkDeleted(Entity entity, bool deleted)
    {
        if (deleted)
        {
            entity.DeletedAt = clock.GetUtcNow().UtcDateTime;
            entity.DeletedBy = actor.Name;
        }
    }

    private static ValidationException Refused(string field, string message) => new("The import", [new ValidationProblem(field, message)]);

    /// <summary>Finds a referenced entity in the file first, then in the database; and who holds a record address.</summary>
    private sealed class Lookup(
        PolicyTrackerDbContext db,
        Dictionary<Guid, Country> countries,
        Dictionary<Guid, Organisation> organisations,
        Dictionary<Guid, Person> people,
        Dictionary<Guid, Source> sources,
        Dictionary<Guid, TrackedRecord> records,
        IEnumerable<RecordEntry> recordEntries) : IRecordLinks
    {
        /// <summary>Entities already in the database that the file refers to, loaded once each (and tracked, so linked, not added).</summary>
        private readonly Dictionary<Guid, Entity> fromDatabase = [];

        private readonly ILookup<string, RecordEntry> addresses = recordEntries.ToLookup(e => e.Content.Address, StringComparer.Ordinal);

        public Task<Country?> CountryAsync(Guid id, CancellationToken cancellationToken) => FindAsync(countries, db.Countries, id, cancellationToken);

        public Task<Organisation?> OrganisationAsync(Guid id, CancellationToken cancellationToken) => FindAsync(organisations, db.Organisations, id, cancellationToken);

        public async Task<IReadOnlyList<T>> FindAsync<T>(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
            where T : Entity
        {
            var found = new List<T>();
            foreach (var id in ids)
            {
                var entity = typeof(T) == typeof(Country) ? await CountryAsync(id, cancellationToken)
                    : typeof(T) == typeof(Organisation) ? await OrganisationAsync(id, cancellationToken)
                    : typeof(T) == typeof(Person) ? await FindAsync(people, db.People, id, cancellationToken)
                    : typeof(T) == typeof(Source) ? await FindAsync(sources, db.Sources, id, cancellationToken)
                    : (Entity?)await FindAsync(records, db.Records, id, cancellationToken);
                if (entity is T wanted)
                {
                    found.Add(wanted);
                }
            }

            return found;
        }

        public async Task<AddressHolder?> AddressHolderAsync(string slug, Guid recordId, CancellationToken cancellationToken) =>
            addresses[slug].FirstOrDefault(e => e.Id != recordId) is { } inFile
                ? new AddressHolder(inFile.Content.Kind, inFile.Content.Title)
                : await RecordWriter.AddressHolderInDatabaseAsync(db, slug, recordId, cancellationToken);

        private async Task<T?> FindAsync<T>(Dictionary<Guid, T> inFile, DbSet<T> inDatabase, Guid id, CancellationToken cancellationToken)
            where T : Entity
        {
            if (inFile.TryGetValue(id, out var entity))
            {
                return entity;
            }

            if (fromDatabase.TryGetValue(id, out var loaded))
            {
                return loaded as T;
            }

            entity = await inDatabase.SingleOrDefaultAsync(e => e.Id == id, cancellationToken);
            if (entity is not null)
            {
                fromDatabase[id] = entity;
            }

            return entity;
        }
    }
}
