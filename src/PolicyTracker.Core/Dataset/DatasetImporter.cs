using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PolicyTracker.Core.Accounts;
using PolicyTracker.Core.Common;
using PolicyTracker.Core.Data;
using PolicyTracker.Core.Editing;
using PolicyTracker.Core.History;
using PolicyTracker.Core.People;
using PolicyTracker.Core.Publication;
using PolicyTracker.Core.Records;
using PolicyTracker.Core.Sources;

namespace PolicyTracker.Core.Dataset;

public sealed record ImportSummary(int Countries, int Organisations, int People, int Sources, int Records);

/// <summary>
/// Reads a <see cref="DatasetFile"/> into the database, for editors only. Everything in the file is checked by the
/// same rules as the editor form (lengths, markup, addresses, slugs, every id it refers to); one problem anywhere and
/// nothing is imported. An id the database already holds is refused rather than overwritten, so an import can fill an
/// empty database or add new entities, never silently replace.
/// The file is streamed, never held whole: a first pass indexes it (ids, addresses, links between records); a second
/// reads it again in chunks, checks each and saves it, all inside one transaction that commits only if every chunk passed.
/// </summary>
public sealed class DatasetImporter(PolicyTrackerDbContext db, IActor actor, TimeProvider clock, EditingRules rules)
{
    /// <summary>Enough to see what is wrong with a file without drowning in it.</summary>
    public const int MaxProblemsReported = 50;

    /// <summary>Entries checked and saved together: large enough for few round trips, small enough that memory stays flat.</summary>
    public int ChunkSize { get; init; } = 500;

    public async Task<ImportSummary> ImportAsync(Stream json, CancellationToken cancellationToken = default)
    {
        actor.Require(Roles.Editor);
        return await ImportFileAsync(json, cancellationToken, publishes: !rules.RequireSecondApprover);
    }

    /// <summary>
    /// Checks and writes a file, whoever asks: the editor's import above, after its role check, and the sample-data
    /// loader at start, so the sample data obeys every rule an editor's work does. Unless it <paramref name="publishes"/>,
    /// a record the file marks published or retracted is refused: under the second-approver rule one editor's import
    /// brings records in as drafts or for review, and another editor publishes them, as in the editor.
    /// </summary>
    internal async Task<ImportSummary> ImportFileAsync(Stream json, CancellationToken cancellationToken, bool publishes = true)
    {
        // The second pass seeks back to each chunk's entries; an upload cannot seek, so it is copied to a temporary file first.
        await using var copy = json.CanSeek ? null : await CopyToTemporaryFileAsync(json, cancellationToken);
        var file = copy ?? json;
        var problems = new ValidationProblems();
        var index = await DatasetIndex.ReadAsync(file, problems, cancellationToken);
        problems.ThrowIfInvalid("The dataset");
        if (!publishes)
        {
            RefusePublishing(index, problems);
            problems.ThrowIfInvalid("The dataset");
        }

        await CheckNewAsync(index, problems, cancellationToken);
        problems.ThrowIfInvalid("The dataset");
        // A problem rolls the whole transaction back; a savepoint per save would only add subtransactions.
        var savepoints = db.Database.AutoSavepointsEnabled;
        db.Database.AutoSavepointsEnabled = false;
        try
        {
            return await db.InCleanStateAsync(() => WriteAsync(file, index, cancellationToken));
        }
        finally
        {
            db.Database.AutoSavepointsEnabled = savepoints;
        }
    }

    private static void RefusePublishing(DatasetIndex index, ValidationProblems problems)
    {
        foreach (var entry in index.All.Where(e => e.List == DatasetList.Records && e.State is PublicationState.Published or PublicationState.Retracted)
                     .Take(MaxProblemsReported))
        {
            problems.Add($"{entry.Name}: State", $"\"{entry.Label}\" is marked {entry.State.ToString().ToLowerInvariant()}. Another editor must publish or retract it: give it the state \"Draft\" or \"InReview\" in the file, and a second editor publishes it from the workspace.");
        }
    }

