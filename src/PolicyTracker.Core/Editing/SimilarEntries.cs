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

    public ValueTask DisposeAsync() => db.DisposeAsync();

    public async Task<List<SimilarSource>> SourcesLikeAsync(string? url, string? title, CancellationToken cancellationToken = default)
    {
        actor.Require(Roles.Analyst);
        var key = SourceAddresses.Key(url);
        if (key is null && string.IsNullOrWhiteSpace(title))
        {
            return [];
        }

        var all = await db.Sources.AsNoTracking()
            .Select(s => new { Choice = new SourceChoice(s.Id, s.Title, s.Outlet, s.Reliability, s.State), s.Url })
            .ToListAsync(cancellationToken);
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

        var sameKind = await db.Records.AsNoTracking()
            .Where(r => r.Kind == kind && r.Id != exceptId)
            .Select(r => new SimilarRecord(r.Id, r.Title, r.State))
            .ToListAsync(cancellationToken);
        return sameKind.Where(r => TitleSimilarity.AreClose(title, r.Title)).OrderBy(r => r.Title).ToList();
    }
}
