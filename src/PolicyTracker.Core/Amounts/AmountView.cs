using System.Linq.Expressions;
using PolicyTracker.Core.Sources;

namespace PolicyTracker.Core.Amounts;

/// <summary>An amount as a reader sees it, with its public citations.</summary>
public sealed record AmountView(decimal Value, decimal? UpTo, Currency Currency, string Purpose, IReadOnlyList<CitationView> Citations)
{
    /// <summary>The one projection public queries use for an amount.</summary>
    public static readonly Expression<Func<Amount, AmountView>> Project = a => new AmountView(
        a.Value, a.UpTo, a.Currency, a.Purpose,
        a.Citations.AsQueryable().Where(CitationView.IsPublic).OrderBy(citation => citation.Id).Select(CitationView.Project).ToList());

    public string Figure => Money.Format(Value, UpTo, Currency);
}
