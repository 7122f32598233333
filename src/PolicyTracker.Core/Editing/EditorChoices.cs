using Microsoft.EntityFrameworkCore;
using PolicyTracker.Core.Agreements;
using PolicyTracker.Core.Common;
using PolicyTracker.Core.Data;
using PolicyTracker.Core.Records;
using PolicyTracker.Core.Sources;

namespace PolicyTracker.Core.Editing;

public sealed record Choice(Guid Id, string Name, PublicationState State);

public sealed record SourceChoice(Guid Id, string Title, string? Outlet, Reliability Reliability, PublicationState State)
{
    /// <summary>"Title (Outlet)", and "draft" for a source the public cannot see yet (it goes public with the first record citing it).</summary>
    public string Label => (Outlet is null ? Title : $"{Title} ({Outlet})") + (State == PublicationState.Published ? "" : " · draft");
}

/// <summary>Everything an editor can link a record to, in every state: the pickers of the record form.</summary>
public sealed record EditorChoices(
    IReadOnlyList<Choice> Agreements,
    IReadOnlyList<Choice> People,
    IReadOnlyList<Choice> Organisations,
    IReadOnlyList<Choice> Countries,
    IReadOnlyList<SourceChoice> Sources,
    IReadOnlyList<Choice> Records,
    /// <summary>The list the kind's own fields pick from (<see cref="Records.RecordKindInfo.OwnChoices"/>); empty for most kinds.</summary>
    IReadOnlyList<Choice> OwnChoices)
{
    /// <summary>Every list the form of a record of <paramref name="kind"/> picks from.</summary>
    public static async Task<EditorChoices> LoadAsync(PolicyTrackerDbContext db, RecordKind kind, CancellationToken cancellationToken = default) => new(
        await db.Set<Agreement>().AsNoTracking().OrderBy(a => a.Title)
            .Select(a => new Choice(a.Id, a.ShortName ?? a.Title, a.State)).ToListAsync(cancellationToken),
        await db.People.AsNoTracking().OrderBy(p => p.Name).Select(p => new Choice(p.Id, p.Name, p.State)).ToListAsync(cancellationToken),
        await OrganisationsAsync(db, cancellationToken),
        await CountriesAsync(db, cancellationToken),
        await db.Sources.AsNoTracking().OrderBy(s => s.Title)
            .Select(s => new SourceChoice(s.Id, s.Title, s.Outlet, s.Reliability, s.State)).ToListAsync(cancellationToken),
        await db.Records.AsNoTracking().OrderBy(r => r.Title).Select(r => new Choice(r.Id, r.Title, r.State)).ToListAsync(cancellationToken),
        RecordKinds.Of(kind).OwnChoices is { } own ? await own(db, cancellationToken) : []);

    /// <summary>One list alone, for the directory forms that need only it.</summary>
    public static Task<List<Choice>> OrganisationsAsync(PolicyTrackerDbContext db, CancellationToken cancellationToken = default) =>
        db.Organisations.AsNoTracking().OrderBy(o => o.Name).Select(o => new Choice(o.Id, o.Name, o.State)).ToListAsync(cancellationToken);

    public static Task<List<Choice>> CountriesAsync(PolicyTrackerDbContext db, CancellationToken cancellationToken = default) =>
        db.Countries.AsNoTracking().OrderBy(c => c.Name).Select(c => new Choice(c.Id, c.Name, c.State)).ToListAsync(cancellationToken);
}
