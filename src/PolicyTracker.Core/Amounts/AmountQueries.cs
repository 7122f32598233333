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
        var amounts = db.Set<Amount>().AsNoTracking();
        if (currency is { } only)
        {
            amounts = amounts.Where(a => a.Currency == only);
        }

        var rows = await amounts
            .Join(db.Records.AsNoTracking().VisibleToPublic(), a => a.RecordId, r => r.Id, (a, r) => new { a, r })
            .Select(x => new AmountRow(x.r.Title, x.r.Kind, x.r.Slug, x.r.Date, new AmountView(
                x.a.Value, x.a.UpTo, x.a.Currency, x.a.Purpose,
                x.a.Citations.AsQueryable().Where(Sources.CitationView.IsPublic).OrderBy(citation => citation.Id).Select(Sources.CitationView.Project).ToList())))
            .ToListAsync(cancellationToken);
        // Sorted here: SQLite cannot order by a decimal column.
        return rows.OrderBy(row => row.Amount.Currency).ThenByDescending(row => row.Amount.UpTo ?? row.Amount.Value).ThenBy(row => row.Title, StringComparer.Ordinal).ToList();
    }
}
