using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PolicyTracker.Core.Accounts;
using PolicyTracker.Core.Common;
using PolicyTracker.Core.Data;
using PolicyTracker.Core.Editing;
using PolicyTracker.Core.History;
using PolicyTracker.Core.Records;
using PolicyTracker.Core.Sources;

namespace PolicyTracker.Core.Dataset;

/// <summary>Writes the whole tracker, deleted entities and pending changes included, as a <see cref="DatasetFile"/>.</summary>
public sealed class DatasetExporter(PolicyTrackerDbContext db, IActor actor)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
        WriteIndented = true,
        // A null where the model holds a list or a text ("citations": null) is refused when read, with its path.
        RespectNullableAnnotations = true,
    };

    /// <summary>How many records are read at a time: the export's memory stays flat however many there are.</summary>
    public int BatchSize { get; init; } = 500;

    /// <summary>
    /// Writes the dataset to <paramref name="output"/> as it reads it, records a batch at a time (a million records
    /// whole, with their parts, would not fit in memory). The file has <see cref="DatasetFile"/>'s shape.
    /// </summary>
    public async Task WriteAsync(Stream output, CancellationToken cancellationToken = default)
    {
        actor.Require(Roles.Analyst);
        var copies = (await db.SourceCopies.AsNoTracking().OrderBy(c => c.RetrievedAt).ThenBy(c => c.Id).ToListAsync(cancellationToken))
            .ToLookup(c => c.SourceId);

        var file = new StreamedDatasetFile
        {
            Countries = Entries(await db.Countries.IgnoreQueryFilters().AsNoTracking().OrderBy(c => c.Id).ToListAsync(cancellationToken), CountryDraft.From),
            Organisations = Entries(await db.Organisations.IgnoreQueryFilters().AsNoTracking().OrderBy(o => o.Id).ToListAsync(cancellationToken), OrganisationDraft.From),
            People = Entries(await db.People.IgnoreQueryFilters().AsNoTracking().Include(p => p.Roles).OrderBy(p => p.Id).ToListAsync(cancellationToken), PersonDraft.From),
            Sources = (await db.Sources.IgnoreQueryFilters().AsNoTracking().Include(s => s.Link).OrderBy(s => s.Id).ToListAsync(cancellationToken))
                .Select(s => new SourceEntry
                {
                    Id = s.Id, Slug = s.Slug, State = s.State, InternalNotes = s.InternalNotes, Deleted = s.DeletedAt != null,
                    Content = SourceDraft.From(s), ArchivedCopies = copies[s.Id].ToList(), Link = s.Link,
                }).ToList(),
            Records = RecordsAsync(cancellationToken),
        };
        await JsonSerializer.SerializeAsync(output, file, Json, cancellationToken);
    }

    private static List<DirectoryEntryOf<TDraft>> Entries<TEntity, TDraft>(List<TEntity> entities, Func<TEntity, TDraft> read)
        where TEntity : Entity
        where TDraft : new() =>
        entities.Select(e => new DirectoryEntryOf<TDraft>
        {
            Id = e.Id, Slug = e.Slug, State = e.State, InternalNotes = e.InternalNotes, Deleted = e.DeletedAt != null, Content = read(e),
        }).ToList();

    private async IAsyncEnumerable<RecordEntry> RecordsAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var last = Guid.Empty;
        while (true)
        {
            var records = await db.Records.IgnoreQueryFilters().AsNoTracking().Whole()
                .Where(r => r.Id.CompareTo(last) > 0)
                .OrderBy(r => r.Id)
                .Take(BatchSize)
                .ToListAsync(cancellationToken);
            if (records.Count == 0)
            {
                yield break;
            }

            last = records[^1].Id;
            var retracted = records.Where(r => r.State == PublicationState.Retracted).Select(r => r.Id).ToList();
            var retractionReasons = retracted.Count == 0
                ? []
                : (await db.Revisions.AsNoTracking()
                    .Where(r => retracted.Contains(r.EntityId) && r.Action == RevisionAction.Retracted)
                    .Select(r => new { r.EntityId, r.Number, r.Reason })
                    .ToListAsync(cancellationToken))
                .GroupBy(r => r.EntityId)
                .ToDictionary(g => g.Key, g => g.MaxBy(r => r.Number)!.Reason);

            foreach (var record in records)
            {
                yield return new RecordEntry
                {
                    Id = record.Id,
                    State = record.State,
                    Deleted = record.DeletedAt is not null,
                    Content = RecordContent.From(record),
                    PendingDraft = record.PendingDraftJson is { } pending ? JsonSerializer.Deserialize<RecordContent>(pending, SnapshotJson.Options) : null,
                    PendingState = record.PendingState,
                    RetractionReason = retractionReasons.GetValueOrDefault(record.Id),
                };
            }
        }
    }

    /// <summary><see cref="DatasetFile"/> as written: the same properties in the same order, records as they are read.</summary>
    private sealed class StreamedDatasetFile
    {
        public string Format { get; } = DatasetFile.FormatName;

        public int Version { get; } = DatasetFile.CurrentVersion;

        public required List<DirectoryEntryOf<CountryDraft>> Countries { get; init; }

        public required List<DirectoryEntryOf<OrganisationDraft>> Organisations { get; init; }

        public required List<DirectoryEntryOf<PersonDraft>> People { get; init; }

        public required List<SourceEntry> Sources { get; init; }

        public required IAsyncEnumerable<RecordEntry> Records { get; init; }
    }
}
