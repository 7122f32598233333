using System.Text.Json;
using PolicyTracker.Core.Common;
using PolicyTracker.Core.Editing;
using PolicyTracker.Core.People;
using PolicyTracker.Core.Records;
using PolicyTracker.Core.Sources;

namespace PolicyTracker.Core.Dataset;

/// <summary>The lists of a dataset file, in the order an import writes them: each names only entries of the lists before it, or records.</summary>
internal enum DatasetList
{
    Countries,
    Organisations,
    People,
    Sources,
    Records,
}

/// <summary>
/// What an import knows of a dataset file after one pass over it, without holding its content: every entry's id,
/// list, kind, state, address, name and place in the file, and which records each record links to. Enough to check
/// ids and addresses across the whole file, to find what an entry names before that entry is read again, and to
/// write the records in an order where every record comes after the ones it links to.
/// </summary>
internal sealed class DatasetIndex
{
    private static readonly Dictionary<string, DatasetList> ListsByName = new(StringComparer.OrdinalIgnoreCase)
    {
        ["countries"] = DatasetList.Countries, ["organisations"] = DatasetList.Organisations, ["people"] = DatasetList.People,
        ["sources"] = DatasetList.Sources, ["records"] = DatasetList.Records,
    };

    private readonly List<Entry> entries = [];

    private readonly Dictionary<Guid, Entry> byId = [];

    private ILookup<string, Entry> recordAddresses = Array.Empty<Entry>().ToLookup(e => e.Slug);

    private DatasetIndex(long start) => Start = start;

    /// <summary>One entry of the file; <see cref="Links"/> are the ids a record's content names (not its pending change's).</summary>
    public sealed record Entry(
        DatasetList List, int Index, Guid Id, long Offset, int Length, string Slug, string Label, PublicationState State, RecordKind? Kind,
        string? Url, IReadOnlyList<Guid> Links)
    {
        /// <summary>How problems name the entry: "Record 0195…".</summary>
        public string Name => $"{char.ToUpperInvariant(Noun(List)[0])}{Noun(List)[1..]} {Id}";
    }

    /// <summary>Entries read and written together, all of one list.</summary>
    public sealed record Chunk(DatasetList List, IReadOnlyList<Entry> Entries);

    /// <summary>Where the file began in the stream it was read from.</summary>
    public long Start { get; }

    public IReadOnlyList<Entry> All => entries;

    public Entry? Find(Guid id) => byId.GetValueOrDefault(id);

    /// <summary>The records of the file at <paramref name="address"/>.</summary>
    public IEnumerable<Entry> RecordsAt(string address) => recordAddresses[address];

    public ImportSummary Summary() => new(
        Count(DatasetList.Countries), Count(DatasetList.Organisations), Count(DatasetList.People), Count(DatasetList.Sources), Count(DatasetList.Records));

    /// <summary>
    /// Reads the whole file once. A file that is not JSON, or not a dataset, is refused at once; problems with single
    /// entries (an entry that does not read as its list's kind, an id or an address used twice) are added to <paramref name="problems"/>.
    /// </summary>
    public static async Task<DatasetIndex> ReadAsync(Stream file, ValidationProblems problems, CancellationToken cancellationToken)
    {
        var index = new DatasetIndex(file.Position);
        try
        {
            await foreach (var raw in DatasetReader.ReadAsync(file, cancellationToken))
            {
                index.Add(raw, problems);
            }
        }
        catch (JsonException invalid)
        {
            throw Refused($"The file is not a PolicyTracker dataset: {invalid.Message}");
        }

        index.recordAddresses = index.entries.Where(e => e.List == DatasetList.Records).ToLookup(e => e.Slug, StringComparer.Ordinal);
        index.CheckRepeats(problems);
        return index;
    }

    /// <summary>Reads an entry again from the file, as its list's kind.</summary>
    public async Task<T> ReadAsync<T>(Stream file, Entry entry, CancellationToken cancellationToken) =>
        Deserialize<T>(await DatasetReader.ReadAtAsync(file, Start + entry.Offset, entry.Length, cancellationToken))!;

    /// <summary>
    /// The entries in the order they are written: the directory lists in turn, then the records with each after the
    /// records it links to. Records that link to one another in a ring are kept in one chunk, saved together.
    /// </summary>
    public IEnumerable<Chunk> Chunks(int size)
    {
        foreach (var list in Enum.GetValues<DatasetList>().Where(l => l != DatasetList.Records))
        {
            foreach (var chunk in entries.Where(e => e.List == list).Chunk(size))
            {
                yield return new Chunk(list, chunk);
            }
        }

        var current = new List<Entry>();
        foreach (var ring in RecordsInLinkOrder())
        {
            current.AddRange(ring);
            if (current.Count >= size)
            {
                yield return new Chunk(DatasetList.Records, current);
                current = [];
            }
        }

        if (current.Count > 0)
        {
            yield return new Chunk(DatasetList.Records, current);
        }
    }

    private int Count(DatasetList list) => entries.Count(e => e.List == list);

    private void Add(RawEntry raw, ValidationProblems problems)
    {
        if (!ListsByName.TryGetValue(raw.List, out var list))
        {
            CheckHeader(raw);
            return;
        }

        if (raw.Index is not { } position)
        {
            problems.Add("File", $"\"{raw.List}\" must be a list.");
            return;
        }

        var where = $"{raw.List}[{position}]";
        try
        {
            if (Read(list, raw, position) is { } entry)
            {
                entries.Add(entry);
                byId.TryAdd(entry.Id, entry);
            }
            else
            {
                problems.Add(where, "An entry is empty.");
            }
        }
        catch (JsonException invalid)
        {
            problems.Add(where, invalid.Message);
        }
    }