    private static async Task<Stream> CopyToTemporaryFileAsync(Stream json, CancellationToken cancellationToken)
    {
        var copy = new FileStream(
            Path.Combine(Path.GetTempPath(), $"policytracker-import-{Guid.NewGuid():N}.json"), FileMode.CreateNew, FileAccess.ReadWrite,
            FileShare.None, bufferSize: 81_920, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        await json.CopyToAsync(copy, cancellationToken);
        copy.Position = 0;
        return copy;
    }

    /// <summary>
    /// Every chunk checked by the editor's rules and saved, in one transaction: a problem in any chunk stops the saving,
    /// the later chunks are still checked (up to <see cref="MaxProblemsReported"/> problems), and the transaction rolls back.
    /// </summary>
    private async Task<ImportSummary> WriteAsync(Stream file, DatasetIndex index, CancellationToken cancellationToken)
    {
        var problems = new ValidationProblems();
        // Pages are evicted once it commits, and not at all if it rolls back (PublicCacheEviction).
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var (written, writtenAtLastAnalysis) = (0, 0);
        foreach (var chunk in index.Chunks(ChunkSize))
        {
            var found = new ValidationProblems();
            var links = new Lookup(db, index);
            var entities = chunk.List == DatasetList.Records
                ? await BuildRecordsAsync(file, index, chunk, links, found, cancellationToken)
                : await BuildDirectoryAsync(file, index, chunk, links, found, cancellationToken);
            if (problems.IsValid && found.IsValid)
            {
                db.AddRange(entities.Select(e => e.Entity));
                // A retracted record's public reason goes on the revision that records its retraction, as the editor's does.
                using var reasons = PublicReasons.Because(entities
                    .Where(e => e.Entity.State == PublicationState.Retracted && e.RetractionReason is not null)
                    .ToDictionary(e => e.Entity.Id, e => new PublicReason(e.RetractionReason!.Trim())));
                await db.SaveChangesAsync(cancellationToken);
                written += entities.Count;
            }

            foreach (var problem in found.All)
            {
                problems.Add(problem.Field, problem.Message);
            }

            db.ChangeTracker.Clear();
            if (written >= 2 * writtenAtLastAnalysis && written > 0)
            {
                await AnalyseAsync(cancellationToken);
                writtenAtLastAnalysis = written;
            }

            if (problems.All.Count >= MaxProblemsReported)
            {
                break;
            }
        }

        if (problems.IsValid)
        {
            await KeepArchivesAsync(file, index, problems, cancellationToken);
        }

        problems.ThrowIfInvalid("The dataset");
        await transaction.CommitAsync(cancellationToken);
        return index.Summary();
    }

    /// <summary>
    /// The sources' archived copies and link watch state, once every record is in: each copy must match its digest, and
    /// is taken as a new copy is, oldest first, so every quotation is verified against the latest copy as it was where
    /// the file came from.
    /// </summary>
    private async Task KeepArchivesAsync(Stream file, DatasetIndex index, ValidationProblems problems, CancellationToken cancellationToken)
    {
        var archive = new SourceArchive(db);
        foreach (var entry in index.All.Where(e => e.List == DatasetList.Sources))
        {
            var read = await index.ReadAsync<SourceEntry>(file, entry, cancellationToken);
            foreach (var copy in read.ArchivedCopies.OrderBy(c => c.RetrievedAt))
            {
                copy.SourceId = read.Id;
                if (!copy.MatchesItsDigest())
                {
                    problems.Add(entry.Name, $"The archived copy taken {copy.RetrievedAt:u} does not match its SHA-256: these are not the bytes that were taken.");
                }
                else if (read.Deleted)
                {
                    db.SourceCopies.Add(copy); // a deleted source is cited by nothing, so there is nothing to verify
                    await db.SaveChangesAsync(cancellationToken);
                    await db.Sources.IgnoreQueryFilters().Where(s => s.Id == read.Id)
                        .ExecuteUpdateAsync(update => update.SetProperty(s => s.ArchivedAt, copy.RetrievedAt), cancellationToken);
                }
                else
                {
                    await archive.AddCopyAsync(copy, cancellationToken);
                }
            }

            if (read.Link is { } link)
            {
                link.SourceId = read.Id;
                db.SourceLinks.Add(link);
                await db.SaveChangesAsync(cancellationToken);
            }

            db.ChangeTracker.Clear();
        }
    }

    /// <summary>
    /// PostgreSQL plans each foreign-key check once per connection. Into an empty database, the first checks are
    /// planned while the tables are nearly empty, and without fresh statistics those plans stayed in use as the tables
    /// filled: each save of 500 records took longer than the last (0.7 s rising to 2 s over 20,000 records). Analysing
    /// the tables each time the import has doubled what it wrote lets PostgreSQL plan again from what is there.
    /// </summary>
    private async Task AnalyseAsync(CancellationToken cancellationToken)
    {
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlRawAsync("ANALYZE", cancellationToken);
        }
    }

