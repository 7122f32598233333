using Microsoft.EntityFrameworkCore;
using PolicyTracker.Core.Accounts;
using PolicyTracker.Core.Common;
using PolicyTracker.Core.Data;
using PolicyTracker.Core.People;
using PolicyTracker.Core.Records;
using PolicyTracker.Core.Sources;

namespace PolicyTracker.Core.Editing;

/// <summary>The fields of a person, organisation, country or source that an editor can change.</summary>
public interface IDirectoryDraft<TEntity>
    where TEntity : Entity
{
    /// <summary>What the address is made from when no slug is given.</summary>
    string DisplayName { get; }

    void ApplyTo(TEntity entity);

    void Check(ValidationProblems problems);
}

public sealed class PersonRoleDraft
{
    /// <summary>Null for a role added in this draft.</summary>
    public Guid? Id { get; set; }

    /// <summary>"Defence Minister", "Under Secretary of Defense for Acquisition and Sustainment".</summary>
    public string Title { get; set; } = "";

    public Guid? OrganisationId { get; set; }

    public FuzzyDate From { get; set; } = FuzzyDate.Unknown;

    public FuzzyDate To { get; set; } = FuzzyDate.Unknown;
}

public sealed class PersonDraft : IDirectoryDraft<Person>
{
    public string Name { get; set; } = "";

    public string? Summary { get; set; }

    public string? WikidataId { get; set; }

    /// <summary>The roles held, for as long as the sources show them.</summary>
    public List<PersonRoleDraft> Roles { get; set; } = [];

    public string DisplayName => Name;

    public static PersonDraft From(Person person) => new()
    {
        Name = person.Name,
        Summary = person.Summary,
        WikidataId = person.WikidataId,
        Roles = person.Roles.OrderBy(r => r.From).ThenBy(r => r.Id).Select(r => new PersonRoleDraft
        {
            Id = r.Id, Title = r.Title, OrganisationId = r.OrganisationId, From = r.From, To = r.To,
        }).ToList(),
    };

    public void ApplyTo(Person entity)
    {
        (entity.Name, entity.Summary, entity.WikidataId) = (Name.Trim(), TextInput.OrNull(Summary), Wikidata.Tidy(WikidataId));
        entity.Roles.RemoveAll(role => !Roles.Any(r => r.Id == role.Id));
        foreach (var wanted in Roles)
        {
            var role = entity.Roles.SingleOrDefault(r => r.Id == wanted.Id);
            if (role is null)
            {
                // A role from a dataset file keeps its id; one added in the form gets an empty key, which makes the
                // database context treat it as new and give it one.
                role = new PersonRole { Id = wanted.Id ?? Guid.Empty, PersonId = entity.Id };
                entity.Roles.Add(role);
            }

            (role.Title, role.OrganisationId, role.From, role.To) = (wanted.Title.Trim(), wanted.OrganisationId, wanted.From, wanted.To);
        }
    }

    public void Check(ValidationProblems problems)
    {
        problems.Required("Name", Name, Person.NameMaxLength);
        problems.Text("Summary", Summary, Records.TrackedRecord.SummaryMaxLength);
        Wikidata.Check(problems, WikidataId);
        foreach (var role in Roles)
        {
            problems.Required("Role", role.Title, PersonRole.TitleMaxLength);
            if (role.From.IsKnown && role.To.IsKnown && role.To.End < role.From.Start)
            {
                problems.Add("Role", $"The role \"{role.Title}\" ends ({role.To}) before it starts ({role.From}).");
            }
        }
    }
}

public sealed class OrganisationDraft : IDirectoryDraft<Organisation>
{
    public string Name { get; set; } = "";

    public OrganisationKind OrganisationKind { get; set; }

    public Guid? CountryId { get; set; }

    public string? WikidataId { get; set; }

    public string DisplayName => Name;

    public static OrganisationDraft From(Organisation organisation) => new()
    {
        Name = organisation.Name, OrganisationKind = organisation.OrganisationKind, CountryId = organisation.CountryId, WikidataId = organisation.WikidataId,
    };

    public void ApplyTo(Organisation entity) =>
        (entity.Name, entity.OrganisationKind, entity.CountryId, entity.WikidataId) = (Name.Trim(), OrganisationKind, CountryId, Wikidata.Tidy(WikidataId));

    public void Check(ValidationProblems problems)
    {
        problems.Required("Name", Name, Organisation.NameMaxLength);
        Wikidata.Check(problems, WikidataId);
    }
}

public sealed class CountryDraft : IDirectoryDraft<Country>
{
    public string Name { get; set; } = "";

