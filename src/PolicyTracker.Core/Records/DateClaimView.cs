using PolicyTracker.Core.Common;
using PolicyTracker.Core.Sources;

namespace PolicyTracker.Core.Records;

/// <summary>One source's date for a fact, shown beside the others when sources disagree.</summary>
public sealed record DateClaimView(FuzzyDate Date, string Claim, IReadOnlyList<CitationView> Citations);
