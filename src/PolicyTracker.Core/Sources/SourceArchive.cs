using Microsoft.EntityFrameworkCore;
using PolicyTracker.Core.Common;
using PolicyTracker.Core.Data;
using PolicyTracker.Core.Records;

namespace PolicyTracker.Core.Sources;

/// <summary>
/// Keeps copies of sources. A new copy becomes the one the source's quotations are checked against: each is verified
/// again, so a quotation cited before there was a copy is verified, or shown as not found in it, from then on.
/// </summary>
public sealed class SourceArchive(PolicyTrackerDbContext db)
{
    public async Task AddCopyAsync(SourceCopy copy, CancellationToken cancellationToken = default)
    {
        var problems = new ValidationProblems();
        if (string.IsNullOrWhiteSpace(copy.Text))
        {
            problems.Add("Text", "An archived copy needs the source's text; this one has none.");
        }
        else if (copy.Text.Length > SourceCopy.TextMaxLength)
        {
            problems.Add("Text", $"The text is {copy.Text.Length:N0} characters; an archived copy holds at most {SourceCopy.TextMaxLength:N0}.");
        }

        var source = await db.Sources.Include(s => s.Citations)
            .SingleOrDefaultAsync(s => s.Id == copy.SourceId && s.DeletedAt == null, cancellationToken);
        if (source is null)
        {
            problems.Add("Source", $"No source has the id {copy.SourceId}.");
        }

        problems.ThrowIfInvalid("The archived copy");
        db.SourceCopies.Add(copy);
        source!.ArchivedAt = copy.RetrievedAt;
        var text = new ArchivedText(copy.Id, copy.SourceId, copy.Text);
        foreach (var citation in source.Citations)
        {
            text.Verify(citation);
        }

        await VerifyQuotingRecordsAsync(text, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The kinds whose records give words of their own as a source's.</summary>
    private static readonly RecordKind[] QuotingKinds =
        [.. RecordKinds.All.Where(kind => typeof(IQuotesItsSources).IsAssignableFrom(kind.EntityType)).Select(kind => kind.Kind)];

    /// <summary>The words of each record citing the source that gives words as a source's, checked again with the new copy.</summary>
    private async Task VerifyQuotingRecordsAsync(ArchivedText copy, CancellationToken cancellationToken)
    {
        // The record and its citations only: the words and the sources they may be in.
        var quoting = await db.Records.IgnoreAutoIncludes().Include(r => r.Citations)
            .Where(r => QuotingKinds.Contains(r.Kind) && r.Citations.Any(c => c.SourceId == copy.SourceId))
            .ToListAsync(cancellationToken);
        foreach (var record in quoting)
        {
            var others = await ArchivedText.LatestAsync(db, record.Citations.Select(c => c.SourceId).Where(id => id != copy.SourceId), cancellationToken);
            var words = (IQuotesItsSources)record;
            words.WordsFoundInCopyId = IQuotesItsSources.CopyHolding(words.QuotedWords, others.Values.Prepend(copy));
        }
    }
}
