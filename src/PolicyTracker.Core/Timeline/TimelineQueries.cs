using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using PolicyTracker.Core.Agreements;
using PolicyTracker.Core.Common;
using PolicyTracker.Core.Data;
using PolicyTracker.Core.Publication;
using PolicyTracker.Core.Records;
using PolicyTracker.Core.Sources;
using PolicyTracker.Core.Search;

namespace PolicyTracker.Core.Timeline;

public sealed record TimelineItem(
    string Slug,
    RecordKind Kind,
    string Title,
    string Summary,
    FuzzyDate Date,
    FuzzyDate? EndDate,
    string? Quotation,
    /// <summary>Whether <see cref="Quotation"/> may be shown as one: only words found in an archived copy may.</summary>
    PinpointStatus QuotationStatus,
    string? Speaker,
    /// <summary>The speaker's address when the speaker is a person on the site: who said it, not merely a name.</summary>
    string? SpeakerSlug,
    string? Place,
    int? Count,
    bool CountIsMinimum,
    IReadOnlyList<string> Agreements,
    IReadOnlyList<string> People,
    IReadOnlyList<string> Organisations,
    IReadOnlyList<string> Countries,
    IReadOnlyList<CitationView> Citations,
    PublicationState State,
    Guid Id,
    /// <summary>Whether a published record has a change waiting (workspace only; null on public lists).</summary>
    PublicationState? PendingState);

public sealed record FilterOption(string Slug, string Name);

/// <summary>The choices of the timeline's filters; sources only in the workspace.</summary>
public sealed record TimelineFilterOptions(
    IReadOnlyList<FilterOption> Agreements,
    IReadOnlyList<FilterOption> People,
    IReadOnlyList<FilterOption> Countries,
    IReadOnlyList<FilterOption> Sources)
{
    public IReadOnlyList<FilterOption> Organisations { get; init; } = [];

    /// <summary>The one record a thread follows, when it follows one (<see cref="TimelineFilter.Record"/>): never a list of every record.</summary>
    public IReadOnlyList<FilterOption> Records { get; init; } = [];
}

/// <summary>
/// One page of the timeline. Pages know whether another follows rather than counting every match: a count
/// costs a scan of all matching records, and grows with them, on every uncached view.
/// </summary>
public sealed record TimelineResult(IReadOnlyList<TimelineItem> Items, TimelineFilter Filter, bool HasNextPage);

/// <summary>One page of the analysts' timeline: records in every state.</summary>
public sealed record WorkspaceTimelineResult(IReadOnlyList<TimelineItem> Items, WorkspaceFilter Filter, bool HasNextPage);

/// <summary>
/// The one query behind every list of dated records: the timeline, the statements and meetings pages, the
/// CSV export and the JSON API. Records come in timeline order: date, then the more precise date first.
/// </summary>
public sealed class TimelineQueries(PolicyTrackerDbContext db)
{
    public async Task<TimelineResult> GetPublishedPageAsync(TimelineFilter filter, CancellationToken cancellationToken = default)
    {
        var (items, hasNext) = await PageAsync(Filter(db.Records.AsNoTracking().VisibleToPublic(), filter, publicOnly: true), filter, publicOnly: true, cancellationToken);
        return new TimelineResult(items, filter, hasNext);
    }

    /// <summary>
    /// The latest developments: the published records with the latest dates, latest first (what happened, by when it
    /// happened, not when it was entered). Undated records are left out: "latest" says nothing of them.
    /// </summary>
    public Task<List<TimelineItem>> LatestPublishedAsync(int count, CancellationToken cancellationToken = default) =>
        Project(db.Records.AsNoTracking().VisibleToPublic().Where(r => r.Date.Start != null).InReverseTimelineOrder().Take(count), publicOnly: true)
            .ToListAsync(cancellationToken);

    /// <summary>The analysts' view: records in any state (not deleted), all their citations.</summary>
    public async Task<WorkspaceTimelineResult> GetWorkspacePageAsync(WorkspaceFilter filter, CancellationToken cancellationToken = default)
    {
        var (items, hasNext) = await PageAsync(FilterWorkspace(filter), filter.Timeline, publicOnly: false, cancellationToken);
        return new WorkspaceTimelineResult(items, filter, hasNext);
    }

