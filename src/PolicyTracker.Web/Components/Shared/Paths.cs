using PolicyTracker.Core.Records;

namespace PolicyTracker.Web.Components.Shared;

/// <summary>The permanent public address of each kind of page.</summary>
public static class Paths
{
    public static string Record(RecordKind kind, string slug) => $"/{RecordKinds.Of(kind).Section}/{Uri.EscapeDataString(slug)}";

    /// <summary>A record's "what changed" page: every version the public saw.</summary>
    public static string RecordChanges(RecordKind kind, string slug) => Record(kind, slug) + "/changes";

    /// <summary>The permanent address of a record's nth published version.</summary>
    public static string Version(RecordKind kind, string slug, int number) => Record(kind, slug) + $"/versions/{number}";

    public static string Source(string slug) => $"/sources/{Uri.EscapeDataString(slug)}";

    public static string Person(string slug) => $"/people/{Uri.EscapeDataString(slug)}";

    public static string Organisation(string slug) => $"/organisations/{Uri.EscapeDataString(slug)}";

    public static string Country(string slug) => $"/countries/{Uri.EscapeDataString(slug)}";
}
