using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PolicyTracker.Core.Common;
using PolicyTracker.Core.Data;
using PolicyTracker.Core.History;
using PolicyTracker.Core.OpenData;
using PolicyTracker.Core.Publication;
using PolicyTracker.Core.Sources;
using PolicyTracker.Core.Timeline;
using PolicyTracker.Web.Components.Shared;
using PolicyTracker.Web.Sources;
using PolicyTracker.Web.Timeline;

namespace PolicyTracker.Web.OpenData;

/// <summary>A release as /data lists it.</summary>
public sealed record ReleaseSummary(DateOnly Day, DateTime MadeAt, int Records, int Added, int Changed, int Retracted);

/// <summary>A file of a release as its page lists it.</summary>
public sealed record ReleaseFileSummary(string Name, string MediaType, int Bytes, string Sha256);

/// <summary>
/// Dated open-data releases: on each day something public changed, the public record as files (records and sources as
/// CSV with a Table Schema, records as JSON, a change file since the previous release) wrapped in a Frictionless Data
/// Package with each file's SHA-256. A release is made once per day whatever the number of instances (the day is
/// unique in the database, so a second instance's attempt is refused and dropped), and never changed afterwards.
/// </summary>
public sealed class DataReleases(PolicyTrackerDbContext db, TimelineQueries timeline, SourceQueries sources, ChangeLogQueries changeLog, IPublicContentCache cache, TimeProvider clock)
{
    public const string RecordsCsv = "records.csv";
    public const string RecordsJson = "records.json";
    public const string SourcesCsv = "sources.csv";
    public const string ChangesCsv = "changes.csv";

    private static readonly IReadOnlyList<CsvColumn> ChangeColumns =
    [
        new("change", "string", "What happened to the record: added, corrected, updated, retracted or reinstated."),
        new("at", "datetime", "When (UTC)."),
        new("kind", "string", "The kind of record."),
        new("title", "string", "The record's title now."),
        new("url", "string", "The record's page."),
        new("public_note", "string", "The public note given with a correction, update, retraction or reinstatement."),
    ];

    private static readonly IReadOnlyList<CsvColumn> PeopleColumns =
    [
        new("name", "string", "The person's name."),
        new("page", "string", "Their page on the tracker."),
        new("wikidata", "string", "Their Wikidata item (Q and digits), where the tracker gives one."),
    ];

    private static readonly IReadOnlyList<CsvColumn> OrganisationColumns =
    [
        new("name", "string", "The organisation's name."),
        new("kind", "string", "What kind of organisation it is."),
        new("country", "string", "Its country."),
        new("wikidata", "string", "Its Wikidata item, where the tracker gives one."),
    ];

    private static readonly IReadOnlyList<CsvColumn> CountryColumns =
    [
        new("name", "string", "The country's name."),
        new("iso_code", "string", "Its ISO 3166-1 alpha-2 code."),
        new("wikidata", "string", "Its Wikidata item, where the tracker gives one."),
    ];

    private static readonly JsonSerializerOptions RecordsJsonOptions = new(JsonSerializerDefaults.Web) { WriteIndented = true, Encoder = DataPackage.Json.Encoder, Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };

    /// <summary>
    /// Makes today's release (New Zealand's day) if there is none yet and something public changed since the previous
    /// one; returns it, or null when none was due or another instance made it first. Links in it start with <paramref name="site"/>.
    /// </summary>
    public async Task<DataRelease?> MakeDueAsync(string site, CancellationToken cancellationToken)
    {
        var today = NewZealandTime.Today(clock);
        if (await db.DataReleases.AnyAsync(r => r.Day == today, cancellationToken))
        {
            return null;
        }

        var previous = await db.DataReleases.OrderByDescending(r => r.Day).Select(r => (DateTime?)r.ChangesUntil).FirstOrDefaultAsync(cancellationToken);
        var lastChange = await changeLog.LastChangeAsync(cancellationToken);
        if (lastChange is null || lastChange <= previous)
        {
            return null;
        }

        var release = await BuildAsync(today, previous, lastChange.Value, site, cancellationToken);
        db.DataReleases.Add(release);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            if (await db.DataReleases.AnyAsync(r => r.Day == today, cancellationToken))
            {
                return null;
            }

            throw;
        }