    /// <summary>Every record the analysts' filter selects, streamed in timeline order (for exports).</summary>
    public IAsyncEnumerable<TimelineItem> StreamWorkspaceAsync(WorkspaceFilter filter) =>
        Project(FilterWorkspace(filter).InTimelineOrder(), publicOnly: false).AsAsyncEnumerable();

    private IQueryable<TrackedRecord> FilterWorkspace(WorkspaceFilter filter)
    {
        var records = Filter(db.Records.AsNoTracking(), filter.Timeline, publicOnly: false);
        if (filter.State is { } state)
        {
            // A live record's pending change is a draft (or in review) too: the review queue must show it.
            records = records.Where(r => r.State == state || r.PendingState == state);
        }

        if (filter.Source is { } source)
        {
            records = records.Where(r => r.Citations.Any(c => c.Source.Slug == source));
        }

        if (filter.Reliability is { } reliability)
        {
            records = records.Where(r => r.Citations.Any(c => c.Source.Reliability == reliability));
        }

        return records;
    }

    private async Task<(List<TimelineItem> Items, bool HasNext)> PageAsync(
        IQueryable<TrackedRecord> records, TimelineFilter filter, bool publicOnly, CancellationToken cancellationToken)
    {
        // The record a page starts after or ends before is looked for among the records the filter selects: a link
        // from another view, or to a record no longer listed, falls back to the page's number.
        var cursor = filter.After ?? filter.Before;
        var key = cursor is not null && db.Database.IsNpgsql() ? await TimelineKeyset.KeyOfAsync(records, cursor, cancellationToken) : null;
        if (key is not null && filter.Before is not null)
        {
            var before = await Project(TimelineKeyset.Before(records, key).InReverseTimelineOrder().Take(TimelineFilter.PageSize), publicOnly)
                .ToListAsync(cancellationToken);
            before.Reverse();
            return (before, true); // the record it ends before follows
        }

        var page = key is not null
            ? TimelineKeyset.After(records, key).InTimelineOrder()
            : records.InTimelineOrder().Skip((filter.Page - 1) * TimelineFilter.PageSize);

        // One more than a page is read to know whether another page follows.
        var items = await Project(page.Take(TimelineFilter.PageSize + 1), publicOnly).ToListAsync(cancellationToken);
        var hasNext = items.Count > TimelineFilter.PageSize;
        return (hasNext ? items[..TimelineFilter.PageSize] : items, hasNext);
    }

    /// <summary>
    /// How many records are at each workflow step, counting a live record's pending change at its own step: the
    /// workspace overview's queue.
    /// </summary>
    public async Task<IReadOnlyDictionary<PublicationState, int>> CountByStepAsync(CancellationToken cancellationToken = default)
    {
        var states = await db.Records.AsNoTracking().GroupBy(r => r.State).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var pending = await db.Records.AsNoTracking().Where(r => r.PendingState != null).GroupBy(r => r.PendingState!.Value)
            .Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        return Enum.GetValues<PublicationState>().ToDictionary(
            state => state,
            state => states.Where(s => s.Key == state).Sum(s => s.Count) + pending.Where(p => p.Key == state).Sum(p => p.Count));
    }

    /// <summary>
    /// What the public filters can be set to: the published agreements, people, countries and organisations, and the
    /// record <paramref name="filter"/> follows, if it follows one and it is on public view.
    /// </summary>
    public async Task<TimelineFilterOptions> GetPublishedFilterOptionsAsync(TimelineFilter? filter = null, CancellationToken cancellationToken = default)
    {
        var options = await FilterOptionsAsync(publicOnly: true, cancellationToken);
        return filter?.Record is not { } record ? options : options with
        {
            Records = await db.Records.AsNoTracking().AtPublicAddress(db.Revisions).Where(r => r.Slug == record)
                .Select(r => new FilterOption(r.Slug, r.Title)).ToListAsync(cancellationToken),
        };
    }