    public string IsoCode { get; set; } = "";

    public string? WikidataId { get; set; }

    public string DisplayName => Name;

    public static CountryDraft From(Country country) => new() { Name = country.Name, IsoCode = country.IsoCode, WikidataId = country.WikidataId };

    public void ApplyTo(Country entity) =>
        (entity.Name, entity.IsoCode, entity.WikidataId) = (Name.Trim(), IsoCode.Trim().ToUpperInvariant(), Wikidata.Tidy(WikidataId));

    public void Check(ValidationProblems problems)
    {
        problems.Required("Name", Name, Country.NameMaxLength);
        if (IsoCode.Trim().Length != 2 || !IsoCode.Trim().All(char.IsAsciiLetter))
        {
            problems.Add("ISO code", $"\"{IsoCode}\" is not an ISO 3166-1 alpha-2 code: two letters, such as NZ.");
        }

        Wikidata.Check(problems, WikidataId);
    }
}

/// <summary>A source's fields (<see cref="SourceDraft"/>) with the source rules as its check.</summary>
public sealed class SourceEdit : IDirectoryDraft<Source>
{
    public SourceDraft Content { get; set; } = new();

    public string DisplayName => Content.Title;

    public static SourceEdit From(Source source) => new() { Content = SourceDraft.From(source) };

    public void ApplyTo(Source entity) => Content.ApplyTo(entity);

    public void Check(ValidationProblems problems)
    {
        var probe = new Source { Slug = "probe" };
        Content.ApplyTo(probe);
        foreach (var problem in SourceRules.Validate(probe).All)
        {
            problems.Add(problem.Field, problem.Message);
        }
    }
}

/// <summary>An entity of the directory as the form opens it.</summary>
public sealed record DirectoryEntry<TDraft>(Guid Id, string Slug, PublicationState State, string? InternalNotes, int Version, DateTime? DeletedAt, TDraft Draft);

/// <summary>
/// Adds and changes the people, organisations, countries and sources records point to. They have no review step:
/// an editor sets them Draft (not shown to the public) or Published directly; every save is a revision all the
/// same, deletes are soft and undoable, and a save based on an old version is a conflict. Something still
/// referred to cannot be deleted, so no public page loses what it cites.
/// </summary>
public sealed class DirectoryEditor(PolicyTrackerDbContext db, IActor actor, TimeProvider clock)
{
    private readonly ReferringRecords referrers = new(db);

    public async Task<DirectoryEntry<TDraft>> OpenAsync<TEntity, TDraft>(Guid id, Func<TEntity, TDraft> read, CancellationToken cancellationToken = default)
        where TEntity : Entity
    {
        actor.Require(Roles.Analyst);
        var entity = await WithParts(db.Set<TEntity>()).IgnoreQueryFilters().AsNoTracking().SingleOrDefaultAsync(e => e.Id == id, cancellationToken)
            ?? throw new RecordNotFoundException(id);
        return new DirectoryEntry<TDraft>(entity.Id, entity.Slug, entity.State, entity.InternalNotes, entity.Version, entity.DeletedAt, read(entity));
    }