        // /data and /data/latest are listings; a release is new content for them.
        await cache.InvalidateAsync([PublicContentTags.Listings], cancellationToken);
        return release;
    }

    public async Task<IReadOnlyList<ReleaseSummary>> ListAsync(CancellationToken cancellationToken = default) =>
        await db.DataReleases.AsNoTracking().OrderByDescending(r => r.Day)
            .Select(r => new ReleaseSummary(r.Day, r.MadeAt, r.Records, r.Added, r.Changed, r.Retracted))
            .ToListAsync(cancellationToken);

    public async Task<(ReleaseSummary Release, IReadOnlyList<ReleaseFileSummary> Files)?> FindAsync(DateOnly day, CancellationToken cancellationToken = default)
    {
        var release = await db.DataReleases.AsNoTracking().Where(r => r.Day == day)
            .Select(r => new ReleaseSummary(r.Day, r.MadeAt, r.Records, r.Added, r.Changed, r.Retracted)).SingleOrDefaultAsync(cancellationToken);
        if (release is null)
        {
            return null;
        }

        var files = await db.DataReleases.AsNoTracking().Where(r => r.Day == day).SelectMany(r => r.Files)
            .OrderBy(f => f.Name).Select(f => new ReleaseFileSummary(f.Name, f.MediaType, f.Content.Length, f.Sha256)).ToListAsync(cancellationToken);
        return (release, files);
    }

    public Task<DataReleaseFile?> FileAsync(DateOnly day, string name, CancellationToken cancellationToken = default) =>
        db.DataReleases.AsNoTracking().Where(r => r.Day == day).SelectMany(r => r.Files).SingleOrDefaultAsync(f => f.Name == name, cancellationToken);

    public Task<DateOnly?> LatestDayAsync(CancellationToken cancellationToken = default) =>
        db.DataReleases.OrderByDescending(r => r.Day).Select(r => (DateOnly?)r.Day).FirstOrDefaultAsync(cancellationToken);

    private async Task<DataRelease> BuildAsync(DateOnly day, DateTime? since, DateTime until, string site, CancellationToken cancellationToken)
    {
        var records = await timeline.StreamPublishedAsync(new TimelineFilter()).ToListAsync(cancellationToken);
        var sourceList = await sources.ListPublishedAsync(cancellationToken);
        var changes = await changeLog.BetweenAsync(since, until, cancellationToken);
        var madeAt = clock.GetUtcNow().UtcDateTime;
        var files = new List<DataPackage.PackagedFile>
        {
            new(RecordsCsv, "text/csv", await CsvDownload.BytesAsync(TimelineCsv.Columns, records.Select(r => TimelineCsv.Row(r, site)).ToAsyncEnumerable(), cancellationToken),
                "Every published record, a row each, as the timeline's CSV gives them", TimelineCsv.Columns),
            new(SourcesCsv, "text/csv", await CsvDownload.BytesAsync(Web.Sources.SourcesCsv.Columns, sourceList.Select(s => Web.Sources.SourcesCsv.Row(s, site)).ToAsyncEnumerable(), cancellationToken),
                "Every published source, with its archive facts", Web.Sources.SourcesCsv.Columns),
            new(ChangesCsv, "text/csv", await CsvDownload.BytesAsync(ChangeColumns, changes.Select(c => ChangeRow(c, site)).ToAsyncEnumerable(), cancellationToken),
                since is null ? "Every public change up to this release" : "The public changes since the previous release", ChangeColumns),
            await TableAsync("people.csv", "The people records involve, with their Wikidata items", PeopleColumns,
                db.People.AsNoTracking().VisibleToPublic().OrderBy(p => p.Name).Select(p => new { p.Name, p.Slug, p.WikidataId }),
                p => [p.Name, site + Paths.Person(p.Slug), p.WikidataId ?? ""], cancellationToken),
            await TableAsync("organisations.csv", "The organisations records involve, with their Wikidata items", OrganisationColumns,
                db.Organisations.AsNoTracking().VisibleToPublic().OrderBy(o => o.Name)
                    .Select(o => new { o.Name, o.OrganisationKind, Country = o.Country != null && o.Country.State == Core.Common.PublicationState.Published ? o.Country.Name : null, o.WikidataId }),
                o => [o.Name, Labels.Of(o.OrganisationKind), o.Country ?? "", o.WikidataId ?? ""], cancellationToken),
            await TableAsync("countries.csv", "The countries records involve, with their Wikidata items", CountryColumns,
                db.Countries.AsNoTracking().VisibleToPublic().OrderBy(c => c.Name).Select(c => new { c.Name, c.IsoCode, c.WikidataId }),
                c => [c.Name, c.IsoCode, c.WikidataId ?? ""], cancellationToken),
            new(RecordsJson, "application/json", JsonSerializer.SerializeToUtf8Bytes(records, RecordsJsonOptions),
                "Every published record as JSON, with its citations, as the API's /api/records gives them"),
        };
        var descriptor = DataPackage.Describe(day, madeAt, new Uri(site + "/data"), files);
        var release = new DataRelease
        {
            Day = day, MadeAt = madeAt, ChangesUntil = until, Records = records.Count,
            Added = changes.Count(c => c.Action == RevisionAction.Published),
            Changed = changes.Count(c => c.Action is RevisionAction.Corrected or RevisionAction.PublicUpdate or RevisionAction.Reinstated),
            Retracted = changes.Count(c => c.Action == RevisionAction.Retracted),
        };
        release.Files.AddRange(files.Append(new DataPackage.PackagedFile(DataPackage.FileName, "application/json", descriptor, "The package's descriptor"))
            .Select(f => new DataReleaseFile { Name = f.Name, MediaType = f.MediaType, Content = f.Content, Sha256 = f.Sha256 }));
        return release;
    }

    private static async Task<DataPackage.PackagedFile> TableAsync<T>(
        string name, string description, IReadOnlyList<CsvColumn> columns, IQueryable<T> rows, Func<T, string[]> row, CancellationToken cancellationToken)
    {
        var read = await rows.ToListAsync(cancellationToken);
        return new(name, "text/csv", await CsvDownload.BytesAsync(columns, read.Select(row).ToAsyncEnumerable(), cancellationToken), description, columns);
    }

    private static string[] ChangeRow(PublicChange change, string site) =>
    [
        change.Action switch
        {
            RevisionAction.Published => "added",
            RevisionAction.Corrected => "corrected",
            RevisionAction.PublicUpdate => "updated",
            RevisionAction.Retracted => "retracted",
            _ => "reinstated",
        },
        change.At.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture),
        Labels.For(change.Kind),
        change.Title,
        site + Paths.Record(change.Kind, change.Slug),
        change.Reason ?? "",
    ];
}