    /// <summary>What the analysts' filters can be set to: agreements, people, countries and sources in every state.</summary>
    public Task<TimelineFilterOptions> GetWorkspaceFilterOptionsAsync(CancellationToken cancellationToken = default) =>
        FilterOptionsAsync(publicOnly: false, cancellationToken);

    private async Task<TimelineFilterOptions> FilterOptionsAsync(bool publicOnly, CancellationToken cancellationToken) => new(
        await Shown(db.Set<Agreement>(), publicOnly).OrderBy(a => a.Title)
            .Select(a => new FilterOption(a.Slug, a.ShortName ?? a.Title)).ToListAsync(cancellationToken),
        await Shown(db.People, publicOnly).OrderBy(p => p.Name)
            .Select(p => new FilterOption(p.Slug, p.Name)).ToListAsync(cancellationToken),
        await Shown(db.Countries, publicOnly).OrderBy(c => c.Name)
            .Select(c => new FilterOption(c.Slug, c.Name)).ToListAsync(cancellationToken),
        publicOnly ? [] : await db.Sources.AsNoTracking().OrderBy(s => s.Title)
            .Select(s => new FilterOption(s.Slug, s.Title)).ToListAsync(cancellationToken))
    {
        Organisations = await Shown(db.Organisations, publicOnly).OrderBy(o => o.Name)
            .Select(o => new FilterOption(o.Slug, o.Name)).ToListAsync(cancellationToken),
    };

    private static IQueryable<T> Shown<T>(IQueryable<T> entities, bool publicOnly)
        where T : Entity =>
        publicOnly ? entities.AsNoTracking().VisibleToPublic() : entities.AsNoTracking();

    /// <summary>
    /// The ids of the records with a public address (published, or retracted) the filter selects, for a thread's feed
    /// to list their changes; matched as the public timeline matches them.
    /// </summary>
    public IQueryable<Guid> PublicIdsMatching(TimelineFilter filter) =>
        Filter(db.Records.AsNoTracking().AtPublicAddress(db.Revisions), filter, publicOnly: true).Select(r => r.Id);

    /// <summary>Every published record the filter selects, streamed in timeline order (for exports).</summary>
    public IAsyncEnumerable<TimelineItem> StreamPublishedAsync(TimelineFilter filter) =>
        Project(Filter(db.Records.AsNoTracking().VisibleToPublic(), filter, publicOnly: true).InTimelineOrder(), publicOnly: true).AsAsyncEnumerable();

    /// <summary>
    /// For the public, a filter names published entities only: a draft agreement's, person's or country's slug
    /// answers exactly as an unknown one does, so drafts cannot be found by trying addresses.
    /// </summary>
    private IQueryable<TrackedRecord> Filter(IQueryable<TrackedRecord> records, TimelineFilter filter, bool publicOnly)
    {
        var published = PublicationState.Published;
        if (filter.Kind is { } kind)
        {
            records = records.Where(r => r.Kind == kind);
        }

        if (filter.Agreement is { } agreement)
        {
            // The agreement itself and the records about it, as one EXISTS rather than an OR: PostgreSQL answers an
            // OR'd EXISTS by hashing every record linked to the agreement first (PIPIR's 140,000 at a million records,
            // 110 ms), where one EXISTS is looked up for each record the timeline's index gives until the page is full (3 ms).
            records = records.Where(r => r.Agreements.Where(a => a.Slug == agreement && (!publicOnly || a.State == published)).Select(a => a.Id)
                .Concat(db.Records.Where(self => self.Id == r.Id && self.Slug == agreement).Select(self => self.Id))
                .Any());
        }

        if (filter.Person is { } person)
        {
            // The people it names, and one who spoke in it.
            records = records.Where(TimelineFields.Expand<Func<TrackedRecord, bool>>(r => r.People.Any(p => p.Slug == person && (!publicOnly || p.State == published))
                || TimelineFields.Declared<string?>(r, publicOnly, nameof(TimelineItem.SpeakerSlug)) == person));
        }

        if (filter.Country is { } country)
        {
            records = records.Where(r => r.Countries.Any(c => c.Slug == country && (!publicOnly || c.State == published)));
        }

        if (filter.Organisation is { } organisation)
        {
            records = records.Where(r => r.Organisations.Any(o => o.Slug == organisation && (!publicOnly || o.State == published)));
        }

        if (filter.Record is { } record)
        {
            records = records.Where(r => r.Slug == record);
        }

        if (filter.From is { } from)
        {
            records = records.Where(r => r.Date.Start >= from);
        }

        if (filter.To is { } to)
        {
            records = records.Where(r => r.Date.Start <= to);
        }

        if (db.Database.IsNpgsql())
        {
            records = TimelineKeyset.DatedBetween(records, filter.From, filter.To);
        }

        if (filter.Text is { } text)
        {
            // The title, and the text search reads (the summary and each kind's declared fields: a statement's words, a question's).
            var pattern = $"%{text.ToLowerInvariant()}%";
            records = records.Where(SearchableText.With<bool>((r, searchable) =>
                EF.Functions.Like(r.Title.ToLower(), pattern) || EF.Functions.Like(searchable.ToLower(), pattern)));
        }

        return records;
    }

