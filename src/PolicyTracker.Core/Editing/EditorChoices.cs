using Microsoft.EntityFrameworkCore;
using PolicyTracker.Core.Common;
using PolicyTracker.Core.Data;
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
    IReadOnlyList<Choice> CountedMeetings,
    IReadOnlyList<Choice> Records)
{
    /// <summary>Every list, for the record form.</summary>
    public static async Task<EditorChoices> LoadAsync(PolicyTrackerDbContext db, CancellationToken cancellationToken = default) => new(
        await db.Agreements.AsNoTracking().OrderBy(a => a.Title)
            .Select(a => new Choice(a.Id, a.ShortName ?? a.Title, a.State)).ToListAsync(cancellationToken),
        await db.People.AsNoTracking().OrderBy(p => p.Name).Select(p => new Choice(p.Id, p.Name, p.State)).ToListAsync(cancellationToken),
        await OrganisationsAsync(db, cancellationToken),
        await CountriesAsync(db, cancellationToken),
        await db.Sources.AsNoTracking().OrderBy(s => s.Title)
            .Select(s => new SourceChoice(s.Id, s.Title, s.Outlet, s.Reliability, s.State)).ToListAsync(cancellationToken),
        await db.Meetings.AsNoTracking().Where(m => m.Count != null).OrderBy(m => m.Title)
            .Select(m => new Choice(m.Id, m.Title + " (" + m.Count + ")", m.State)).ToListAsync(cancellationToken),
        await db.Records.AsNoTracking().OrderBy(r => r.Title).Select(r => new Choice(r.Id, r.Title, r.State)).ToListAsync(cancellationToken));

    /// <summary>One list alone, for the directory forms that need only it.</summary>
    public static Task<List<Choice>> OrganisationsAsync(PolicyTrackerDbContext db, CancellationToken cancellationToken = default) =>
        db.Organisations.AsNoTracking().OrderBy(o => o.Name).Select(o => new Choice(o.Id, o.Name, o.State)).ToListAsync(cancellationToken);

    public static Task<List<Choice>> CountriesAsync(PolicyTrackerDbContext db, CancellationToken cancellationToken = default) =>
        db.Countries.AsNoTracking().OrderBy(c => c.Name).Select(c => new Choice(c.Id, c.Name, c.State)).ToListAsync(cancellationToken);
}
