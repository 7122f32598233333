using Microsoft.EntityFrameworkCore;
using PolicyTracker.Core.Common;
using PolicyTracker.Core.Data;
using PolicyTracker.Core.Publication;
using PolicyTracker.Core.Timeline;

namespace PolicyTracker.Core.People;

/// <summary>A person in the public list; <paramref name="Spoke"/> counts the published records that name them as the speaker.</summary>
public sealed record PersonSummary(string Slug, string Name, string? CurrentRole, int Spoke);

public sealed record RoleView(string Title, string? Organisation, FuzzyDate From, FuzzyDate To);

public sealed record PersonDetail(string Slug, string Name, string? Summary, DateTime UpdatedAt, IReadOnlyList<RoleView> Roles, string? WikidataId = null);

public sealed class PeopleQueries(PolicyTrackerDbContext db)
{
    public async Task<IReadOnlyList<PersonSummary>> ListPublishedAsync(CancellationToken cancellationToken = default) =>
        await db.People.AsNoTracking().VisibleToPublic()
            .OrderBy(p => p.Name)
            // The speaker as the kinds that have one declare it for the timeline, so no kind is named here.
            .Select(TimelineFields.Expand<Func<Person, PersonSummary>>(p => new PersonSummary(
                p.Slug,
                p.Name,
                p.Roles.OrderByDescending(r => r.From.Start).Select(r => r.Title).FirstOrDefault(),
                db.Records.VisibleToPublic().Count(r => TimelineFields.Declared<string?>(r, true, nameof(TimelineItem.SpeakerSlug)) == p.Slug))))
            .ToListAsync(cancellationToken);

    /// <summary>The person; what they said and the records involving them come from the timeline query.</summary>
    public async Task<PersonDetail?> GetPublishedAsync(string slug, CancellationToken cancellationToken = default) =>
        await db.People.AsNoTracking().VisibleToPublic()
            .Where(p => p.Slug == slug)
            .Select(p => new PersonDetail(
                p.Slug,
                p.Name,
                p.Summary,
                p.UpdatedAt,
                p.Roles.Select(r => new RoleView(
                    r.Title,
                    r.Organisation != null && r.Organisation.State == PublicationState.Published ? r.Organisation.Name : null,
                    r.From,
                    r.To)).ToList(),
                p.WikidataId))
            .SingleOrDefaultAsync(cancellationToken);
}
