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

public sealed class PublishedIndexQueries(PolicyTrackerDbContext db)
{
    /// <summary>Every published record, source and person, as slugs and dates only.</summary>
    public async Task<IReadOnlyList<PublishedPage>> ListAsync(CancellationToken cancellationToken = default)
    {
        var records = await db.Records.AsNoTracking().VisibleToPublic()
            .Select(r => new PublishedPage(PageKind.Record, r.Kind, r.Slug, r.UpdatedAt)).ToListAsync(cancellationToken);
        var sources = await db.Sources.AsNoTracking().VisibleToPublic()
            .Select(s => new PublishedPage(PageKind.Source, null, s.Slug, s.UpdatedAt)).ToListAsync(cancellationToken);
        var people = await db.People.AsNoTracking().VisibleToPublic()
            .Select(p => new PublishedPage(PageKind.Person, null, p.Slug, p.UpdatedAt)).ToListAsync(cancellationToken);
        return [.. records, .. sources, .. people];
    }
}
