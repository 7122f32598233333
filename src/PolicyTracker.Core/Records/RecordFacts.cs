using System.Text.Json.Serialization.Metadata;
using PolicyTracker.Core.Sources;

namespace PolicyTracker.Core.Records;

/// <summary>
/// What a kind adds to its public page beyond the shared content (a meeting's place and count, a statement's
/// words and speaker). Each kind declares its own beside its entity, with the projection that reads it
/// (<see cref="RecordKindInfo.PublicFacts"/>), and the web app shows it with the kind's own component.
/// </summary>
public abstract record RecordFacts
{
    /// <summary>The facts as they stand on <paramref name="today"/>, for kinds with facts computed from the date (overdue).</summary>
    public virtual RecordFacts AsOf(DateOnly today) => this;

    /// <summary>The citations the kind's facts show, in the order its component shows them (for the page's footnotes).</summary>
    public virtual IEnumerable<CitationView> CitationsShown() => [];

    /// <summary>
    /// Lets JSON name each kind's facts: the API writes a record's facts as the kind's own type, tagged with the
    /// kind ("kind": "Meeting"), and the OpenAPI document lists every registered kind's shape.
    /// </summary>
    public static void DescribeKinds(JsonTypeInfo type)
    {
        if (type.Type != typeof(RecordFacts))
        {
            return;
        }

        type.PolymorphismOptions = new JsonPolymorphismOptions { TypeDiscriminatorPropertyName = "kind" };
        foreach (var kind in RecordKinds.All)
        {
            type.PolymorphismOptions.DerivedTypes.Add(new JsonDerivedType(kind.FactsType, kind.Kind.ToString()));
        }
    }
}
