using Microsoft.EntityFrameworkCore;
using PolicyTracker.Core.Common;
using PolicyTracker.Core.Data;
using PolicyTracker.Core.Records;

namespace PolicyTracker.Core.Editing;

/// <summary>A deleted record or directory entry, as the bin lists it: what it is, and the workspace page that restores it.</summary>
public sealed record DeletedEntry(string EditorPath, string What, string Title, DateTime DeletedAt, string? DeletedBy);

/// <summary>
/// The bin: deletes are soft, so every deleted record and directory entry (person, organisation, country, source) is
/// still here, newest first, and each opens in its editor where "Undo delete" brings it back. Workspace only; the
/// public never sees a deleted entry.
/// </summary>
public sealed class BinQueries(PolicyTrackerDbContext db)
{
    public async Task<IReadOnlyList<DeletedEntry>> ListAsync(CancellationToken cancellationToken = default)
    {
        var records = await db.Records.IgnoreQueryFilters().AsNoTracking()
            .Where(r => r.DeletedAt != null)
            .Select(r => new { r.Id, r.Kind, r.Title, r.DeletedAt, r.DeletedBy })
            .ToListAsync(cancellationToken);
        var entries = records.Select(r => new DeletedEntry($"/workspace/records/{r.Id}", RecordKinds.Of(r.Kind).Noun, r.Title, r.DeletedAt!.Value, r.DeletedBy))
            .Concat(await DirectoryAsync(db.People, "people", "person", p => new DeletedRow(p.Id, p.Name, p.DeletedAt, p.DeletedBy), cancellationToken))
            .Concat(await DirectoryAsync(db.Organisations, "organisations", "organisation", o => new DeletedRow(o.Id, o.Name, o.DeletedAt, o.DeletedBy), cancellationToken))
            .Concat(await DirectoryAsync(db.Countries, "countries", "country", c => new DeletedRow(c.Id, c.Name, c.DeletedAt, c.DeletedBy), cancellationToken))
            .Concat(await DirectoryAsync(db.Sources, "sources", "source", s => new DeletedRow(s.Id, s.Title, s.DeletedAt, s.DeletedBy), cancellationToken));
        return entries.OrderByDescending(e => e.DeletedAt).ToList();
    }

    private sealed record DeletedRow(Guid Id, string Name, DateTime? DeletedAt, string? DeletedBy);

    private static async Task<IEnumerable<DeletedEntry>> DirectoryAsync<T>(
        IQueryable<T> entities, string section, string noun, System.Linq.Expressions.Expression<Func<T, DeletedRow>> row, CancellationToken cancellationToken)
        where T : Entity =>
        (await entities.IgnoreQueryFilters().AsNoTracking().Where(e => e.DeletedAt != null).Select(row).ToListAsync(cancellationToken))
            .Select(e => new DeletedEntry($"/workspace/directory/{section}/{e.Id}", noun, e.Name, e.DeletedAt!.Value, e.DeletedBy));
}
