using Microsoft.EntityFrameworkCore;

namespace PolicyTracker.Core.Records;

/// <summary>
/// How a record is loaded whole, with everything its content holds: one definition for the editor, which changes one
/// record, and the export, which reads them all. The parts every kind has are listed here; a kind's own parts are
/// declared in its registration (<see cref="RecordKindInfo.IncludeOwnParts"/>).
/// </summary>
public static class WholeRecords
{
    /// <summary>Citations (with their sources), dated claims, disclosures and amounts with their citations, and the linked entries.</summary>
    public static IQueryable<TrackedRecord> WithSharedParts(this IQueryable<TrackedRecord> records) => records
        .Include(r => r.Citations).ThenInclude(c => c.Source)
        .Include(r => r.DateClaims).ThenInclude(c => c.Citations)
        .Include(r => r.Disclosures).ThenInclude(d => d.Citations)
        .Include(r => r.Amounts).ThenInclude(a => a.Citations)
        .Include(r => r.Agreements)
        .Include(r => r.People)
        .Include(r => r.Organisations)
        .Include(r => r.Countries);

    /// <summary>Records of every kind, each with its kind's own parts too.</summary>
    public static IQueryable<TrackedRecord> Whole(this IQueryable<TrackedRecord> records) =>
        RecordKinds.All.Aggregate(records.WithSharedParts(), (query, kind) => kind.IncludeOwnParts?.Invoke(query) ?? query).AsSplitQuery();

    /// <summary>
    /// One record whole: its shared parts first, then only its own kind's parts, so that a record of a kind without
    /// parts of its own costs no query for any other kind's.
    /// </summary>
    public static async Task<TrackedRecord?> LoadWholeAsync(this IQueryable<TrackedRecord> records, Guid id, CancellationToken cancellationToken)
    {
        var record = await records.WithSharedParts().AsSplitQuery().SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (record is not null && RecordKinds.Of(record.Kind).IncludeOwnParts is { } ownParts)
        {
            await ownParts(records.Where(r => r.Id == id)).AsSplitQuery().LoadAsync(cancellationToken);
        }

        return record;
    }
}
