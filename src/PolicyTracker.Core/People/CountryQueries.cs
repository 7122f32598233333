using Microsoft.EntityFrameworkCore;
using PolicyTracker.Core.Common;
using PolicyTracker.Core.Data;
using PolicyTracker.Core.Publication;
using PolicyTracker.Core.Records;

namespace PolicyTracker.Core.People;

/// <summary>A country in the public list; <paramref name="Records"/> counts the published records naming it.</summary>
public sealed record CountrySummary(string Slug, string Name, string IsoCode, int Records);

/// <summary>An agreement the country is a party to, with its role as the agreement records it.</summary>
public sealed record PartyView(string Slug, string Name, string? Role, FuzzyDate Since);

public sealed record CountryDetail(
    string Slug, string Name, string IsoCode, string? WikidataId, DateTime UpdatedAt, IReadOnlyList<PartyView> Agreements, IReadOnlyList<LinkView> Organisations);

/// <summary>Published countries as their public pages show them; the records naming one come from the timeline query.</summary>
public sealed class CountryQueries(PolicyTrackerDbContext db)
{
    public async Task<IReadOnlyList<CountrySummary>> ListPublishedAsync(CancellationToken cancellationToken = default) =>
        await db.Countries.AsNoTracking().VisibleToPublic()
            .OrderBy(c => c.Name)
            .Select(c => new CountrySummary(c.Slug, c.Name, c.IsoCode, c.Records.Count(r => r.State == PublicationState.Published)))
            .ToListAsync(cancellationToken);

    public async Task<CountryDetail?> GetPublishedAsync(string slug, CancellationToken cancellationToken = default) =>
        await db.Countries.AsNoTracking().VisibleToPublic()
            .Where(c => c.Slug == slug)
            .Select(c => new CountryDetail(
                c.Slug,
                c.Name,
                c.IsoCode,
                c.WikidataId,
                c.UpdatedAt,
                db.Set<Agreements.PartyMembership>().Where(p => p.CountryId == c.Id && p.Agreement.State == PublicationState.Published && p.Agreement.DeletedAt == null)
                    .OrderBy(p => p.Agreement.Title)
                    .Select(p => new PartyView(p.Agreement.Slug, p.Agreement.ShortName ?? p.Agreement.Title, p.Role, p.Since)).ToList(),
                db.Organisations.VisibleToPublic().Where(o => o.CountryId == c.Id).OrderBy(o => o.Name).Select(o => new LinkView(o.Slug, o.Name)).ToList()))
            .AsSplitQuery()
            .SingleOrDefaultAsync(cancellationToken);
}
