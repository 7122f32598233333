using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using PolicyTracker.Core.Common;
using PolicyTracker.Core.Data;
using PolicyTracker.Core.Dataset;
using PolicyTracker.Core.Editing;

namespace PolicyTracker.Core.SampleData;

/// <summary>
/// Loads the sourced sample data shipped inside this assembly through the dataset import, so it is checked by the
/// same rules, and written by the same path, as an editor's work. The file is a dataset file written by hand
/// (see its header): ids are given here, and "person:judith-collins" stands for that person's id. Entries are
/// matched by slug, so loading twice adds nothing the second time, and an entry an editor has since changed or
/// deleted is left alone.
/// </summary>
public sealed class SampleDataLoader(PolicyTrackerDbContext db, TimeProvider clock)
{
    /// <summary>The word a reference starts with, for each list of the file.</summary>
    private static readonly Dictionary<string, string> ReferencePrefix = new()
    {
        ["countries"] = "country", ["organisations"] = "organisation", ["people"] = "person", ["sources"] = "source", ["records"] = "record",
    };

    /// <summary>
    /// Adds every sample entry not yet in the database, and archives the source texts supplied beside the project
    /// (<see cref="SuppliedSourceTexts"/>); returns how many entities were added.
    /// </summary>
    public async Task<int> LoadAsync(CancellationToken cancellationToken = default)
    {
        await using var stream = typeof(SampleDataLoader).Assembly.GetManifestResourceStream("PolicyTracker.SampleData.json")
            ?? throw new InvalidOperationException("The sample data resource is missing from the build.");
        var added = await LoadAsync(stream, cancellationToken);
        await new SuppliedSourceTexts(db).ArchiveAsync(SuppliedSourceTexts.FindFolder(), cancellationToken);
        return added;
    }

    /// <summary>Adds the entries of a sample file not yet in the database; one problem anywhere and nothing is added.</summary>
    public async Task<int> LoadAsync(Stream json, CancellationToken cancellationToken = default)
    {
        var file = await ReadFileAsync(json, cancellationToken);
        RefuseRecordsRestingOnLowReliabilityOnly(file);
        var ids = await IdsInDatabaseAsync(cancellationToken);
        foreach (var (list, prefix) in ReferencePrefix)
        {
            var entries = file[list]!.AsArray();
            var inFile = new HashSet<string>(StringComparer.Ordinal);
            foreach (var entry in entries.ToList())
            {
                var reference = $"{prefix}:{SlugOf(list, entry!)}";
                if (!inFile.Add(reference))
                {
                    throw new InvalidDataException($"Sample data: \"{reference}\" is in the file twice; each address is used once.");
                }

                if (ids.ContainsKey(reference))
                {
                    entries.Remove(entry);
                    continue;
                }

                ids[reference] = Guid.CreateVersion7();
            }
        }

        await using var dataset = new MemoryStream(ToDataset(file, ids));
        var summary = await new DatasetImporter(db, new SystemActor("sample data"), clock, new EditingRules()).ImportFileAsync(dataset, cancellationToken);
        return summary.Countries + summary.Organisations + summary.People + summary.Sources + summary.Records;
    }

    /// <summary>
    /// The sample data's own rule, stricter than an editor's: a low-reliability source (the blog) may only stand beside
    /// a better one for the same fact, never alone.
    /// </summary>
    private static void RefuseRecordsRestingOnLowReliabilityOnly(JsonObject file)
    {
        var low = file["sources"]!.AsArray()
            .Where(s => s!["content"]?["reliability"]?.GetValue<string>() == nameof(Sources.Reliability.Low))
            .Select(s => $"source:{s!["slug"]!.GetValue<string>()}")
            .ToHashSet(StringComparer.Ordinal);
        foreach (var record in file["records"]!.AsArray())
        {
            var cited = (record!["citations"]?.AsArray() ?? []).Select(c => c!["sourceId"]?.GetValue<string>()).ToList();
            if (cited.Count > 0 && cited.All(source => source is not null && low.Contains(source)))
            {
                throw new InvalidDataException(
                    $"Sample data: \"{record["slug"]}\" rests only on low-reliability sources ({string.Join(", ", cited.Distinct())}); cite a better source for it too.");
            }
        }
    }