    /// <summary>An entity built from its entry, and a retracted record's public reason.</summary>
    private sealed record Built(Entity Entity, string? RetractionReason = null);

    /// <summary>Countries, organisations, people or sources, each checked and applied by the same draft as the directory form.</summary>
    private async Task<List<Built>> BuildDirectoryAsync(
        Stream file, DatasetIndex index, DatasetIndex.Chunk chunk, Lookup links, ValidationProblems problems, CancellationToken cancellationToken)
    {
        var built = new List<Built>();
        foreach (var entry in chunk.Entries)
        {
            built.Add(new Built(chunk.List switch
            {
                DatasetList.Countries => BuildCountry(entry, await index.ReadAsync<DirectoryEntryOf<CountryDraft>>(file, entry, cancellationToken), problems),
                DatasetList.Organisations => await BuildOrganisationAsync(entry, await index.ReadAsync<DirectoryEntryOf<OrganisationDraft>>(file, entry, cancellationToken), links, problems, cancellationToken),
                DatasetList.People => await BuildPersonAsync(entry, await index.ReadAsync<DirectoryEntryOf<PersonDraft>>(file, entry, cancellationToken), links, problems, cancellationToken),
                _ => BuildSource(entry, await index.ReadAsync<SourceEntry>(file, entry, cancellationToken), problems),
            }));
        }

        return built;
    }

    private async Task<Organisation> BuildOrganisationAsync(
        DatasetIndex.Entry entry, DirectoryEntryOf<OrganisationDraft> read, Lookup links, ValidationProblems problems, CancellationToken cancellationToken)
    {
        await CheckExistsAsync<Country>(read.Content.CountryId, links, $"{entry.Name}: country", problems, cancellationToken);
        return Build<Organisation, OrganisationDraft>(entry, read, read.Content, problems);
    }

    private async Task<Person> BuildPersonAsync(
        DatasetIndex.Entry entry, DirectoryEntryOf<PersonDraft> read, Lookup links, ValidationProblems problems, CancellationToken cancellationToken)
    {
        foreach (var role in read.Content.Roles)
        {
            await CheckExistsAsync<Organisation>(role.OrganisationId, links, $"{entry.Name}: role", problems, cancellationToken);
        }

        return Build<Person, PersonDraft>(entry, read, read.Content, problems);
    }

    private Country BuildCountry(DatasetIndex.Entry entry, DirectoryEntryOf<CountryDraft> read, ValidationProblems problems) =>
        Build<Country, CountryDraft>(entry, read, read.Content, problems);

    private Source BuildSource(DatasetIndex.Entry entry, SourceEntry read, ValidationProblems problems) =>
        Build<Source, SourceEdit>(entry, read, new SourceEdit { Content = read.Content }, problems);

