using System.Linq.Expressions;
using PolicyTracker.Core.Common;

namespace PolicyTracker.Core.Sources;

/// <summary>
/// A citation as a reader sees it: the source, how far to trust it, and the pinpoint. Queries list citations in the
/// order they were added (their ids are time-ordered), so every copy of the database, a restored one too, lists them alike.
/// </summary>
public sealed record CitationView(
    string SourceSlug,
    string SourceTitle,
    string? Outlet,
    string? Url,
    FuzzyDate SourcePublished,
    Reliability Reliability,
    string? Pinpoint)
{
    /// <summary>A citation is shown to the public only when its source is published.</summary>
    public static readonly Expression<Func<Citation, bool>> IsPublic = c => c.Source.State == PublicationState.Published;

    /// <summary>The one projection every public query uses, so a citation looks the same everywhere.</summary>
    public static readonly Expression<Func<Citation, CitationView>> Project = c => new CitationView(
        c.Source.Slug, c.Source.Title, c.Source.Outlet, c.Source.Url,
        FuzzyDate.FromColumns(c.Source.Published.Start, c.Source.Published.Precision, c.Source.Published.Approximate, c.Source.Published.Until),
        c.Source.Reliability, c.Pinpoint);
}
