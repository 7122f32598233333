using Microsoft.EntityFrameworkCore;
using System.Text.Json;
using System.Text.Json.Nodes;
using PolicyTracker.Core.Data;
using PolicyTracker.Core.Dataset;
using PolicyTracker.Core.History;
using PolicyTracker.Core.Records;
using PolicyTracker.Core.Search;
using PolicyTracker.Tests.Infrastructure;

namespace PolicyTracker.Tests.Records;

/// <summary>
/// Every field of every kind, filled with a value no other field holds, through every path a record takes: saved by
/// the editor and opened again, published, read as the history's comparison, found by search, exported and imported
/// into a fresh database. A field dropped from any path (the fields' Read or Apply, the mapping, the export, the
/// import, the comparison, search's declaration) fails it, naming the field.
/// </summary>
public class KindRoundTripTests : IAsyncLifetime
{
    private TestDatabase source = null!;
    private TestDatabase target = null!;

    public async Task InitializeAsync()
    {
        source = await TestDatabase.WithSampleDataAsync(DatabaseProvider.Postgres, "kind-round-trip");
        target = await TestDatabase.MigratedAsync(DatabaseProvider.Postgres, "kind-round-trip-target");
    }

    public async Task DisposeAsync()
    {
        await source.DisposeAsync();
        await target.DisposeAsync();
    }

