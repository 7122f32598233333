using System.Linq.Expressions;
using PolicyTracker.Core.Common;
using PolicyTracker.Core.Sources;

namespace PolicyTracker.Core.Records;

/// <summary>One source's date for a fact, shown beside the others when sources disagree.</summary>
public sealed record DateClaimView(FuzzyDate Date, string Claim, IReadOnlyList<CitationView> Citations)
{
    /// <summary>The one projection public queries use for a date claim and its public citations.</summary>
    public static readonly Expression<Func<DateClaim, DateClaimView>> Project = c => new DateClaimView(
        c.Date, c.Claim, c.Citations.AsQueryable().Where(CitationView.IsPublic).OrderBy(citation => citation.Id).Select(CitationView.Project).ToList());
}
