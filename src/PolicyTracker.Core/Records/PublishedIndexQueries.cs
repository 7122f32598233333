using Microsoft.EntityFrameworkCore;
using PolicyTracker.Core.Data;
using PolicyTracker.Core.Publication;

namespace PolicyTracker.Core.Records;

public enum PageKind
{
    Record,
    Source,
    Person,
    Organisation,
    Country,
}

/// <summary>One published page, for the sitemap.</summary>
public sealed record PublishedPage(PageKind PageKind, RecordKind? RecordKind, string Slug, DateTime UpdatedAt);

/// <summary>
/// Every published record, source, person, organisation and country, as slugs and dates only, in a fixed order (in
/// that order, each by address), read a range at a time: a sitemap part of 40,000 addresses reads those, not the million others.
/// </summary>
public sealed class PublishedIndexQueries(PolicyTrackerDbContext db)
{
    public async Task<int> CountAsync(CancellationToken cancellationToken = default)
    {
        var total = 0;
        foreach (var table in Tables())
        {
            total += await table.CountAsync(cancellationToken);
        }

        return total;
    }

    /// <summary>At most <paramref name="take"/> pages from position <paramref name="skip"/> of the whole list.</summary>
    public async Task<IReadOnlyList<PublishedPage>> ListAsync(int skip, int take, CancellationToken cancellationToken = default)
    {
        var pages = new List<PublishedPage>();
        foreach (var table in Tables())
        {
            if (pages.Count == take)
            {
                break;
            }

            var found = await table.ReadAsync(skip, take - pages.Count, cancellationToken);
            pages.AddRange(found);
            // Found nothing: the range starts past this table, by the pages it holds.
            skip = found.Count > 0 ? 0 : Math.Max(0, skip - await table.CountAsync(cancellationToken));
        }

        return pages;
    }

    private IEnumerable<Table> Tables()
    {
        var records = db.Records.AsNoTracking().VisibleToPublic();
        yield return new Table(
            (skip, take, ct) => records.OrderBy(r => r.Slug).Skip(skip).Take(take)
                .Select(r => new PublishedPage(PageKind.Record, r.Kind, r.Slug, r.UpdatedAt)).ToListAsync(ct),
            records.CountAsync);
        yield return Directory(db.Sources, PageKind.Source);
        yield return Directory(db.People, PageKind.Person);
        yield return Directory(db.Organisations, PageKind.Organisation);
        yield return Directory(db.Countries, PageKind.Country);
    }

    /// <summary>A directory's published entries (sources, people...), by address.</summary>
    private static Table Directory<T>(IQueryable<T> entries, PageKind kind)
        where T : Common.Entity
    {
        var published = entries.AsNoTracking().VisibleToPublic();
        return new Table(
            (skip, take, ct) => published.OrderBy(e => e.Slug).Skip(skip).Take(take)
                .Select(e => new PublishedPage(kind, null, e.Slug, e.UpdatedAt)).ToListAsync(ct),
            published.CountAsync);
    }

    private sealed record Table(
        Func<int, int, CancellationToken, Task<List<PublishedPage>>> ReadAsync,
        Func<CancellationToken, Task<int>> CountAsync);
}
