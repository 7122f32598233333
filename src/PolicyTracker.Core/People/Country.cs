using PolicyTracker.Core.Common;
using PolicyTracker.Core.Records;

namespace PolicyTracker.Core.People;

public class Country : Entity
{
    public const int NameMaxLength = 100;

    public string Name { get; set; } = "";

    /// <summary>ISO 3166-1 alpha-2 code.</summary>
    public string IsoCode { get; set; } = "";

    /// <summary>The entry's Wikidata item ("Q664"), joining it to other open data; see <see cref="Wikidata"/>.</summary>
    public string? WikidataId { get; set; }

    public List<TrackedRecord> Records { get; set; } = [];
}
