using Microsoft.EntityFrameworkCore;
using PolicyTracker.Core.Common;
using PolicyTracker.Core.Data;
using PolicyTracker.Core.Records;

namespace PolicyTracker.Core.Editing;

/// <summary>Moves records into and out of public view, only as the publication rules allow.</summary>
public sealed class Publisher(PolicyTrackerDbContext db)
{
    public const int ReasonMaxLength = 2000;

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

    /// <summary>Takes a published record down, leaving only a notice with the public reason in the corrections log.</summary>
    public async Task RetractAsync(Guid recordId, string reason, CancellationToken cancellationToken = default)
    {
        var record = await FindAsync(recordId, cancellationToken);
        CheckReason(reason);
        if (record.State != PublicationState.Published)
        {
            throw new ValidationException($"\"{record.Title}\"", [new ValidationProblem("State", "Only a published record can be retracted.")]);
        }

        record.State = PublicationState.Retracted;
        await db.SaveChangesAsync(reason, cancellationToken);
    }

    private async Task<TrackedRecord> FindAsync(Guid recordId, CancellationToken cancellationToken) =>
        await db.Records.SingleOrDefaultAsync(r => r.Id == recordId, cancellationToken) ?? throw new RecordNotFoundException(recordId);

    private static void CheckReason(string reason)
    {
        var problems = new ValidationProblems();
        problems.Required("Reason", reason, ReasonMaxLength);
        problems.ThrowIfInvalid("The public reason");
    }
}

public sealed class RecordNotFoundException(Guid id) : Exception($"No record has the id {id}.");
