using System.Text.Json;
using System.Text.Json.Nodes;
using PolicyTracker.Web.Components.Shared;

namespace PolicyTracker.Web.OpenData;

/// <summary>
/// A release's <c>datapackage.json</c>: a Frictionless Data Package (v1) describing each file, with a Table Schema for
/// each CSV, its size and its SHA-256, and the licence. The licence is Creative Commons Attribution 4.0: the records
/// are the tracker's own summaries of public sources, free to reuse, and attribution keeps each reuse traceable to the
/// record and its sources. The short quotations in them stay their authors'.
/// </summary>
public static class DataPackage
{
    public const string FileName = "datapackage.json";

    // A file, not HTML: apostrophes and non-ASCII letters are written as they are.
    public static readonly JsonSerializerOptions Json = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>One file of the package: its name, media type and bytes, and for a table its columns.</summary>
    public sealed record PackagedFile(string Name, string MediaType, byte[] Content, string Description, IReadOnlyList<CsvColumn>? Columns = null)
    {
        public string Sha256 => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Content));
    }

    public static byte[] Describe(DateOnly day, DateTime madeAt, Uri home, IEnumerable<PackagedFile> files)
    {
        var descriptor = new JsonObject
        {
            ["profile"] = "data-package",
            ["name"] = $"policytracker-{day:yyyy-MM-dd}",
            ["title"] = $"PolicyTracker: New Zealand's defence-industrial commitments, release of {day:d MMMM yyyy}",
            ["description"] = "The public record of what New Zealand has signed up to in the US-led integration of allied defence industries, each record with its sources, as it stood on the day of the release.",
            ["version"] = day.ToString("yyyy-MM-dd"),
            ["created"] = madeAt.ToString("yyyy-MM-ddTHH:mm:ssZ"),
            ["homepage"] = home.ToString(),
            ["licenses"] = new JsonArray(new JsonObject
            {
                ["name"] = "CC-BY-4.0",
                ["path"] = "https://creativecommons.org/licenses/by/4.0/",
                ["title"] = "Creative Commons Attribution 4.0",
            }),
            ["resources"] = new JsonArray(files.Select(Resource).ToArray()),
        };
        return JsonSerializer.SerializeToUtf8Bytes(descriptor, Json);
    }

    private static JsonNode Resource(PackagedFile file)
    {
        var resource = new JsonObject
        {
            ["name"] = Path.GetFileNameWithoutExtension(file.Name) + (file.Columns is null ? "-" + Path.GetExtension(file.Name).TrimStart('.') : ""),
            ["path"] = file.Name,
            ["title"] = file.Description,
            ["format"] = Path.GetExtension(file.Name).TrimStart('.'),
            ["mediatype"] = file.MediaType,
            ["encoding"] = "utf-8",
            ["bytes"] = file.Content.Length,
            ["hash"] = $"sha256:{file.Sha256}",
        };
        if (file.Columns is { } columns)
        {
            resource["profile"] = "tabular-data-resource";
            resource["schema"] = new JsonObject
            {
                ["fields"] = new JsonArray(columns.Select(c => (JsonNode)new JsonObject { ["name"] = c.Name, ["type"] = c.Type, ["description"] = c.Description }).ToArray()),
                ["missingValues"] = new JsonArray(""),
            };
        }

        return resource;
    }
}
