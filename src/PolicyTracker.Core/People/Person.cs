using PolicyTracker.Core.Common;
using PolicyTracker.Core.Records;

namespace PolicyTracker.Core.People;

public class Person : Entity
{
    public const int NameMaxLength = 200;

    public string Name { get; set; } = "";

    public string? Summary { get; set; }

    /// <summary>The entry's Wikidata item ("Q664"), joining it to other open data; see <see cref="Wikidata"/>.</summary>
    public string? WikidataId { get; set; }

    public List<PersonRole> Roles { get; set; } = [];

    public List<TrackedRecord> Records { get; set; } = [];
}

/// <summary>A role a person held, for as long as the sources show it.</summary>
public class PersonRole
{
    public const int TitleMaxLength = 200;

    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid PersonId { get; set; }

    /// <summary>"Defence Minister", "Under Secretary of Defense for Acquisition and Sustainment".</summary>
    public string Title { get; set; } = "";

    public Guid? OrganisationId { get; set; }

    public Organisation? Organisation { get; set; }

    public FuzzyDate From { get; set; } = FuzzyDate.Unknown;

    public FuzzyDate To { get; set; } = FuzzyDate.Unknown;
}
