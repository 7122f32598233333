using PolicyTracker.Core.Common;
using PolicyTracker.Core.People;
using PolicyTracker.Core.Sources;

namespace PolicyTracker.Core.Agreements;

/// <summary>A country's part in an agreement, cited where a source names it.</summary>
public class PartyMembership
{
    public const int RoleMaxLength = 200;

    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid AgreementId { get; set; }

    public Agreement Agreement { get; set; } = null!;

    public Guid CountryId { get; set; }

    public Country Country { get; set; } = null!;

    /// <summary>"signatory", "founding member", "host"...</summary>
    public string? Role { get; set; }

    public FuzzyDate Since { get; set; } = FuzzyDate.Unknown;

    public List<Citation> Citations { get; set; } = [];
}
