using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PolicyTracker.Core.Accounts;
using PolicyTracker.Core.Common;
using PolicyTracker.Core.Data;
using PolicyTracker.Core.Records;
using PolicyTracker.Core.Sources;

namespace PolicyTracker.Core.Editing;

public sealed record SimilarSource(SourceChoice Source, bool SameAddress);

public sealed record SimilarRecord(Guid Id, string Title, PublicationState State);

/// <summary>
/// What the editor is offered before adding something the tracker may already hold: the source at the same address
/// or with a close title, the record of the same kind with a close title. Warnings, never refusals (except the same
/// address, which the directory refuses on save): two different things can be named alike.
/// </summary>
public sealed class SimilarEntries(PolicyTrackerDbContext db, IActor actor) : IAsyncDisposable
{
    /// <summary>
    /// The app gives this its own context: it runs when a field loses focus, and the editor's save (on the circuit's
    /// shared context) can start before it ends. A context used by two operations at once throws.
    /// </summary>
    public static SimilarEntries WithOwnContext(IServiceProvider services) =>
        new(new PolicyTrackerDbContext(services.GetRequiredService<DbContextOptions<PolicyTrackerDbContext>>()), services.GetRequiredService<IActor>());

    /// <summary>
    /// One lookup at a time on the context: a title and an address losing focus one after the other start two, and on
    /// a busy server the first is still running when the second starts.
    /// </summary>
    private readonly SemaphoreSlim oneAtATime = new(1, 1);

    public ValueTask DisposeAsync()
    {
        oneAtATime.Dispose();
        return db.DisposeAsync();
    }

    public async Task<List<SimilarSource>> SourcesLikeAsync(string? url, string? title, CancellationToken cancellationToken = default)
    {
        actor.Require(Roles.Analyst);
        var key = SourceAddresses.Key(url);
        if (key is null && string.IsNullOrWhiteSpace(title))
        {
            return [];
        }

        var all = await OneAtATimeAsync(() => db.Sources.AsNoTracking()
            .Select(s => new { Choice = new SourceChoice(s.Id, s.Title, s.Outlet, s.Reliability, s.State), s.Url })
            .ToListAsync(cancellationToken), cancellationToken);
        return all
            .Select(s => new SimilarSource(s.Choice, key is not null && SourceAddresses.Key(s.Url) == key))
            .Where(s => s.SameAddress || (!string.IsNullOrWhiteSpace(title) && TitleSimilarity.AreClose(title, s.Source.Title)))
            .OrderByDescending(s => s.SameAddress).ThenBy(s => s.Source.Title)
            .ToList();
    }

    public async Task<List<SimilarRecord>> RecordsLikeAsync(RecordKind kind, string? title, Guid? exceptId, CancellationToken cancellationToken = default)
    {
        actor.Require(Roles.Analyst);
        if (string.IsNullOrWhiteSpace(title))
        {
            return [];
        }

        var sameKind = await OneAtATimeAsync(() => db.Records.AsNoTracking()
            .Where(r => r.Kind == kind && r.Id != exceptId)
            .Select(r => new SimilarRecord(r.Id, r.Title, r.State))
            .ToListAsync(cancellationToken), cancellationToken);
        return sameKind.Where(r => TitleSimilarity.AreClose(title, r.Title)).OrderBy(r => r.Title).ToList();
    }

    /// <summary>
    /// Runs one lookup at a time. A lookup is a help, not a step: with the database away it finds nothing rather than
    /// failing, so the form (and what was typed in it) stays up, and the save says the database is away.
    /// </summary>
    private async Task<List<T>> OneAtATimeAsync<T>(Func<Task<List<T>>> lookup, CancellationToken cancellationToken)
    {
        await oneAtATime.WaitAsync(cancellationToken);
        try
        {
            return await lookup();
        }
        catch (Exception away) when (Data.StorageFailure.Is(away))
        {
            return [];
        }
        finally
        {
            oneAtATime.Release();
        }
    }
}
