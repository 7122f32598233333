using Microsoft.EntityFrameworkCore;
using PolicyTracker.Core.Data;

namespace PolicyTracker.Core.Sources;

/// <summary>The text of a source's latest archived copy: what its quotations are verified against.</summary>
public sealed record ArchivedText(Guid CopyId, Guid SourceId, string Text)
{
    private QuotableText? quotable;

    public TextQuoteSelector? Find(string quotation) => (quotable ??= new QuotableText(Text)).Find(quotation);

    /// <summary>
    /// Marks <paramref name="citation"/> verified against this copy, with where its words are, when it is a quotation
    /// found here; otherwise clears any earlier verification.
    /// </summary>
    public void Verify(Citation citation)
    {
        var found = citation.PinpointKind == PinpointKind.Quotation && !string.IsNullOrWhiteSpace(citation.Pinpoint) ? Find(citation.Pinpoint) : null;
        citation.VerifiedCopyId = found is null ? null : CopyId;
        (citation.QuotePrefix, citation.QuoteExact, citation.QuoteSuffix) = (found?.Prefix, found?.Exact, found?.Suffix);
    }

    /// <summary>The latest copy's text for each of <paramref name="sourceIds"/> that has one.</summary>
    public static async Task<IReadOnlyDictionary<Guid, ArchivedText>> LatestAsync(
        PolicyTrackerDbContext db, IEnumerable<Guid> sourceIds, CancellationToken cancellationToken)
    {
        var ids = sourceIds.Where(id => id != Guid.Empty).Distinct().ToList();
        if (ids.Count == 0)
        {
            return new Dictionary<Guid, ArchivedText>();
        }

        var latest = await db.SourceCopies.AsNoTracking()
            .Where(c => ids.Contains(c.SourceId) && !db.SourceCopies.Any(later => later.SourceId == c.SourceId && later.RetrievedAt > c.RetrievedAt))
            .Select(c => new ArchivedText(c.Id, c.SourceId, c.Text))
            .ToListAsync(cancellationToken);
        return latest.DistinctBy(c => c.SourceId).ToDictionary(c => c.SourceId);
    }
}
