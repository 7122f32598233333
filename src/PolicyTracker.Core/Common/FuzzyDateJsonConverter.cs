using System.Text.Json;
using System.Text.Json.Serialization;

namespace PolicyTracker.Core.Common;

/// <summary>
/// A fuzzy date in JSON: its reader-facing text plus the machine-readable bounds and precision, e.g.
/// {"text":"June 2024 (approx.)","start":"2024-06-01","end":"2024-06-30","precision":"Month","approximate":true}.
/// Reading needs only "text", so exports can be imported again.
/// </summary>
public sealed class FuzzyDateJsonConverter : JsonConverter<FuzzyDate>
{
    public override FuzzyDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        var text = document.RootElement.ValueKind == JsonValueKind.String
            ? document.RootElement.GetString()
            : document.RootElement.TryGetProperty("text", out var value) ? value.GetString() : null;
        return FuzzyDate.TryParse(text, out var date, out var error) ? date : throw new JsonException(error);
    }

    public override void Write(Utf8JsonWriter writer, FuzzyDate value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("text", value.ToString());
        if (value.Start is { } start)
        {
            writer.WriteString("start", start.ToString("yyyy-MM-dd"));
            writer.WriteString("end", value.End!.Value.ToString("yyyy-MM-dd"));
        }

        writer.WriteString("precision", value.Precision.ToString());
        writer.WriteBoolean("approximate", value.Approximate);
        writer.WriteEndObject();
    }
}