    /// <summary>Creates (<paramref name="id"/> null) or changes an entity; returns its id.</summary>
    public async Task<Guid> SaveAsync<TEntity, TDraft>(
        Guid? id, int basedOnVersion, TDraft draft, string? slug, PublicationState state, string? internalNotes, CancellationToken cancellationToken = default)
        where TEntity : Entity, new()
        where TDraft : IDirectoryDraft<TEntity>
    {
        actor.Require(Roles.Editor);
        return await db.InCleanStateAsync(async () =>
        {
            var entity = id is { } existing ? await FindForChangeAsync<TEntity>(existing, basedOnVersion, cancellationToken) : new TEntity();
            var problems = new ValidationProblems();
            draft.Check(problems);
            // A typed slug must be free; one made from the name is made free, "-2", "-3"… (an inline source has no slug field).
            var newSlug = string.IsNullOrWhiteSpace(slug)
                ? await FreeSlugAsync<TEntity>(Slugs.FromTitle(draft.DisplayName), entity.Id, cancellationToken)
                : slug.Trim();
            if (!string.IsNullOrWhiteSpace(draft.DisplayName) || !string.IsNullOrWhiteSpace(slug))
            {
                Slugs.Check(problems, newSlug);
            }

            problems.Text("Internal notes", internalNotes, Entity.NotesMaxLength);
            await CheckReferencesAsync(draft, problems, cancellationToken);
            if (state is not (PublicationState.Draft or PublicationState.Published))
            {
                problems.Add("State", "Choose Draft or Published.");
            }

            if (await db.Set<TEntity>().IgnoreQueryFilters().AnyAsync(e => e.Slug == newSlug && e.Id != entity.Id, cancellationToken))
            {
                problems.Add("Slug", $"\"{newSlug}\" is already taken; choose another slug.");
            }

            if (draft is SourceEdit sourceEdit && (await SourceAddresses.LoadAsync(db.Sources, cancellationToken)).HolderOf(sourceEdit.Content.Url, entity.Id) is { } holder)
            {
                problems.Add("URL", SourceAddresses.AlreadyHeld(holder.Title));
            }

            if (state != PublicationState.Published && entity.State == PublicationState.Published
                && await StillReferencedAsync(entity, includeUnpublished: false, cancellationToken) is { } publishedReferrers)
            {
                problems.Add("State", $"Published records point to this; it stays published while they do: {publishedReferrers}.");
            }

            problems.ThrowIfInvalid($"\"{draft.DisplayName}\"");
            draft.ApplyTo(entity);
            (entity.Slug, entity.State, entity.InternalNotes) = (newSlug, state, TextInput.OrNull(internalNotes));
            if (id is null)
            {
                // A new source records the day it was read, unless the editor gave one.
                if (entity is Source { AccessedOn: null } source)
                {
                    source.AccessedOn = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
                }

                db.Add(entity);
            }

            await SaveAsync(entity.Id, basedOnVersion, cancellationToken);
            return entity.Id;
        });
    }

    public Task DeleteAsync<TEntity>(Guid id, int basedOnVersion, CancellationToken cancellationToken = default)
        where TEntity : Entity =>
        ChangeAsync<TEntity>(id, basedOnVersion, async entity =>
        {
            if (await StillReferencedAsync(entity, includeUnpublished: true, cancellationToken) is { } pointing)
            {
                throw new ValidationException("The delete", [new ValidationProblem("State", $"Records still point to this; change them first, then delete it: {pointing}.")]);
            }

            (entity.DeletedAt, entity.DeletedBy) = (clock.GetUtcNow().UtcDateTime, actor.Name);
        }, cancellationToken);

    public Task UndeleteAsync<TEntity>(Guid id, int basedOnVersion, CancellationToken cancellationToken = default)
        where TEntity : Entity =>
        ChangeAsync<TEntity>(id, basedOnVersion, entity =>
        {
            (entity.DeletedAt, entity.DeletedBy) = (null, null);
            return Task.CompletedTask;
        }, cancellationToken);

    private async Task ChangeAsync<TEntity>(Guid id, int basedOnVersion, Func<TEntity, Task> change, CancellationToken cancellationToken)
        where TEntity : Entity
    {
        actor.Require(Roles.Editor);
        await db.InCleanStateAsync(async () =>
        {
            var entity = await FindForChangeAsync<TEntity>(id, basedOnVersion, cancellationToken);
            await change(entity);
            await SaveAsync(id, basedOnVersion, cancellationToken);
        });
    }

    private async Task<TEntity> FindForChangeAsync<TEntity>(Guid id, int basedOnVersion, CancellationToken cancellationToken)
        where TEntity : Entity
    {
        var entity = await WithParts(db.Set<TEntity>()).IgnoreQueryFilters().SingleOrDefaultAsync(e => e.Id == id, cancellationToken)
            ?? throw new RecordNotFoundException(id);
        return entity.Version == basedOnVersion ? entity : throw new EditConflictException(id, basedOnVersion, entity.Version);
    }

