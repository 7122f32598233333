using PolicyTracker.Core.Common;
using PolicyTracker.Core.Records;

namespace PolicyTracker.Core.People;

public enum OrganisationKind
{
    Government,
    Military,
    Legislature,
    Diplomatic,
    PoliticalParty,
    ThinkTank,
    Media,
    Company,
    Multilateral,
}

public class Organisation : Entity
{
    public const int NameMaxLength = 200;

    public string Name { get; set; } = "";

    public OrganisationKind OrganisationKind { get; set; }

    /// <summary>The entry's Wikidata item ("Q664"), joining it to other open data; see <see cref="Wikidata"/>.</summary>
    public string? WikidataId { get; set; }

    public Guid? CountryId { get; set; }

    public Country? Country { get; set; }

    public List<TrackedRecord> Records { get; set; } = [];
}
