using Microsoft.EntityFrameworkCore;
using PolicyTracker.Core.Common;
using PolicyTracker.Core.Data;
using PolicyTracker.Core.Publication;
using PolicyTracker.Core.Records;

namespace PolicyTracker.Core.People;

/// <summary>An organisation in the public list; <paramref name="Records"/> counts the published records naming it.</summary>
public sealed record OrganisationSummary(string Slug, string Name, OrganisationKind OrganisationKind, string? Country, int Records);

/// <summary>A person's role at the organisation, by its title.</summary>
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

    public async Task<OrganisationDetail?> GetPublishedAsync(string slug, CancellationToken cancellationToken = default)
    {
        var found = await db.Organisations.AsNoTracking().VisibleToPublic()
            .Where(o => o.Slug == slug)
            .Select(o => new
            {
                o.Id,
                Detail = new OrganisationDetail(
                    o.Slug,
                    o.Name,
                    o.OrganisationKind,
                    o.Country != null && o.Country.State == PublicationState.Published ? new LinkView(o.Country.Slug, o.Country.Name) : null,
                    o.WikidataId,
                    o.UpdatedAt,
                    Array.Empty<MemberView>()),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return null;
        }

        // A row per role (a person with two roles there is listed with each), read on their own: inside the query above
        // a role's person would need a lateral join, which SQLite, the development database, does not have.
        var people = await db.People.AsNoTracking().VisibleToPublic()
            .Where(p => p.Roles.Any(r => r.OrganisationId == found.Id))
            .Select(p => new { p.Slug, p.Name, Roles = p.Roles.Where(r => r.OrganisationId == found.Id).Select(r => r.Title).ToList() })
            .ToListAsync(cancellationToken);
        return found.Detail with
        {
            People = people.SelectMany(p => p.Roles, (p, role) => new MemberView(p.Slug, p.Name, role))
                .OrderBy(m => m.Name, StringComparer.CurrentCulture).ThenBy(m => m.Role, StringComparer.CurrentCulture).ToList(),
        };
    }
}
