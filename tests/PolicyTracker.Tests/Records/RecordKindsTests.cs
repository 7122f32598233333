using PolicyTracker.Core.Records;
using PolicyTracker.Web.Components.Shared;

namespace PolicyTracker.Tests.Records;

/// <summary>The kind registry: every kind registered once, and what reads it gets the kind's own values.</summary>
public class RecordKindsTests
{
    public static TheoryData<RecordKind> Kinds => new(Enum.GetValues<RecordKind>());

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Every_kind_is_registered_and_makes_its_own_entity(RecordKind kind)
    {
        var info = RecordKinds.Of(kind);

        var made = info.Create();

        Assert.Equal(kind, made.Kind);
        Assert.IsType(info.EntityType, made);
        Assert.Same(info, RecordKinds.FromSection(info.Section));
        Assert.Same(info, RecordKinds.FromEntityTypeName(info.EntityType.Name));
        Assert.Equal($"/{info.Section}/a-slug", Paths.Record(kind, "a-slug"));
        Assert.Equal(info.Label, Labels.For(kind));
    }

    [Fact]
    public void Sections_are_distinct_addresses()
    {
        Assert.Equal(RecordKinds.All.Count, RecordKinds.All.Select(k => k.Section).Distinct().Count());
        Assert.Null(RecordKinds.FromSection("people"));
        Assert.Null(RecordKinds.FromEntityTypeName("Source"));
    }
}
