using Microsoft.EntityFrameworkCore;
using PolicyTracker.Core.Common;
using PolicyTracker.Core.Data;
using PolicyTracker.Core.Publication;
using PolicyTracker.Core.Records;

namespace PolicyTracker.Core.Amounts;

/// <summary>A published record's amount, for the list of every figure the record holds.</summary>
public sealed record AmountRow(string Title, RecordKind Kind, string Slug, FuzzyDate Date, AmountView Amount);

public sealed class AmountQueries(PolicyTrackerDbContext db)
{
    /// <summary>Every amount on a published record, in one currency when asked, largest first within each currency.</summary>
    public async Task<IReadOnlyList<AmountRow>> ListPublishedAsync(Currency? currency, CancellationToken cancellationToken = default)
    {
        var rows = await db.Records.AsNoTracking().VisibleToPublic()
            .SelectMany(
                r => r.Amounts.AsQueryable().Where(a => currency == null || a.Currency == currency).Select(AmountView.Project),
                (r, amount) => new AmountRow(r.Title, r.Kind, r.Slug, r.Date, amount))
            .ToListAsync(cancellationToken);
        // Sorted here: SQLite cannot order by a decimal column.
        return rows.OrderBy(row => row.Amount.Currency).ThenByDescending(row => row.Amount.UpTo ?? row.Amount.Value).ThenBy(row => row.Title, StringComparer.Ordinal).ToList();
    }
}