    /// <summary>
    /// Public lists show published agreements and citations of published sources only; the workspace shows all.
    /// </summary>
    private IQueryable<TimelineItem> Project(IQueryable<TrackedRecord> records, bool publicOnly)
    {
        var published = PublicationState.Published;
        Expression<Func<Citation, bool>> shownCitations = publicOnly ? CitationView.IsPublic : c => true;
        // PostgreSQL reads a record's agreements from the agreements' side, for each record (a lateral join): from the
        // record's side it estimates the published agreements, a handful among a million records, at one row, and so
        // compared every record with every link (a CSV of a million records ran for over 17 minutes). SQLite has no
        // lateral join.
        Expression<Func<TrackedRecord, List<string>>> agreementNames = db.Database.IsNpgsql()
            ? r => db.Set<Agreement>().Where(a => (!publicOnly || a.State == published) && a.RelatedRecords.Any(related => related.Id == r.Id))
                .OrderBy(a => a.Title).Select(a => a.ShortName ?? a.Title).ToList()
            : r => r.Agreements.Where(a => !publicOnly || a.State == published).OrderBy(a => a.Title).Select(a => a.ShortName ?? a.Title).ToList();
        Expression<Func<TrackedRecord, List<string>, TimelineItem>> item = (r, agreements) => new TimelineItem(
            r.Slug,
            r.Kind,
            r.Title,
            r.Summary,
            FuzzyDate.FromColumns(r.Date.Start, r.Date.Precision, r.Date.Approximate, r.Date.Until),
            TimelineFields.Declared<FuzzyDate?>(r, publicOnly, nameof(TimelineItem.EndDate)),
            TimelineFields.Declared<string?>(r, publicOnly, nameof(TimelineItem.Quotation)),
            TimelineFields.Declared<PinpointStatus>(r, publicOnly, nameof(TimelineItem.QuotationStatus)),
            TimelineFields.Declared<string?>(r, publicOnly, nameof(TimelineItem.Speaker)),
            TimelineFields.Declared<string?>(r, publicOnly, nameof(TimelineItem.SpeakerSlug)),
            TimelineFields.Declared<string?>(r, publicOnly, nameof(TimelineItem.Place)),
            TimelineFields.Declared<int?>(r, publicOnly, nameof(TimelineItem.Count)),
            TimelineFields.Declared<bool>(r, publicOnly, nameof(TimelineItem.CountIsMinimum)),
            agreements,
            r.People.Where(p => !publicOnly || p.State == published).OrderBy(p => p.Name).Select(p => p.Name).ToList(),
            r.Organisations.Where(o => !publicOnly || o.State == published).OrderBy(o => o.Name).Select(o => o.Name).ToList(),
            r.Countries.Where(c => !publicOnly || c.State == published).OrderBy(c => c.Name).Select(c => c.Name).ToList(),
            r.Citations.AsQueryable().Where(shownCitations).OrderBy(citation => citation.Id).Select(CitationView.Project).ToList(),
            r.State,
            r.Id,
            publicOnly ? null : r.PendingState);

        // A page is 50 records with a few citations and agreements each: one round trip beats three.
        return records.Select(TimelineFields.Expand(Substitute.Fill(item, agreementNames))).AsSingleQuery();
    }
}
