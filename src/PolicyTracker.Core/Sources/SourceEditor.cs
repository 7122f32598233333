using Microsoft.EntityFrameworkCore;
using PolicyTracker.Core.Accounts;
using PolicyTracker.Core.Common;
using PolicyTracker.Core.Data;

namespace PolicyTracker.Core.Sources;

/// <summary>A source's own content, as an editor enters it (inline, while citing it) and as a dataset file carries it.</summary>
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

    public DateOnly? AccessedOn { get; set; }

    public string? Notes { get; set; }

    public static SourceDraft From(Source source) => new()
    {
        Title = source.Title, Outlet = source.Outlet, Author = source.Author, SourceKind = source.SourceKind, Url = source.Url,
        Published = source.Published, Reliability = source.Reliability, ReliabilityReason = source.ReliabilityReason,
        AccessedOn = source.AccessedOn, Notes = source.Notes,
    };

    public void ApplyTo(Source source)
    {
        source.Title = Title.Trim();
        source.Outlet = TextInput.OrNull(Outlet);
        source.Author = TextInput.OrNull(Author);
        source.SourceKind = SourceKind;
        source.Url = TextInput.OrNull(Url);
        source.Published = Published;
        source.Reliability = Reliability;
        source.ReliabilityReason = ReliabilityReason.Trim();
        source.AccessedOn = AccessedOn;
        source.Notes = TextInput.OrNull(Notes);
    }
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
        actor.Require(Roles.Editor);

        var slug = Slugs.FromTitle(draft.Title);
        for (var n = 2; slug.Length > 0 && await db.Sources.IgnoreQueryFilters().AnyAsync(s => s.Slug == slug, cancellationToken); n++)
        {
            slug = $"{Slugs.FromTitle(draft.Title)}-{n}";
        }

        var source = new Source { Slug = slug, State = PublicationState.Published };
        draft.ApplyTo(source);
        source.AccessedOn ??= DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        SourceRules.Validate(source).ThrowIfInvalid("The source");
        db.Sources.Add(source);
        await db.SaveChangesAsync(cancellationToken);
        db.Entry(source).State = EntityState.Detached;
        return source;
    }

}