    private static async Task<JsonObject> ReadFileAsync(Stream stream, CancellationToken cancellationToken)
    {
        return (await JsonNode.ParseAsync(stream, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip }, cancellationToken: cancellationToken))
            ?.AsObject() ?? throw new InvalidDataException("The sample data file is empty.");
    }

    /// <summary>A directory entry's slug, or a record's (whose entries are its content).</summary>
    private static string SlugOf(string list, JsonNode entry) =>
        entry["slug"]?.GetValue<string>() ?? throw new InvalidDataException($"Sample data: an entry of \"{list}\" has no slug.");

    /// <summary>Every entity's id by reference ("source:rnz-nz-joins-pipir"), deleted ones included.</summary>
    private async Task<Dictionary<string, Guid>> IdsInDatabaseAsync(CancellationToken cancellationToken)
    {
        var ids = new Dictionary<string, Guid>(StringComparer.Ordinal);
        void Add(string prefix, IEnumerable<(string Slug, Guid Id)> entities)
        {
            foreach (var (slug, id) in entities)
            {
                ids[$"{prefix}:{slug}"] = id;
            }
        }

        Add("country", (await db.Countries.IgnoreQueryFilters().Select(e => new { e.Slug, e.Id }).ToListAsync(cancellationToken)).Select(e => (e.Slug, e.Id)));
        Add("organisation", (await db.Organisations.IgnoreQueryFilters().Select(e => new { e.Slug, e.Id }).ToListAsync(cancellationToken)).Select(e => (e.Slug, e.Id)));
        Add("person", (await db.People.IgnoreQueryFilters().Select(e => new { e.Slug, e.Id }).ToListAsync(cancellationToken)).Select(e => (e.Slug, e.Id)));
        Add("source", (await db.Sources.IgnoreQueryFilters().Select(e => new { e.Slug, e.Id }).ToListAsync(cancellationToken)).Select(e => (e.Slug, e.Id)));
        Add("record", (await db.Records.IgnoreQueryFilters().Select(e => new { e.Slug, e.Id }).ToListAsync(cancellationToken)).Select(e => (e.Slug, e.Id)));
        return ids;
    }

    /// <summary>The file as the dataset import reads it: ids given, references replaced by ids, everything published.</summary>
    private static byte[] ToDataset(JsonObject file, Dictionary<string, Guid> ids)
    {
        foreach (var list in ReferencePrefix.Keys.Where(list => list != "records"))
        {
            foreach (var entry in file[list]!.AsArray())
            {
                entry!["id"] = ids[$"{ReferencePrefix[list]}:{SlugOf(list, entry)}"];
                entry["state"] = nameof(PublicationState.Published);
            }
        }

        var records = new JsonArray();
        foreach (var content in file["records"]!.AsArray().ToList())
        {
            file["records"]!.AsArray().Remove(content);
            records.Add(new JsonObject
            {
                ["id"] = ids[$"record:{SlugOf("records", content!)}"],
                ["state"] = nameof(PublicationState.Published),
                ["content"] = content,
            });
        }

        file["records"] = records;
        file["format"] = DatasetFile.FormatName;
        file["version"] = DatasetFile.CurrentVersion;
        ReplaceReferences(file, ids);
        return JsonSerializer.SerializeToUtf8Bytes(file, DatasetExporter.Json);
    }

    /// <summary>Replaces every "kind:slug" string with that entity's id; one naming nothing stops the load, saying which.</summary>
    private static void ReplaceReferences(JsonNode node, Dictionary<string, Guid> ids)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, value) in obj.ToList())
                {
                    if (value is JsonValue text && Resolve(text, ids) is { } id)
                    {
                        obj[name] = id;
                    }
                    else if (value is not null)
                    {
                        ReplaceReferences(value, ids);
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    if (array[i] is JsonValue text && Resolve(text, ids) is { } id)
                    {
                        array[i] = id;
                    }
                    else if (array[i] is { } item)
                    {
                        ReplaceReferences(item, ids);
                    }
                }

                break;
        }
    }

    private static Guid? Resolve(JsonValue value, Dictionary<string, Guid> ids)
    {
        if (!value.TryGetValue<string>(out var text) || text.Contains(' ') || text.Split(':') is not [var prefix, _]
            || !ReferencePrefix.ContainsValue(prefix))
        {
            return null;
        }

        return ids.TryGetValue(text, out var id)
            ? id
            : throw new InvalidDataException($"Sample data: \"{text}\" names nothing in the file or the database.");
    }
}
