using System.Runtime.CompilerServices;
using System.Text.Json;

namespace PolicyTracker.Core.Dataset;

/// <summary>One value of a dataset file: an element of a top-level list (with its place in the list), or a top-level property's value; where it lies in the file.</summary>
internal sealed record RawEntry(string List, int? Index, long Offset, byte[] Json);

/// <summary>
/// Reads a dataset file one entry at a time, so that an import holds one entry in memory, never the whole file.
/// The file is one JSON object; each list in it ("records": [...]) gives one <see cref="RawEntry"/> per element,
/// and each other property ("format": "...") one for its value. The bytes of each entry are kept with their
/// place in the file, so that a later pass can read an entry again by seeking to it.
/// </summary>
internal static class DatasetReader
{
    private const int FirstBufferSize = 64 * 1024;

    public static async IAsyncEnumerable<RawEntry> ReadAsync(Stream stream, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var buffer = new byte[FirstBufferSize];
        var filled = 0;
        long bufferOffset = 0;
        var position = new Position();
        var found = new List<RawEntry>();
        while (true)
        {
            var read = await stream.ReadAsync(buffer.AsMemory(filled), cancellationToken);
            filled += read;
            var final = read == 0;
            var consumed = Parse(buffer.AsSpan(0, filled), final, bufferOffset, position, found);
            foreach (var entry in found)
            {
                yield return entry;
            }

            found.Clear();
            Buffer.BlockCopy(buffer, consumed, buffer, 0, filled - consumed);
            filled -= consumed;
            bufferOffset += consumed;
            if (final)
            {
                if (position.Where != Part.End)
                {
                    throw new JsonException("The file ends before its closing brace.");
                }

                yield break;
            }

            if (filled == buffer.Length)
            {
                // One entry larger than the buffer: make room for all of it.
                Array.Resize(ref buffer, buffer.Length * 2);
            }
        }
    }

    /// <summary>Reads again the entry that lies at <paramref name="offset"/>, as the first pass found it.</summary>
    public static async Task<byte[]> ReadAtAsync(Stream stream, long offset, int length, CancellationToken cancellationToken)
    {
        var bytes = new byte[length];
        stream.Seek(offset, SeekOrigin.Begin);
        await stream.ReadExactlyAsync(bytes, cancellationToken);
        return bytes;
    }

    /// <summary>
    /// Reads every whole entry in <paramref name="span"/> into <paramref name="found"/> and returns how many bytes it
    /// took; an entry cut off by the end of the span is left for the next call, with the reader's state before it.
    /// </summary>
    private static int Parse(ReadOnlySpan<byte> span, bool final, long spanOffset, Position position, List<RawEntry> found)
    {
        var reader = new Utf8JsonReader(span, final, position.State);
        var consumed = 0;
        while (reader.Read())
        {
            switch (position.Where)
            {
                case Part.Start when reader.TokenType == JsonTokenType.StartObject:
                    position.Where = Part.Properties;
                    break;
                case Part.Start:
                    throw new JsonException("A dataset file is one JSON object.");
                case Part.Properties when reader.TokenType == JsonTokenType.EndObject:
                    position.Where = Part.End;
                    break;
                case Part.Properties:
                    position.List = reader.GetString()!;
                    position.Where = Part.Value;
                    break;
                case Part.Value when reader.TokenType == JsonTokenType.StartArray:
                    (position.Where, position.Index) = (Part.Elements, 0);
                    break;
                case Part.Elements when reader.TokenType == JsonTokenType.EndArray:
                    position.Where = Part.Properties;
                    break;
                case Part.Value or Part.Elements:
                    var start = reader.TokenStartIndex;
                    var whole = reader;
                    if (!whole.TrySkip())
                    {
                        return consumed; // the rest of this value is in the next block
                    }

                    reader = whole;
                    var json = span[(int)start..(int)reader.BytesConsumed].ToArray();
                    found.Add(new RawEntry(position.List, position.Where == Part.Elements ? position.Index++ : null, spanOffset + start, json));
                    if (position.Where == Part.Value)
                    {
                        position.Where = Part.Properties;
                    }

                    break;
            }

            consumed = (int)reader.BytesConsumed;
            position.State = reader.CurrentState;
        }

        return consumed;
    }

    private enum Part
    {
        Start,
        Properties,
        Value,
        Elements,
        End,
    }

    /// <summary>Where the reading stands between two blocks of the file.</summary>
    private sealed class Position
    {
        public JsonReaderState State { get; set; }

        public Part Where { get; set; }

        public string List { get; set; } = "";

        public int Index { get; set; }
    }
}
