using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;
using PolicyTracker.Core.Data;

namespace PolicyTracker.Core.Publication;

/// <summary>
/// Hooked into every save of its scope's context: once a change the public can see has landed, tells the public cache
/// which pages show it. A save inside a transaction (an import saved in parts, a preview) evicts nothing until the
/// transaction commits, and nothing at all if it rolls back, so no page is rendered again for a change that never was.
/// </summary>
public sealed class PublicCacheEviction(IPublicContentCache publicCache) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    /// <summary>What the save a context is making will show the public; a context makes one save at a time.</summary>
    private readonly ConditionalWeakTable<DbContext, PublicChangeSet> landing = [];

    /// <summary>
    /// The pages the saves inside an open transaction changed, gathered until it ends; worked out as each save lands,
    /// while the transaction can still be read from.
    /// </summary>
    private readonly ConditionalWeakTable<DbTransaction, HashSet<string>> held = [];

    /// <summary>
    /// A synchronous save may only change what no reader sees (the data-protection key store saves so). One the public
    /// would see must evict cached pages, which awaits the cache (Redis), and blocking a thread on that could starve
    /// the server: it is refused before anything is written.
    /// </summary>
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (PublicChangeSet.Of(eventData.Context!.ChangeTracker) is not null)
        {
            throw new NotSupportedException("A change the public can see is saved with SaveChangesAsync: it evicts cached pages, which is asynchronous work.");
        }

        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        var context = eventData.Context!;
        landing.Remove(context);
        if (PublicChangeSet.Of(context.ChangeTracker) is { } change)
        {
            landing.Add(context, change);
        }

        return ValueTask.FromResult(result);
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        var context = eventData.Context!;
        if (!landing.TryGetValue(context, out var change))
        {
            return result;
        }

        landing.Remove(context);
        var tags = await TagsToEvictAsync((PolicyTrackerDbContext)context, change, cancellationToken);
        if (context.Database.CurrentTransaction?.GetDbTransaction() is { } transaction)
        {
            held.GetOrCreateValue(transaction).UnionWith(tags);
        }
        else
        {
            await publicCache.InvalidateAsync(tags, cancellationToken);
        }

        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => landing.Remove(eventData.Context!);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        landing.Remove(eventData.Context!);
        return Task.CompletedTask;
    }

    /// <summary>A transaction holding public changes commits with CommitAsync, for the same reason a public save is asynchronous.</summary>
    public InterceptionResult TransactionCommitting(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result) =>
        held.TryGetValue(transaction, out _)
            ? throw new NotSupportedException("A transaction holding changes the public can see is committed with CommitAsync: it evicts cached pages, which is asynchronous work.")
            : result;

    public async Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (held.TryGetValue(transaction, out var tags))
        {
            held.Remove(transaction);
            await publicCache.InvalidateAsync(tags.Contains(PublicContentTags.Everything) ? [PublicContentTags.Everything] : tags, cancellationToken);
        }
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => held.Remove(transaction);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        held.Remove(transaction);
        return Task.CompletedTask;
    }

    /// <summary>
    /// The save has landed, so it must not be reported as failed: if the pages showing the change cannot be worked
    /// out (the database went away just after the save), every public page is evicted instead.
    /// </summary>
    private static async Task<IReadOnlyCollection<string>> TagsToEvictAsync(PolicyTrackerDbContext db, PublicChangeSet change, CancellationToken cancellationToken)
    {
        try
        {
            return await change.TagsToEvictAsync(db, cancellationToken);
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            return [PublicContentTags.Everything];
        }
    }
}