    private async Task SaveAsync(Guid id, int basedOnVersion, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new EditConflictException(id, basedOnVersion, basedOnVersion + 1);
        }
    }

    private async Task<string> FreeSlugAsync<TEntity>(string wanted, Guid ownId, CancellationToken cancellationToken)
        where TEntity : Entity
    {
        var slug = wanted;
        for (var n = 2; slug.Length > 0 && await db.Set<TEntity>().IgnoreQueryFilters().AnyAsync(e => e.Slug == slug && e.Id != ownId, cancellationToken); n++)
        {
            slug = $"{wanted}-{n}";
        }

        return slug;
    }

    /// <summary>The organisations a person's roles name and the country an organisation names must exist.</summary>
    private async Task CheckReferencesAsync<TEntity>(IDirectoryDraft<TEntity> draft, ValidationProblems problems, CancellationToken cancellationToken)
        where TEntity : Entity
    {
        var (organisations, countries) = draft switch
        {
            PersonDraft person => (person.Roles.Select(r => r.OrganisationId).OfType<Guid>().Distinct().ToList(), new List<Guid>()),
            OrganisationDraft { CountryId: { } country } => (new List<Guid>(), new List<Guid> { country }),
            _ => (new List<Guid>(), new List<Guid>()),
        };
        foreach (var missing in organisations.Except(await db.Organisations.Where(o => organisations.Contains(o.Id)).Select(o => o.Id).ToListAsync(cancellationToken)))
        {
            problems.Add("Role", $"No organisation has the id {missing}.");
        }

        foreach (var missing in countries.Except(await db.Countries.Where(c => countries.Contains(c.Id)).Select(c => c.Id).ToListAsync(cancellationToken)))
        {
            problems.Add("Country", $"No country has the id {missing}.");
        }
    }

    /// <summary>A person comes with the roles their form edits; the other kinds have no parts.</summary>
    private static IQueryable<TEntity> WithParts<TEntity>(IQueryable<TEntity> entities)
        where TEntity : Entity =>
        entities is IQueryable<Person> people ? (IQueryable<TEntity>)people.Include(p => p.Roles) : entities;

    /// <summary>The records pointing to an entry, every state and the bin included, for the editor to show beside it.</summary>
    public async Task<List<ReferringRecord>> ReferringRecordsAsync<TEntity>(Guid id, CancellationToken cancellationToken = default)
        where TEntity : Entity
    {
        actor.Require(Roles.Analyst);
        var entity = await db.Set<TEntity>().IgnoreQueryFilters().AsNoTracking().SingleOrDefaultAsync(e => e.Id == id, cancellationToken)
            ?? throw new RecordNotFoundException(id);
        return await referrers.FindAsync(entity, includeUnpublished: true, cancellationToken);
    }

    /// <summary>"Records still point to this: ..." naming them, or null when none do.</summary>
    private async Task<string?> StillReferencedAsync(Entity entity, bool includeUnpublished, CancellationToken cancellationToken)
    {
        var records = await referrers.FindAsync(entity, includeUnpublished, cancellationToken);
        if (records.Count == 0)
        {
            return null;
        }

        const int named = 5;
        var names = string.Join("; ", records.Take(named).Select(r => $"\"{r.Title}\" ({RecordKinds.Of(r.Kind).Noun}{(r.Deleted ? ", in the bin" : "")})"));
        return records.Count > named ? $"{names} and {records.Count - named} more" : names;
    }
}

public sealed record DirectoryItem(Guid Id, string Name, PublicationState State, bool Deleted);

/// <summary>The lists of the workspace directory: every person, organisation, country or source, deleted ones included.</summary>
public sealed class DirectoryQueries(PolicyTrackerDbContext db)
{
    public static readonly IReadOnlyList<string> Sections = ["people", "organisations", "countries", "sources"];

    /// <summary>The section's entries by name, or null for a section that does not exist.</summary>
    public async Task<List<DirectoryItem>?> ListAsync(string section, CancellationToken cancellationToken = default) => section switch
    {
        "people" => await db.People.IgnoreQueryFilters().AsNoTracking().OrderBy(e => e.Name)
            .Select(e => new DirectoryItem(e.Id, e.Name, e.State, e.DeletedAt != null)).ToListAsync(cancellationToken),
        "organisations" => await db.Organisations.IgnoreQueryFilters().AsNoTracking().OrderBy(e => e.Name)
            .Select(e => new DirectoryItem(e.Id, e.Name, e.State, e.DeletedAt != null)).ToListAsync(cancellationToken),
        "countries" => await db.Countries.IgnoreQueryFilters().AsNoTracking().OrderBy(e => e.Name)
            .Select(e => new DirectoryItem(e.Id, e.Name, e.State, e.DeletedAt != null)).ToListAsync(cancellationToken),
        "sources" => await db.Sources.IgnoreQueryFilters().AsNoTracking().OrderBy(e => e.Title)
            .Select(e => new DirectoryItem(e.Id, e.Title, e.State, e.DeletedAt != null)).ToListAsync(cancellationToken),
        _ => null,
    };

    /// <summary>Sources that are not published and that nothing cites: added while citing and then left, for clean-up.</summary>
    public Task<List<DirectoryItem>> UnusedDraftSourcesAsync(CancellationToken cancellationToken = default) =>
        db.Sources.AsNoTracking()
            .Where(s => s.State != PublicationState.Published && !db.Citations.Any(c => c.SourceId == s.Id))
            .OrderBy(s => s.Title)
            .Select(s => new DirectoryItem(s.Id, s.Title, s.State, false))
            .ToListAsync(cancellationToken);
}
