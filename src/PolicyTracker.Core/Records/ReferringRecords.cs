using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using PolicyTracker.Core.Common;
using PolicyTracker.Core.Data;
using PolicyTracker.Core.People;
using PolicyTracker.Core.Sources;

namespace PolicyTracker.Core.Records;

/// <summary>A record that points to a person, organisation, country or source, for the directory to name.</summary>
public sealed record ReferringRecord(Guid Id, RecordKind Kind, string Title, PublicationState State, bool Deleted);

/// <summary>
/// Which records point to a person, organisation, country or source, by any field of any kind or of its parts: a
/// statement's speaker, a question's "asked of", a commitment's maker, an OIA release's agency, a party to an
/// agreement, a citation of a status step. Read from the foreign keys each kind's own EF Core configuration declares,
/// followed from a part to the record that owns it, so a field added to a kind is covered without a word here.
/// </summary>
public sealed class ReferringRecords(PolicyTrackerDbContext db)
{
    /// <summary>The entries of the directory: not records, and not followed past (a person's role names an organisation).</summary>
    private static readonly Type[] DirectoryTypes = [typeof(Person), typeof(Organisation), typeof(Country), typeof(Source)];

    /// <summary>One SQL statement per directory type, built once from the model.</summary>
    private static readonly ConcurrentDictionary<(Type Type, string Provider), string> Statements = new();

    /// <summary>
    /// The records pointing to <paramref name="entity"/>: with <paramref name="includeUnpublished"/>, every record,
    /// drafts and deleted ones (in the bin) included, since a restored record would point to it again; otherwise only
    /// published ones.
    /// </summary>
    public async Task<List<ReferringRecord>> FindAsync(Entity entity, bool includeUnpublished, CancellationToken cancellationToken = default)
    {
        var type = DirectoryTypes.SingleOrDefault(t => t.IsInstanceOfType(entity))
            ?? throw new ArgumentException($"{entity.GetType().Name} is not an entry of the directory.", nameof(entity));
        var sql = Statements.GetOrAdd((type, db.Database.ProviderName ?? ""), key => BuildStatement(db, key.Type));
        var ids = db.Database.SqlQueryRaw<Guid>(sql, entity.Id);
        var records = includeUnpublished ? db.Records.IgnoreQueryFilters() : db.Records.Where(r => r.State == PublicationState.Published);
        return await records.AsNoTracking()
            .Where(r => ids.Contains(r.Id))
            .OrderBy(r => r.Title)
            .Select(r => new ReferringRecord(r.Id, r.Kind, r.Title, r.State, r.DeletedAt != null))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Every foreign key to <paramref name="target"/>: the entity type holding it and its column.</summary>
    public static IEnumerable<(IEntityType Dependent, IProperty Column)> ForeignKeysTo(IModel model, Type target) =>
        model.GetEntityTypes()
            .SelectMany(e => e.GetDeclaredForeignKeys())
            .Where(fk => fk.PrincipalEntityType.ClrType == target)
            .Select(fk => (fk.DeclaringEntityType, fk.Properties.Single()));

    private static string BuildStatement(PolicyTrackerDbContext db, Type target)
    {
        var sql = db.GetService<ISqlGenerationHelper>();
        var selects = ForeignKeysTo(db.Model, target)
            .SelectMany(reference => RecordIdsOf(sql, reference.Dependent, $"{Column(sql, reference.Column)} = {{0}}", depth: 0))
            .Distinct()
            .ToList();
        return selects.Count == 0
            ? throw new InvalidOperationException($"Nothing in the model points to {target.Name}.")
            : string.Join("\nUNION\n", selects);
    }

    /// <summary>SELECTs of the ids of the records owning the rows of <paramref name="dependent"/> that match <paramref name="where"/>.</summary>
    private static IEnumerable<string> RecordIdsOf(ISqlGenerationHelper sql, IEntityType dependent, string where, int depth)
    {
        if (typeof(TrackedRecord).IsAssignableFrom(dependent.ClrType))
        {
            yield return $"SELECT {Column(sql, dependent.FindPrimaryKey()!.Properties.Single())} AS \"Value\" FROM {Table(sql, dependent)} WHERE {where}";
            yield break;
        }

        // A part (a citation, a status step, a party, a join row): its owner is the record or part its other keys name.
        if (depth > 4)
        {
            throw new InvalidOperationException($"{dependent.DisplayName()} is more than four parts away from a record.");
        }

        foreach (var owner in dependent.GetForeignKeys().Where(fk => !DirectoryTypes.Contains(fk.PrincipalEntityType.ClrType)))
        {
            var key = Column(sql, owner.Properties.Single());
            var principal = owner.PrincipalEntityType;
            if (typeof(TrackedRecord).IsAssignableFrom(principal.ClrType))
            {
                yield return $"SELECT {key} AS \"Value\" FROM {Table(sql, dependent)} WHERE {where} AND {key} IS NOT NULL";
                continue;
            }

            var principalKey = Column(sql, owner.PrincipalKey.Properties.Single());
            foreach (var select in RecordIdsOf(sql, principal, $"{principalKey} IN (SELECT {key} FROM {Table(sql, dependent)} WHERE {where})", depth + 1))
            {
                yield return select;
            }
        }
    }

    private static string Table(ISqlGenerationHelper sql, IEntityType entity) => sql.DelimitIdentifier(entity.GetTableName()!, entity.GetSchema());

    private static string Column(ISqlGenerationHelper sql, IProperty property) =>
        sql.DelimitIdentifier(property.GetColumnName(StoreObjectIdentifier.Table(property.DeclaringType.ContainingEntityType.GetTableName()!, property.DeclaringType.ContainingEntityType.GetSchema()))!);
}
