using Microsoft.EntityFrameworkCore;
using PolicyTracker.Core.Data;
using PolicyTracker.Core.Publication;

namespace PolicyTracker.Core.Records;

public enum PageKind
{
    Record,
    Source,
    Person,
}

/// <summary>One published page, for the sitemap.</summary>
public sealed record PublishedPage(PageKind PageKind, RecordKind? RecordKind, string Slug, DateTime UpdatedAt);

/// <summary>
/// Every published record, source and person, as slugs and dates only, in a fixed order (records, sources, people,
/// each by address), read a range at a time: a sitemap part of 40,000 addresses reads those, not the million others.
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
        var sources = db.Sources.AsNoTracking().VisibleToPublic();
        yield return new Table(
            (skip, take, ct) => sources.OrderBy(s => s.Slug).Skip(skip).Take(take)
                .Select(s => new PublishedPage(PageKind.Source, null, s.Slug, s.UpdatedAt)).ToListAsync(ct),
            sources.CountAsync);
        var people = db.People.AsNoTracking().VisibleToPublic();
        yield return new Table(
            (skip, take, ct) => people.OrderBy(p => p.Slug).Skip(skip).Take(take)
                .Select(p => new PublishedPage(PageKind.Person, null, p.Slug, p.UpdatedAt)).ToListAsync(ct),
            people.CountAsync);
    }

    private sealed record Table(
        Func<int, int, CancellationToken, Task<List<PublishedPage>>> ReadAsync,
        Func<CancellationToken, Task<int>> CountAsync);
}
