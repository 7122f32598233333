using Microsoft.EntityFrameworkCore;
using PolicyTracker.Core.Common;
using PolicyTracker.Core.Data;
using PolicyTracker.Core.Editing;
using PolicyTracker.Core.Records;

namespace PolicyTracker.Core.Publication;

/// <summary>
/// Shows a record as its public page would with some content: inside a transaction that is always rolled back, the
/// content is written onto the record, the record is published, and the public page's own query runs. Nothing is
/// kept and the cache is told nothing (<see cref="PublicCacheEviction"/> waits for a commit), so the page is exactly
/// the public page, not an imitation of it. The workspace's preview shows a draft so; a permanent version page, an
/// earlier version.
/// </summary>
public sealed class AsPublished(PolicyTrackerDbContext db)
{
    /// <summary>
    /// Runs <paramref name="read"/> (given the record's kind and, with the content, its address) as if the record were
    /// published with <paramref name="content"/>; with none, as it stands. Throws <see cref="ValidationException"/>
    /// when the content no longer holds (it cites something since removed).
    /// </summary>
    public Task<T> ReadAsync<T>(Guid id, RecordContent? content, Func<RecordKind, string, Task<T>> read, CancellationToken cancellationToken = default) =>
        db.InCleanStateAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            try
            {
                var record = await db.Records.LoadWholeAsync(id, cancellationToken) ?? throw new RecordNotFoundException(id);
                if (content is not null)
                {
                    await new RecordWriter(db).CheckAndApplyAsync(content, record, cancellationToken);
                }

                record.State = PublicationState.Published;
                await db.SaveChangesAsync(cancellationToken);
                db.ChangeTracker.Clear();
                return await read(record.Kind, record.Slug);
            }
            finally
            {
                await transaction.RollbackAsync(CancellationToken.None);
            }
        });
}
