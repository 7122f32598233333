using Microsoft.EntityFrameworkCore;
using PolicyTracker.Core.Common;
using PolicyTracker.Core.Data;

namespace PolicyTracker.Core.Editing;

/// <summary>Moves records into the published state, only when the publication rules allow it.</summary>
public sealed class Publisher(PolicyTrackerDbContext db)
{
    public async Task PublishAsync(Guid recordId, CancellationToken cancellationToken = default)
    {
        var record = await db.Records
            .Include(r => r.Citations).ThenInclude(c => c.Source)
            .Include(r => r.DateClaims).ThenInclude(c => c.Citations)
            .SingleOrDefaultAsync(r => r.Id == recordId, cancellationToken)
            ?? throw new RecordNotFoundException(recordId);
        PublicationRules.CheckPublishable(record).ThrowIfInvalid($"\"{record.Title}\"");
        record.State = PublicationState.Published;
        await db.SaveChangesAsync(cancellationToken);
    }
}

public sealed class RecordNotFoundException(Guid id) : Exception($"No record has the id {id}.");
