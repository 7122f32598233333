using Microsoft.EntityFrameworkCore;
using PolicyTracker.Core.Data;
using PolicyTracker.Core.Records;

namespace PolicyTracker.Core.Editing;

/// <summary>A deleted record, as the bin lists it.</summary>
public sealed record DeletedRecord(Guid Id, RecordKind Kind, string Title, DateTime DeletedAt, string? DeletedBy);

/// <summary>
/// The bin: deletes are soft, so every deleted record is still here, newest first, and each opens in the editor where
/// "Undo delete" brings it back. Workspace only; the public never sees a deleted record.
/// </summary>
public sealed class BinQueries(PolicyTrackerDbContext db)
{
    public async Task<IReadOnlyList<DeletedRecord>> ListAsync(CancellationToken cancellationToken = default) =>
        await db.Records.IgnoreQueryFilters().AsNoTracking()
            .Where(r => r.DeletedAt != null)
            .OrderByDescending(r => r.DeletedAt)
            .Select(r => new DeletedRecord(r.Id, r.Kind, r.Title, r.DeletedAt!.Value, r.DeletedBy))
            .ToListAsync(cancellationToken);
}
