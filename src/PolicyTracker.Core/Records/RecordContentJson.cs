using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using PolicyTracker.Core.Common;

namespace PolicyTracker.Core.Records;

/// <summary>
/// Stores <see cref="RecordContent"/> as one flat object: the shared properties, then the kind's own fields beside
/// them, as pending drafts, revisions and dataset files have held it from the start. Reading picks the fields class
/// from "Kind" and ignores properties that belong to other kinds, so content written when every kind's fields sat
/// in one class reads unchanged (pinned by the golden files in the tests).
/// </summary>
internal sealed class RecordContentJson : JsonConverter<RecordContent>
{
    public override RecordContent Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        var shared = document.RootElement.Deserialize<Shared>(options) ?? throw new JsonException("Record content is empty.");
        if (!Enum.IsDefined(shared.Kind))
        {
            throw new JsonException($"\"{shared.Kind}\" is not a kind of record.");
        }

        var kind = RecordKinds.Of(shared.Kind);
        var content = new RecordContent
        {
            Kind = shared.Kind,
            Fields = (RecordFields?)document.RootElement.Deserialize(kind.FieldsType, options)
                ?? throw new JsonException($"The {kind.Noun}'s own fields are missing."),
        };
        foreach (var property in SharedProperties)
        {
            property.SetValue(content, property.GetValue(shared));
        }

        if (document.RootElement.TryGetProperty(Name(nameof(RecordContent.ProposedNote), options), out var note) && note.ValueKind == JsonValueKind.String)
        {
            content.ProposedNote = note.GetString();
            content.ProposedChangeKind = document.RootElement.TryGetProperty(Name(nameof(RecordContent.ProposedChangeKind), options), out var kindOfChange)
                ? kindOfChange.Deserialize<History.PublicChangeKind>(options)
                : default;
        }

        return content;
    }

    public override void Write(Utf8JsonWriter writer, RecordContent value, JsonSerializerOptions options)
    {
        var flat = JsonSerializer.SerializeToNode(value, typeof(SharedContent), options)!.AsObject();
        foreach (var (name, field) in JsonSerializer.SerializeToNode(value.Fields, value.Fields.GetType(), options)!.AsObject().ToList())
        {
            flat[name] = field?.DeepClone();
        }

        // Only a pending change carries a proposed note; content without one is written exactly as before.
        if (value.ProposedNote is not null)
        {
            flat[Name(nameof(RecordContent.ProposedNote), options)] = value.ProposedNote;
            flat[Name(nameof(RecordContent.ProposedChangeKind), options)] = JsonSerializer.SerializeToNode(value.ProposedChangeKind, options);
        }

        flat.WriteTo(writer, options);
    }

    private static string Name(string property, JsonSerializerOptions options) => options.PropertyNamingPolicy?.ConvertName(property) ?? property;

    private static readonly System.Reflection.PropertyInfo[] SharedProperties =
        typeof(SharedContent).GetProperties().Where(p => p.Name != nameof(SharedContent.Kind)).ToArray();

    /// <summary>The shared part on its own, to read into.</summary>
    private sealed class Shared : SharedContent;
}
