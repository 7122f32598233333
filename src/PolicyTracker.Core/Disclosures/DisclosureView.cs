using System.Linq.Expressions;
using PolicyTracker.Core.Common;
using PolicyTracker.Core.Sources;

namespace PolicyTracker.Core.Disclosures;

/// <summary>A disclosure as a reader sees it, with its public citations; the lag is computed against the act's date.</summary>
public sealed record DisclosureView(
    GovernmentAnnouncement Announcement,
    FuzzyDate PublicOn,
    DisclosureChannel Through,
    string? Note,
    string? NotInformed,
    IReadOnlyList<CitationView> Citations)
{
    /// <summary>The one projection public queries use for a disclosure.</summary>
    public static readonly Expression<Func<Disclosure, DisclosureView>> Project = d => new DisclosureView(
        d.Announcement, d.PublicOn, d.Through, d.Note, d.NotInformed,
        d.Citations.AsQueryable().Where(CitationView.IsPublic).OrderBy(citation => citation.Id).Select(CitationView.Project).ToList());

    public DisclosureLag? LagAfter(FuzzyDate act) => DisclosureLag.Between(act, PublicOn);
}
