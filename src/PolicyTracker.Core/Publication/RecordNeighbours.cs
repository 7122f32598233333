using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using PolicyTracker.Core.Data;
using PolicyTracker.Core.Records;

namespace PolicyTracker.Core.Publication;

/// <summary>
/// The records whose public pages show a given record, in either direction: an agreement's page lists the records
/// about it and its workstreams, a record's page names its agreements, a count names its whole and its parts, an OIA
/// release names what it brought to light. Read from the model's links between records (a record's column pointing at
/// another record, or a table of pairs of records), so a link a kind adds is followed without a word here.
/// </summary>
public static class RecordNeighbours
{
    /// <summary>A link between records: the entity holding it (a record type, or a table of pairs) and its two ends.</summary>
    public sealed record Link(IReadOnlyEntityType Holder, string From, string To);

    public static async Task<List<Guid>> OfAsync(PolicyTrackerDbContext db, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var neighbours = LinksIn(db.Model)
            .SelectMany(link => new[] { Ends(db, link, link.From, link.To, ids), Ends(db, link, link.To, link.From, ids) })
            .Aggregate(Queryable.Concat);
        return await neighbours.Distinct().ToListAsync(cancellationToken);
    }

    /// <summary>Every link between records in <paramref name="model"/>.</summary>
    public static IEnumerable<Link> LinksIn(IReadOnlyModel model) =>
        model.GetEntityTypes().SelectMany(type =>
        {
            var toRecords = type.GetForeignKeys().Where(key => IsRecord(key.PrincipalEntityType)).ToList();
            return IsRecord(type)
                ? toRecords.Select(key => new Link(type, type.FindPrimaryKey()!.Properties.Single().Name, key.Properties.Single().Name))
                : toRecords.Count == 2
                    ? [new Link(type, toRecords[0].Properties.Single().Name, toRecords[1].Properties.Single().Name)]
                    : [];
        });

    private static bool IsRecord(IReadOnlyTypeBase type) => typeof(TrackedRecord).IsAssignableFrom(type.ClrType);

    private static readonly MethodInfo EndsOfRecords = typeof(RecordNeighbours).GetMethod(nameof(EndsOf), BindingFlags.NonPublic | BindingFlags.Static)!;

    /// <summary>The <paramref name="to"/> end of each link whose <paramref name="from"/> end is one of <paramref name="ids"/>.</summary>
    private static IQueryable<Guid> Ends(PolicyTrackerDbContext db, Link link, string from, string to, IReadOnlyCollection<Guid> ids)
    {
        if (link.Holder.HasSharedClrType)
        {
            // A table of pairs (records and their agreements, a release and what it revealed) has no class of its own.
            return EndsOf(db.Set<Dictionary<string, object>>(link.Holder.Name), from, to, ids);
        }

        var set = typeof(DbContext).GetMethod(nameof(DbContext.Set), Type.EmptyTypes)!.MakeGenericMethod(link.Holder.ClrType).Invoke(db, null)!;
        return (IQueryable<Guid>)EndsOfRecords.MakeGenericMethod(link.Holder.ClrType).Invoke(null, [set, from, to, ids])!;
    }

    private static IQueryable<Guid> EndsOf<THolder>(IQueryable<THolder> holders, string from, string to, IReadOnlyCollection<Guid> ids)
        where THolder : class =>
        holders.IgnoreQueryFilters().AsNoTracking()
            .Where(h => EF.Property<Guid?>(h, to) != null && ids.Contains(EF.Property<Guid?>(h, from)!.Value))
            .Select(h => EF.Property<Guid?>(h, to)!.Value);
}