    /// <summary>Records go through the editor's own write path: the same check, then the same apply.</summary>
    private async Task<List<Built>> BuildRecordsAsync(
        Stream file, DatasetIndex index, DatasetIndex.Chunk chunk, Lookup links, ValidationProblems problems, CancellationToken cancellationToken)
    {
        var entries = new List<(DatasetIndex.Entry Where, RecordEntry Read)>();
        foreach (var entry in chunk.Entries)
        {
            entries.Add((entry, await index.ReadAsync<RecordEntry>(file, entry, cancellationToken)));
        }

        var records = entries.ToDictionary(e => e.Read.Id, e => NewRecord(e.Read));
        links.Add(records.Values);
        var writer = new RecordWriter(db);
        var resolved = new Dictionary<Guid, RecordWriter.Resolved>();
        foreach (var (where, entry) in entries)
        {
            resolved[entry.Id] = await CheckRecordAsync(writer, where, entry, links, problems, cancellationToken);
        }

        if (problems.IsValid)
        {
            foreach (var (where, entry) in entries)
            {
                var record = records[entry.Id];
                writer.Apply(entry.Content, record, resolved[entry.Id]);
                if (entry.State is PublicationState.Published or PublicationState.Retracted)
                {
                    // A record reaches the public only as the editor's workflow allows: cited by a published source,
                    // naming only published entries.
                    var publishable = PublicationRules.CheckPublishable(record);
                    PublicationRules.CheckLinksPublished(resolved[entry.Id], publishable);
                    Report(where.Name, publishable, problems);
                }
            }
        }

        return entries.Select(e => new Built(records[e.Read.Id], e.Read.RetractionReason)).ToList();
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
        RecordWriter writer, DatasetIndex.Entry where, RecordEntry entry, Lookup found, ValidationProblems problems, CancellationToken cancellationToken)
    {
        var contentProblems = new ValidationProblems();
        var resolved = await writer.CheckAsync(entry.Content, entry.Id, found, contentProblems, cancellationToken);
        if (entry.State == PublicationState.Retracted)
        {
            contentProblems.Required("Retraction reason", entry.RetractionReason, RecordEditor.ReasonMaxLength);
        }

        Report(where.Name, contentProblems, problems);
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
            Report($"{where.Name} (pending change)", pendingProblems, problems);
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

    private static async Task CheckExistsAsync<T>(Guid? id, Lookup links, string what, ValidationProblems problems, CancellationToken cancellationToken)
        where T : Entity
    {
        if (id is { } value && (await links.FindAsync<T>([value], cancellationToken)).Count == 0)
        {
            problems.Add(what, $"Nothing has the id {value}.");
        }
    }

    /// <summary>
    /// What the file adds is new: no id the database holds (an import never overwrites), no address a directory entry
    /// of the database has (records' addresses are checked with their content), no web page a source already cites.
    /// </summary>
    private async Task CheckNewAsync(DatasetIndex index, ValidationProblems problems, CancellationToken cancellationToken)
    {
        var ids = index.All.Select(e => e.Id).ToList();
        var existing = await db.Countries.IgnoreQueryFilters().Where(e => ids.Contains(e.Id)).Select(e => e.Id)
            .Concat(db.Organisations.IgnoreQueryFilters().Where(e => ids.Contains(e.Id)).Select(e => e.Id))
            .Concat(db.People.IgnoreQueryFilters().Where(e => ids.Contains(e.Id)).Select(e => e.Id))
            .Concat(db.Sources.IgnoreQueryFilters().Where(e => ids.Contains(e.Id)).Select(e => e.Id))
            .Concat(db.Records.IgnoreQueryFilters().Where(e => ids.Contains(e.Id)).Select(e => e.Id))
            .OrderBy(id => id) // the same ids named, in the same order, however often the file is tried
            .Take(MaxProblemsReported).ToListAsync(cancellationToken);
        foreach (var id in existing)
        {
            problems.Add("Ids", $"The database already holds {id}; an import never overwrites. Import into an empty database, or remove it from the file.");
        }

        await CheckSlugsFreeAsync(index, DatasetList.Countries, db.Countries, problems, cancellationToken);
        await CheckSlugsFreeAsync(index, DatasetList.Organisations, db.Organisations, problems, cancellationToken);
        await CheckSlugsFreeAsync(index, DatasetList.People, db.People, problems, cancellationToken);
        await CheckSlugsFreeAsync(index, DatasetList.Sources, db.Sources, problems, cancellationToken);
        var addresses = await SourceAddresses.LoadAsync(db.Sources, cancellationToken);
        foreach (var source in index.All.Where(e => e.List == DatasetList.Sources))
        {
            if (addresses.HolderOf(source.Url, source.Id) is { } holder)
            {
                problems.Add(source.Name, SourceAddresses.AlreadyHeld(holder.Title));
            }

            addresses.Add(source.Id, source.Label, source.Url);
        }
    }

    /// <summary>No address of the list is used by anything in the database, deleted entries included.</summary>
    private static async Task CheckSlugsFreeAsync<T>(
        DatasetIndex index, DatasetList list, IQueryable<T> inDatabase, ValidationProblems problems, CancellationToken cancellationToken)
        where T : Entity
    {
        var slugs = index.All.Where(e => e.List == list).Select(e => e.Slug).Distinct().ToList();
        var taken = await inDatabase.IgnoreQueryFilters().Where(e => slugs.Contains(e.Slug)).Select(e => e.Slug)
            .OrderBy(slug => slug).Take(MaxProblemsReported).ToListAsync(cancellationToken);
        foreach (var slug in taken)
        {
            problems.Add("Slugs", $"The {DatasetIndex.Noun(list)} address \"{slug}\" is already used in the database; change it in the file.");
        }
    }

    /// <summary>A new entity from a directory entry, checked by its draft, its slug and its internal notes.</summary>
    private TEntity Build<TEntity, TDraft>(DatasetIndex.Entry where, EntryBase entry, TDraft draft, ValidationProblems problems)
        where TEntity : Entity, new()
        where TDraft : IDirectoryDraft<TEntity>
    {
        var entity = new TEntity
        {
            Id = entry.Id, Slug = entry.Slug, State = entry.State, InternalNotes = entry.InternalNotes,
        };
        MarkDeleted(entity, entry.Deleted);
        draft.ApplyTo(entity);
        var found = new ValidationProblems();
        draft.Check(found);
        Slugs.Check(found, entity.Slug);
        found.Text("Internal notes", entity.InternalNotes, Entity.NotesMaxLength);
        Report(where.Name, found, problems);
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

    /// <summary>
    /// Finds what an entry names: a record of the chunk being written; else an entry elsewhere in the file, stood in
    /// for by a stub from the index (written already, by the link order, or never referred to by a row); else an
    /// entity of the database, deleted ones not found. Stubs and loaded entities are tracked unchanged, so linked, not added.
    /// </summary>
    private sealed class Lookup(PolicyTrackerDbContext db, DatasetIndex index) : IRecordLinks
    {
        private readonly Dictionary<Guid, Entity> known = [];

        /// <summary>The chunk's own records, found as themselves.</summary>
        public void Add(IEnumerable<TrackedRecord> records)
        {
            foreach (var record in records)
            {
                known[record.Id] = record;
            }
        }

        public async Task<IReadOnlyList<T>> FindAsync<T>(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
            where T : Entity
        {
            var found = new List<T>();
            foreach (var id in ids)
            {
                if (!known.TryGetValue(id, out var entity))
                {
                    entity = index.Find(id) is { } entry ? Stub(entry) : await LoadAsync<T>(id, cancellationToken);
                    if (entity is not null)
                    {
                        known[id] = entity;
                    }
                }

                if (entity is T wanted)
                {
                    found.Add(wanted);
                }
            }

            return found;
        }

        public async Task<AddressHolder?> AddressHolderAsync(string slug, Guid recordId, CancellationToken cancellationToken) =>
            index.RecordsAt(slug).FirstOrDefault(e => e.Id != recordId) is { } inFile
                ? new AddressHolder(inFile.Kind!.Value, inFile.Label)
                : await RecordWriter.AddressHolderInDatabaseAsync(db, slug, recordId, cancellationToken);

        /// <summary>An entity of the file written by an earlier chunk (or to come), as much of it as a link and a check need.</summary>
        private Entity Stub(DatasetIndex.Entry entry)
        {
            Entity stub = entry.List switch
            {
                DatasetList.Countries => new Country { Name = entry.Label },
                DatasetList.Organisations => new Organisation { Name = entry.Label },
                DatasetList.People => new Person { Name = entry.Label },
                DatasetList.Sources => new Source { Title = entry.Label },
                _ => RecordKinds.Of(entry.Kind!.Value).Create(),
            };
            if (stub is TrackedRecord record)
            {
                record.Title = entry.Label;
            }

            (stub.Id, stub.Slug, stub.State) = (entry.Id, entry.Slug, entry.State);
            db.Attach(stub);
            return stub;
        }

        private async Task<Entity?> LoadAsync<T>(Guid id, CancellationToken cancellationToken)
            where T : Entity =>
            typeof(T) == typeof(Country) ? await db.Countries.SingleOrDefaultAsync(e => e.Id == id, cancellationToken)
            : typeof(T) == typeof(Organisation) ? await db.Organisations.SingleOrDefaultAsync(e => e.Id == id, cancellationToken)
            : typeof(T) == typeof(Person) ? await db.People.SingleOrDefaultAsync(e => e.Id == id, cancellationToken)
            : typeof(T) == typeof(Source) ? await db.Sources.SingleOrDefaultAsync(e => e.Id == id, cancellationToken)
            : await db.Records.SingleOrDefaultAsync(e => e.Id == id, cancellationToken);
    }
}
