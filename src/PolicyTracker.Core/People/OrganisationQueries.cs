using Microsoft.EntityFrameworkCore;
using PolicyTracker.Core.Common;
using PolicyTracker.Core.Data;
using PolicyTracker.Core.Publication;
using PolicyTracker.Core.Records;

namespace PolicyTracker.Core.People;

/// <summary>An organisation in the public list; <paramref name="Records"/> counts the published records naming it.</summary>
public sealed record OrganisationSummary(string Slug, string Name, OrganisationKind OrganisationKind, string? Country, int Records);

/// <summary>A person with a role at the organisation, and the title of their latest role there.</summary>
public sealed record MemberView(string Slug, string Name, string Role);

public sealed record OrganisationDetail(
    string Slug, string Name, OrganisationKind OrganisationKind, LinkView? Country, string? WikidataId, DateTime UpdatedAt, IReadOnlyList<MemberView> People);

/// <summary>Published organisations as their public pages show them; the records naming one come from the timeline query.</summary>
public sealed class OrganisationQueries(PolicyTrackerDbContext db)
{
    public async Task<IReadOnlyList<OrganisationSummary>> ListPublishedAsync(CancellationToken cancellationToken = default) =>
        await db.Organisations.AsNoTracking().VisibleToPublic()
            .OrderBy(o => o.Name)
            .Select(o => new OrganisationSummary(
                o.Slug,
                o.Name,
                o.OrganisationKind,
                o.Country != null && o.Country.State == PublicationState.Published ? o.Country.Name : null,
                o.Records.Count(r => r.State == PublicationState.Published)))
            .ToListAsync(cancellationToken);

    public async Task<OrganisationDetail?> GetPublishedAsync(string slug, CancellationToken cancellationToken = default) =>
        await db.Organisations.AsNoTracking().VisibleToPublic()
            .Where(o => o.Slug == slug)
            .Select(o => new OrganisationDetail(
                o.Slug,
                o.Name,
                o.OrganisationKind,
                o.Country != null && o.Country.State == PublicationState.Published ? new LinkView(o.Country.Slug, o.Country.Name) : null,
                o.WikidataId,
                o.UpdatedAt,
                db.People.VisibleToPublic().Where(p => p.Roles.Any(r => r.OrganisationId == o.Id)).OrderBy(p => p.Name)
                    .Select(p => new MemberView(p.Slug, p.Name, p.Roles.Where(r => r.OrganisationId == o.Id).OrderByDescending(r => r.From.Start).Select(r => r.Title).First()))
                    .ToList()))
            .SingleOrDefaultAsync(cancellationToken);
}
