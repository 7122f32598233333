using Microsoft.EntityFrameworkCore;
using PolicyTracker.Core.Common;
using PolicyTracker.Core.Records;

namespace PolicyTracker.Core.Timeline;

/// <summary>A record's place in <see cref="TimelineOrder"/>: the columns it sorts by, in that order.</summary>
public sealed record TimelineKey(bool Undated, DateOnly? Start, DatePrecision Precision, bool Approximate, string Title, Guid Id);

/// <summary>
/// Pages that start after (or end before) a record the reader has seen, instead of skipping the pages before them:
/// a skipped row is still read, so the thousandth page of a million records cost as much as reading all before it,
/// while a page after a record is read straight from IX_Records_Timeline at any depth. PostgreSQL only: its row
/// comparison is an index condition, where the same test spelled out column by column is not. The embedded SQLite
/// database, for development and small datasets, pages by number.
/// </summary>
public static class TimelineKeyset
{
    /// <summary>The place of the record <paramref name="slug"/> among <paramref name="records"/>, or null when it is not among them.</summary>
    public static Task<TimelineKey?> KeyOfAsync(IQueryable<TrackedRecord> records, string slug, CancellationToken cancellationToken) =>
        records.Where(r => r.Slug == slug)
            .Select(r => new TimelineKey(r.Date.Start == null, r.Date.Start, r.Date.Precision, r.Date.Approximate, r.Title, r.Id))
            .SingleOrDefaultAsync(cancellationToken);

    /// <summary>The records after <paramref name="key"/> in timeline order.</summary>
    public static IQueryable<TrackedRecord> After(IQueryable<TrackedRecord> records, TimelineKey key) =>
        key.Start is null
            ? records.Where(r => r.Date.Start == null && EF.Functions.GreaterThan(
                ValueTuple.Create(r.Date.Precision, r.Date.Approximate, r.Title, r.Id), ValueTuple.Create(key.Precision, key.Approximate, key.Title, key.Id)))
            : records.Where(r => EF.Functions.GreaterThan(
                ValueTuple.Create(r.Date.Start == null, r.Date.Start, r.Date.Precision, r.Date.Approximate, r.Title, r.Id),
                ValueTuple.Create(false, key.Start, key.Precision, key.Approximate, key.Title, key.Id)));

    /// <summary>
    /// The same records with their dates' bounds restated as row comparisons, which PostgreSQL reads IX_Records_Timeline
    /// between. The index's second column is whether a record is undated, so a bound on the date alone is only a filter
    /// there: a page of 2000–2010 first read every record dated before 2000 (250 ms at a million records). The caller
    /// keeps its plain tests: a row comparison from a date also admits undated records.
    /// </summary>
    public static IQueryable<TrackedRecord> DatedBetween(IQueryable<TrackedRecord> records, DateOnly? from, DateOnly? to)
    {
        if (from is { } start)
        {
            records = records.Where(r => EF.Functions.GreaterThanOrEqual(ValueTuple.Create(r.Date.Start == null, r.Date.Start), ValueTuple.Create(false, (DateOnly?)start)));
        }

        if (to is { } end)
        {
            records = records.Where(r => EF.Functions.LessThanOrEqual(ValueTuple.Create(r.Date.Start == null, r.Date.Start), ValueTuple.Create(false, (DateOnly?)end)));
        }

        return records;
    }

    /// <summary>The records before <paramref name="key"/> in timeline order.</summary>
    public static IQueryable<TrackedRecord> Before(IQueryable<TrackedRecord> records, TimelineKey key) =>
        key.Start is null
            ? records.Where(r => r.Date.Start != null || EF.Functions.LessThan(
                ValueTuple.Create(r.Date.Precision, r.Date.Approximate, r.Title, r.Id), ValueTuple.Create(key.Precision, key.Approximate, key.Title, key.Id)))
            : records.Where(r => EF.Functions.LessThan(
                ValueTuple.Create(r.Date.Start == null, r.Date.Start, r.Date.Precision, r.Date.Approximate, r.Title, r.Id),
                ValueTuple.Create(false, key.Start, key.Precision, key.Approximate, key.Title, key.Id)));
}

/// <summary>Where a pager's links lead: the next page starts after the last record shown, the previous ends before the first.</summary>
public readonly record struct PageLink(int Page, string? After, string? Before)
{
    public static PageLink Next(int page, IReadOnlyList<TimelineItem> shown) => new(page + 1, shown.Count > 0 ? shown[^1].Slug : null, null);

    /// <summary>The first page is addressed by its number alone, so it has one address whichever way it is reached.</summary>
    public static PageLink Previous(int page, IReadOnlyList<TimelineItem> shown) => new(page - 1, null, page > 2 && shown.Count > 0 ? shown[0].Slug : null);
}
