using System.IO.Pipelines;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using PolicyTracker.Core.Common;
using PolicyTracker.Core.Data;
using PolicyTracker.Core.Dataset;
using PolicyTracker.Core.History;
using PolicyTracker.Core.Publication;
using PolicyTracker.Core.Records;
using PolicyTracker.Core.Sources;
using PolicyTracker.Tests.Infrastructure;

namespace PolicyTracker.Tests.Dataset;

/// <summary>
/// The import reads its file as a stream and saves it in chunks inside one transaction: records linked to records
/// later in the file, or to each other in a ring, still import; a problem in a late chunk undoes the chunks saved
/// before it; the public cache hears of the import once, after it commits.
/// </summary>
public class StreamingImportTests : IAsyncLifetime
{
    private const int ChunkSize = 3;

    private TestDatabase source = null!;
    private TestDatabase target = null!;

    public async Task InitializeAsync()
    {
        source = await TestDatabase.WithSampleDataAsync(DatabaseProvider.Postgres, "stream-source");
        target = await TestDatabase.MigratedAsync(DatabaseProvider.Postgres, "stream-target");
    }

    public async Task DisposeAsync()
    {
        await source.DisposeAsync();
        await target.DisposeAsync();
    }

    [Fact]
    public async Task An_upload_imported_in_small_chunks_round_trips_with_records_in_any_order()
    {
        var ring = await AddTwoAgreementsRelatedToEachOtherAsync();
        var exported = await source.ExportDatasetAsync();
        var dataset = JsonSerializer.Deserialize<DatasetFile>(exported, DatasetExporter.Json)!;
        // Reversed, records name records that come after them in the file.
        dataset.Records.Reverse();
        Assert.True(NamesARecordLaterInTheFile(dataset));
        var json = JsonSerializer.Serialize(dataset, DatasetExporter.Json);
        Assert.Contains(dataset.Records, r => JsonSerializer.SerializeToUtf8Bytes(r, DatasetExporter.Json).Length > 64 * 1024);
        var saves = new SaveWatcher();
        var cache = new RecordingPublicContentCache();

        var summary = await ImportAsync(target, json, cache, saves);

        Assert.Equal(exported, await target.ExportDatasetAsync());
        Assert.Equal(dataset.Records.Count, summary.Records);
        // Saved a chunk at a time; a chunk closes at the chunk size, so the two agreements in a ring add one at most.
        Assert.True(saves.RecordsPerSave.Count(n => n > 0) >= dataset.Records.Count / ChunkSize);
        Assert.All(saves.RecordsPerSave, n => Assert.InRange(n, 0, ChunkSize - 1 + ring.Count));
        // Sources and people were added, whose names many pages show: everything, once, after the commit.
        Assert.Equal([PublicContentTags.Everything], Assert.Single(cache.Evictions));
    }

    [Fact]
    public async Task A_problem_in_the_last_chunk_undoes_every_chunk_saved_before_it_and_evicts_nothing()
    {
        var exported = await source.ExportDatasetAsync();
        var dataset = JsonSerializer.Deserialize<DatasetFile>(exported, DatasetExporter.Json)!;
        // A record that nothing names, put last in the file, is written last.
        var spoiled = dataset.Records.First(r => r.Content.Kind == RecordKind.Event && exported.Split(r.Id.ToString()).Length == 2);
        dataset.Records.Remove(spoiled);
        dataset.Records.Add(spoiled);
        spoiled.Content.Title = "<script>alert(1)</script>";
        var saves = new SaveWatcher();
        var cache = new RecordingPublicContentCache();

        var error = await Assert.ThrowsAsync<ValidationException>(() => ImportAsync(target, JsonSerializer.Serialize(dataset, DatasetExporter.Json), cache, saves));

        Assert.Contains(error.Problems, p => p.Field.StartsWith($"Record {spoiled.Id}", StringComparison.Ordinal));
        Assert.True(saves.RecordsPerSave.Count(n => n > 0) >= 2, "chunks of records were saved before the problem was found");
        await using var db = target.CreateContext();
        Assert.Equal(0, await db.Records.IgnoreQueryFilters().CountAsync());
        Assert.Equal(0, await db.Sources.IgnoreQueryFilters().CountAsync());
        Assert.Equal(0, await db.Revisions.CountAsync());
        Assert.Empty(cache.Evictions);
    }

    /// <summary>
    /// Two draft agreements, each related to the other, neither written before the other can be; the first also cites
    /// the same source 700 times, so that its entry in the file is larger than the importer's first read of the file.
    /// </summary>
    private async Task<IReadOnlyList<Guid>> AddTwoAgreementsRelatedToEachOtherAsync()
    {
        await using var session = source.Edit();
        var cited = await session.Db.Sources.OrderBy(s => s.Id).Select(s => s.Id).FirstAsync();
        var first = RecordContent.Empty(RecordKind.Agreement);
        first.Title = "A first agreement in a ring";
        first.Citations.AddRange(Enumerable.Range(1, 700).Select(i => new CitationDraft { SourceId = cited, Pinpoint = $"paragraph {i} of a long report, cited one paragraph at a time", PinpointKind = PinpointKind.Paraphrase }));
        var firstId = await session.Editor.CreateAsync(first);
        var second = RecordContent.Empty(RecordKind.Agreement);
        second.Title = "A second agreement in a ring";
        second.AgreementIds.Add(firstId);
        var secondId = await session.Editor.CreateAsync(second);
        var opened = await session.Editor.OpenAsync(firstId);
        opened.Draft.AgreementIds.Add(secondId);
        await session.Editor.SaveAsync(firstId, opened.Version, opened.Draft);
        return [firstId, secondId];
    }

    private static bool NamesARecordLaterInTheFile(DatasetFile dataset)
    {
        var entries = dataset.Records.Select(r => (r.Id, Json: JsonSerializer.Serialize(r.Content, DatasetExporter.Json))).ToList();
        return entries.Select((entry, i) => entries.Skip(i + 1).Any(later => entry.Json.Contains(later.Id.ToString(), StringComparison.Ordinal))).Any(found => found);
    }

    /// <summary>Imports <paramref name="json"/> from a stream that cannot seek, as a browser upload is.</summary>
    private static async Task<ImportSummary> ImportAsync(TestDatabase database, string json, RecordingPublicContentCache cache, SaveWatcher saves)
    {
        var importer = TestActor.Editor("importer@example.org");
        await using var db = database.CreateContext(new RevisionJournal(importer, TimeProvider.System), cache, saves);
        await using var upload = PipeReader.Create(new MemoryStream(Encoding.UTF8.GetBytes(json))).AsStream();
        Assert.False(upload.CanSeek);
        return await new DatasetImporter(db, importer, TimeProvider.System, new Core.Editing.EditingRules { RequireSecondApprover = false }) { ChunkSize = ChunkSize }.ImportAsync(upload);
    }

    /// <summary>How many records each save adds.</summary>
    private sealed class SaveWatcher : SaveChangesInterceptor
    {
        public List<int> RecordsPerSave { get; } = [];

        public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
            DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            RecordsPerSave.Add(eventData.Context!.ChangeTracker.Entries<TrackedRecord>().Count(e => e.State == EntityState.Added));
            return ValueTask.FromResult(result);
        }
    }
}