    private static Entry? Read(DatasetList list, RawEntry raw, int position)
    {
        Entry Directory(EntryBase entry, string label, string? url = null) =>
            new(list, position, entry.Id, raw.Offset, raw.Json.Length, entry.Slug, label, entry.State, null, url, []);

        return list switch
        {
            DatasetList.Countries => Deserialize<DirectoryEntryOf<CountryDraft>>(raw.Json) is { } country ? Directory(country, country.Content.DisplayName) : null,
            DatasetList.Organisations => Deserialize<DirectoryEntryOf<OrganisationDraft>>(raw.Json) is { } organisation
                ? Directory(organisation, organisation.Content.DisplayName)
                : null,
            DatasetList.People => Deserialize<DirectoryEntryOf<PersonDraft>>(raw.Json) is { } person ? Directory(person, person.Content.DisplayName) : null,
            DatasetList.Sources => Deserialize<SourceEntry>(raw.Json) is { } source ? Directory(source, source.Content.Title, source.Content.Url) : null,
            _ => Deserialize<RecordEntry>(raw.Json) is { } record
                ? new(list, position, record.Id, raw.Offset, raw.Json.Length, record.Content.Address, record.Content.Title, record.State, record.Content.Kind,
                    null, record.Content.AgreementIds.Concat(record.Content.Fields.References.Select(r => r.Id)).Distinct().ToList())
                : null,
        };
    }

    /// <summary>"format" and "version" may be left out; given, they must name this kind of file.</summary>
    private static void CheckHeader(RawEntry raw)
    {
        var format = string.Equals(raw.List, "format", StringComparison.OrdinalIgnoreCase);
        if (!format && !string.Equals(raw.List, "version", StringComparison.OrdinalIgnoreCase))
        {
            return; // unknown properties are ignored, as the serializer ignores them
        }

        var fits = format
            ? Deserialize<string>(raw.Json) == DatasetFile.FormatName
            : Deserialize<JsonElement>(raw.Json) is { ValueKind: JsonValueKind.Number } number && number.TryGetInt32(out var version) && version == DatasetFile.CurrentVersion;
        if (!fits)
        {
            throw Refused($"The file is not a version {DatasetFile.CurrentVersion} PolicyTracker dataset (its \"format\" must be \"{DatasetFile.FormatName}\").");
        }
    }

    /// <summary>Every id once in the file; every address once in its list (records are checked with their content).</summary>
    private void CheckRepeats(ValidationProblems problems)
    {
        foreach (var repeated in entries.GroupBy(e => e.Id).Where(g => g.Count() > 1).Take(DatasetImporter.MaxProblemsReported))
        {
            problems.Add("Ids", $"The id {repeated.Key} appears more than once in the file.");
        }

        foreach (var twice in entries.Where(e => e.List != DatasetList.Records).GroupBy(e => (e.List, e.Slug)).Where(g => g.Count() > 1)
                     .Take(DatasetImporter.MaxProblemsReported))
        {
            problems.Add("Slugs", $"The {Noun(twice.Key.List)} address \"{twice.Key.Slug}\" appears more than once in the file.");
        }
    }

    public static string Noun(DatasetList list) => list switch
    {
        DatasetList.Countries => "country",
        DatasetList.Organisations => "organisation",
        DatasetList.People => "person",
        DatasetList.Sources => "source",
        _ => "record",
    };

    /// <summary>
    /// Records ordered so that each comes after every record of the file it links to, by Tarjan's algorithm: it gives
    /// the strongly connected groups (records linked in a ring, usually one record alone) each after the groups it reaches.
    /// </summary>
    private IEnumerable<IReadOnlyList<Entry>> RecordsInLinkOrder()
    {
        var records = entries.Where(e => e.List == DatasetList.Records).DistinctBy(e => e.Id).ToList();
        var position = records.Select((r, i) => (r.Id, i)).ToDictionary(p => p.Id, p => p.i);
        var links = records.Select(r => r.Links.Where(position.ContainsKey).Select(id => position[id]).ToArray()).ToArray();
        var order = Enumerable.Repeat(-1, records.Count).ToArray();
        var low = new int[records.Count];
        var onStack = new bool[records.Count];
        var stack = new Stack<int>();
        var work = new Stack<(int Record, int NextLink)>();
        var visited = 0;
        for (var root = 0; root < records.Count; root++)
        {
            if (order[root] >= 0)
            {
                continue;
            }

            work.Push((root, 0));
            while (work.Count > 0)
            {
                var (record, next) = work.Pop();
                if (next == 0)
                {
                    order[record] = low[record] = visited++;
                    stack.Push(record);
                    onStack[record] = true;
                }
                else
                {
                    // Back from the record linked at next - 1.
                    low[record] = Math.Min(low[record], low[links[record][next - 1]]);
                }

                var descended = false;
                while (next < links[record].Length)
                {
                    var linked = links[record][next++];
                    if (order[linked] < 0)
                    {
                        work.Push((record, next));
                        work.Push((linked, 0));
                        descended = true;
                        break;
                    }

                    if (onStack[linked])
                    {
                        low[record] = Math.Min(low[record], order[linked]);
                    }
                }

                if (descended || low[record] != order[record])
                {
                    continue;
                }

                var ring = new List<Entry>();
                int member;
                do
                {
                    member = stack.Pop();
                    onStack[member] = false;
                    ring.Add(records[member]);
                }
                while (member != record);

                yield return ring;
            }
        }
    }

    private static T? Deserialize<T>(byte[] json) => JsonSerializer.Deserialize<T>(json, DatasetExporter.Json);

    private static ValidationException Refused(string message) => new("The import", [new ValidationProblem("File", message)]);
}