    [Fact]
    public async Task Every_field_of_every_kind_survives_the_editor_history_search_export_and_import()
    {
        var filled = new List<(RecordKind Kind, Guid Id, DistinctiveContent Content)>();
        var failures = new List<string>();
        foreach (var (kind, variant) in RecordKinds.All.SelectMany(k => Enumerable.Range(0, DistinctiveContent.VariantsOf(k.Kind)).Select(v => (k.Kind, v))))
        {
            await using var session = source.Edit();
            var content = await DistinctiveContent.ForAsync(kind, session.Db, variant);
            var id = await session.Editor.PublishNewAsync(content.Content);
            filled.Add((kind, id, content));

            var opened = await session.Editor.OpenAsync(id);
            failures.AddRange(Differences(content.Content, opened.Draft).Select(d => $"{kind}, opened in the editor: {d}"));

            var comparison = await ReadableComparison.LoadAsync(session.Db, forPublic: false);
            var shown = string.Join("\n", comparison.Compare(null, opened.Draft).Select(c => $"{c.Field}: {string.Join(" | ", c.After)}"));
            failures.AddRange(content.Values.Where(v => !shown.Contains(v.Readable, StringComparison.Ordinal))
                .Select(v => $"{kind}, the history's comparison: {v.Path} (\"{v.Readable}\") is not shown"));

            // Search reads columns of the entity; each declared one must hold the word of the field stored in it.
            var stored = await session.Db.Records.SingleAsync(r => r.Id == id);
            foreach (var field in new[] { nameof(TrackedRecord.Title), nameof(TrackedRecord.Summary) }.Concat(RecordKinds.Of(kind).SearchableText))
            {
                var text = (string?)stored.GetType().GetProperty(field)!.GetValue(stored);
                var word = content.Words.Values.FirstOrDefault(w => text?.Contains(w, StringComparison.Ordinal) == true);
                if (word is null)
                {
                    failures.Add($"{kind}: the searchable {field} holds \"{text}\", no filled field's word");
                    continue;
                }

                var hits = await new SearchQueries(session.Db).SearchAsync(word);
                if (!hits.Hits.Any(h => h.Slug == content.Content.Slug))
                {
                    failures.Add($"{kind}: searching {field}'s word \"{word}\" does not find the record");
                }
            }
        }

        // Each field filled in at least one of its kind's records (the rest of a group of alternatives stays empty).
        foreach (var kind in filled.GroupBy(f => f.Kind))
        {
            var emptyInAll = kind.Select(f => Unfilled(f.Content.Content)).Aggregate((a, b) => [.. a.Intersect(b)]);
            failures.AddRange(emptyInAll.Select(path => $"{kind.Key}: {path} was left empty by the filler"));
        }

        await target.ImportDatasetAsync(await source.ExportDatasetAsync());
        await using (var imported = target.Edit())
        {
            foreach (var (kind, id, content) in filled)
            {
                var opened = await imported.Editor.OpenAsync(id);
                failures.AddRange(Differences(content.Content, opened.Draft).Select(d => $"{kind}, exported and imported: {d}"));
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task Dropping_a_field_from_the_content_read_back_is_named()
    {
        await using var session = source.Edit();
        var content = await DistinctiveContent.ForAsync(RecordKind.Meeting, session.Db);
        var copy = JsonSerializer.Deserialize<RecordContent>(JsonSerializer.Serialize(content.Content, DatasetExporter.Json), DatasetExporter.Json)!;
        copy.FieldsOf<Core.Meetings.MeetingFields>().Host = null;

        Assert.Equal(["MeetingFields.host: \"rtmeetingahost\" became null"], Differences(content.Content, copy));
        Assert.Contains("RecordContent.date", Unfilled(RecordContent.Empty(RecordKind.Meeting)));
    }

    /// <summary>Field by field, parts' own ids aside (a part is new until saved, and the import keeps what it is given).</summary>
    private static List<string> Differences(RecordContent expected, RecordContent actual)
    {
        var differences = new List<string>();
        Compare(Json(expected), Json(actual), "", differences);
        return differences;
    }

    private static void Compare(JsonNode? expected, JsonNode? actual, string path, List<string> differences)
    {
        if (expected is JsonObject left && actual is JsonObject right)
        {
            foreach (var (name, value) in left.Where(p => p.Key != "id"))
            {
                Compare(value, right[name], Join(path, name), differences);
            }
        }
        else if (expected is JsonArray items && actual is JsonArray others && items.Count == others.Count)
        {
            for (var i = 0; i < items.Count; i++)
            {
                Compare(items[i], others[i], $"{path}[{i}]", differences);
            }
        }
        else if (!JsonNode.DeepEquals(expected, actual))
        {
            differences.Add($"{path}: {expected?.ToJsonString() ?? "null"} became {actual?.ToJsonString() ?? "null"}");
        }
    }

    /// <summary>Leaves of the content still as a new record has them (null, empty, false, zero): the filler missed them.</summary>
    private static List<string> Unfilled(RecordContent content)
    {
        var empty = new List<string>();
        void Walk(JsonNode? node, string path)
        {
            switch (node)
            {
                case JsonObject date when date.ContainsKey("precision"):
                    if (!date.ContainsKey("start"))
                    {
                        empty.Add(path);
                    }

                    break;
                case JsonObject fields:
                    foreach (var (name, value) in fields.Where(p => p.Key is not ("id" or "kind" or "proposedNote" or "proposedChangeKind")))
                    {
                        Walk(value, Join(path, name));
                    }

                    break;
                case JsonArray { Count: 0 }:
                    empty.Add(path);
                    break;
                case JsonArray items:
                    foreach (var item in items)
                    {
                        Walk(item, $"{path}[]");
                    }

                    break;
                case null:
                    empty.Add(path);
                    break;
                case JsonValue value when value.ToJsonString() is "\"\"" or "false" or "0":
                    empty.Add(path);
                    break;
            }
        }

        Walk(Json(content), "");
        return empty;
    }

    // The stored form is flat; here the kind's fields are named by their class, as the filler names them.
    private static JsonNode Json(RecordContent content) => new JsonObject
    {
        ["RecordContent"] = JsonSerializer.SerializeToNode((SharedContent)content, DatasetExporter.Json),
        [content.Fields.GetType().Name] = JsonSerializer.SerializeToNode(content.Fields, content.Fields.GetType(), DatasetExporter.Json),
    };

    private static string Join(string path, string name) => path.Length == 0 ? name : $"{path}.{name}";
}
