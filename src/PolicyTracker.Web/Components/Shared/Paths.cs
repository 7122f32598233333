using PolicyTracker.Core.Records;

namespace PolicyTracker.Web.Components.Shared;

/// <summary>The permanent public address of each kind of page.</summary>
public static class Paths
{
    public static string Section(RecordKind kind) => kind switch
    {
        RecordKind.Agreement => "agreements",
        RecordKind.Workstream => "workstreams",
        RecordKind.Meeting => "meetings",
        RecordKind.Statement => "statements",
        _ => "events",
    };

    public static string Record(RecordKind kind, string slug) => $"/{Section(kind)}/{Uri.EscapeDataString(slug)}";

    public static string Source(string slug) => $"/sources/{Uri.EscapeDataString(slug)}";

    public static string Person(string slug) => $"/people/{Uri.EscapeDataString(slug)}";
}
