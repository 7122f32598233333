using Microsoft.EntityFrameworkCore;
using PolicyTracker.Core.Accounts;
using PolicyTracker.Core.Common;
using PolicyTracker.Core.Data;

namespace PolicyTracker.Core.Sources;

/// <summary>A source as an editor enters it, for instance inline while citing it from a record.</summary>
public sealed class SourceDraft
{
    public string Title { get; set; } = "";

    public string? Outlet { get; set; }

    public string? Author { get; set; }

    public SourceKind SourceKind { get; set; }

    public string? Url { get; set; }

    public FuzzyDate Published { get; set; } = FuzzyDate.Unknown;

    public Reliability Reliability { get; set; } = Reliability.Medium;

    public string ReliabilityReason { get; set; } = "";
}

/// <summary>
/// Adds sources. A source is a public reference rather than a claim of the tracker's own, so an editor's new
/// source is published at once (checked by <see cref="SourceRules"/>): a record citing it can then go through
/// review and publication without a second workflow for its bibliography.
/// </summary>
public sealed class SourceEditor(PolicyTrackerDbContext db, IActor actor, TimeProvider clock)
{
    public async Task<Source> CreateAsync(SourceDraft draft, CancellationToken cancellationToken = default)
    {
        if (!actor.IsInRole(Roles.Editor))
        {
            throw new UnauthorizedAccessException($"{actor.Name} may not add sources: it needs the {Roles.Editor} role.");
        }

        var slug = Slugs.FromTitle(draft.Title);
        for (var n = 2; slug.Length > 0 && await db.Sources.IgnoreQueryFilters().AnyAsync(s => s.Slug == slug, cancellationToken); n++)
        {
            slug = $"{Slugs.FromTitle(draft.Title)}-{n}";
        }

        var source = new Source
        {
            Slug = slug,
            Title = draft.Title.Trim(),
            Outlet = TextInput.OrNull(draft.Outlet),
            Author = TextInput.OrNull(draft.Author),
            SourceKind = draft.SourceKind,
            Url = TextInput.OrNull(draft.Url),
            Published = draft.Published,
            AccessedOn = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime),
            Reliability = draft.Reliability,
            ReliabilityReason = draft.ReliabilityReason.Trim(),
            State = PublicationState.Published,
        };
        SourceRules.Validate(source).ThrowIfInvalid("The source");
        db.Sources.Add(source);
        await db.SaveChangesAsync(cancellationToken);
        db.Entry(source).State = EntityState.Detached;
        return source;
    }

}
