using Microsoft.EntityFrameworkCore;
using PolicyTracker.Core.Common;
using PolicyTracker.Core.Data;
using PolicyTracker.Core.Records;

namespace PolicyTracker.Core.Editing;

/// <summary>A deleted record or directory entry, as the bin lists it: what it is, and the workspace page that restores it.</summary>
/// <param name="Undelete">Brings it back through the editor of its own type (each editor checks the role and the version).</param>
public sealed record DeletedEntry(
    Guid Id, string EditorPath, string What, string Title, DateTime DeletedAt, string? DeletedBy,
    Func<RecordEditor, DirectoryEditor, CancellationToken, Task> Undelete);

/// <summary>
/// The bin: deletes are soft, so every deleted record and directory entry (person, organisation, country, source) is
/// still here, newest first, each with a way back: "Restore" here, or "Undo delete" in its editor. Workspace only; the
/// public never sees a deleted entry.
/// </summary>
public sealed class BinQueries(PolicyTrackerDbContext db)
{
    public async Task<IReadOnlyList<DeletedEntry>> ListAsync(CancellationToken cancellationToken = default)
    {
        var records = await db.Records.IgnoreQueryFilters().AsNoTracking()
            .Where(r => r.DeletedAt != null)
            .Select(r => new { r.Id, r.Kind, r.Title, r.DeletedAt, r.DeletedBy, r.Version })
            .ToListAsync(cancellationToken);
        var entries = records.Select(r => new DeletedEntry(
                r.Id, $"/workspace/records/{r.Id}", RecordKinds.Of(r.Kind).Noun, r.Title, r.DeletedAt!.Value, r.DeletedBy,
                (records, _, ct) => records.UndeleteAsync(r.Id, r.Version, ct)))
            .Concat(await DirectoryAsync(db.People, "people", "person", p => new DeletedRow(p.Id, p.Name, p.DeletedAt, p.DeletedBy, p.Version), cancellationToken))
            .Concat(await DirectoryAsync(db.Organisations, "organisations", "organisation", o => new DeletedRow(o.Id, o.Name, o.DeletedAt, o.DeletedBy, o.Version), cancellationToken))
            .Concat(await DirectoryAsync(db.Countries, "countries", "country", c => new DeletedRow(c.Id, c.Name, c.DeletedAt, c.DeletedBy, c.Version), cancellationToken))
            .Concat(await DirectoryAsync(db.Sources, "sources", "source", s => new DeletedRow(s.Id, s.Title, s.DeletedAt, s.DeletedBy, s.Version), cancellationToken));
        return entries.OrderByDescending(e => e.DeletedAt).ToList();
    }

    private sealed record DeletedRow(Guid Id, string Name, DateTime? DeletedAt, string? DeletedBy, int Version);

    private static async Task<IEnumerable<DeletedEntry>> DirectoryAsync<T>(
        IQueryable<T> entities, string section, string noun, System.Linq.Expressions.Expression<Func<T, DeletedRow>> row, CancellationToken cancellationToken)
        where T : Entity =>
        (await entities.IgnoreQueryFilters().AsNoTracking().Where(e => e.DeletedAt != null).Select(row).ToListAsync(cancellationToken))
            .Select(e => new DeletedEntry(
                e.Id, $"/workspace/directory/{section}/{e.Id}", noun, e.Name, e.DeletedAt!.Value, e.DeletedBy,
                (_, directory, ct) => directory.UndeleteAsync<T>(e.Id, e.Version, ct)));
}
