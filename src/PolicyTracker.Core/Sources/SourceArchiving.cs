using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PolicyTracker.Core.Accounts;
using PolicyTracker.Core.Common;
using PolicyTracker.Core.Data;
using PolicyTracker.Core.Sources.Fetching;

namespace PolicyTracker.Core.Sources;

/// <summary>A page fetched and read, not yet kept.</summary>
public sealed record FetchedSource(FetchedPage Page, ReadablePage Readable)
{
    /// <summary>The address the page gives as its own, else the one it was answered from.</summary>
    public string Address => Readable.Metadata.CanonicalUrl is { } canonical && SourceRules.IsWebAddress(canonical) ? canonical : Page.FinalUrl;
}

/// <summary>
/// An editor's two ways to give a source an archived copy: the server fetches its address now, or the editor enters
/// the text of a source the server cannot fetch (paywalled, print, offline), recorded as such. Either way the copy
/// is kept whole or not at all, and the source's quotations are verified against it.
/// </summary>
public sealed class SourceArchiving(PolicyTrackerDbContext db, SourceFetcher fetcher, IActor actor) : IAsyncDisposable
{
    /// <summary>
    /// On a context of its own (journalled like the scope's), since its panel sits on the same circuit as the source's
    /// form, and one context must not serve both at once.
    /// </summary>
    public static SourceArchiving WithOwnContext(IServiceProvider services) => new(
        new PolicyTrackerDbContext(services.GetRequiredService<DbContextOptions<PolicyTrackerDbContext>>()),
        services.GetRequiredService<SourceFetcher>(), services.GetRequiredService<IActor>());

    /// <summary>The source's archive as an editor sees it; null for an unknown source.</summary>
    public Task<SourceArchiveForEditors?> ForEditorsAsync(Guid sourceId, CancellationToken cancellationToken = default)
    {
        actor.Require(Roles.Analyst);
        return new SourceQueries(db).ArchiveForEditorsAsync(sourceId, cancellationToken);
    }

    /// <summary>The latest copy of a source, raw bytes and all, for an editor's or analyst's download; null when it has none.</summary>
    public async Task<SourceCopy?> LatestCopyAsync(Guid sourceId, CancellationToken cancellationToken = default)
    {
        actor.Require(Roles.Analyst);
        return await db.SourceCopies.AsNoTracking().Where(c => c.SourceId == sourceId).OrderByDescending(c => c.RetrievedAt).FirstOrDefaultAsync(cancellationToken);
    }

    public async Task<SourceCopy> FetchAsync(Guid sourceId, CancellationToken cancellationToken = default)
    {
        actor.Require(Roles.Editor);
        var url = await db.Sources.Where(s => s.Id == sourceId && s.DeletedAt == null).Select(s => new { s.Url }).SingleOrDefaultAsync(cancellationToken)
            ?? throw new ValidationException("The source", [new ValidationProblem("Source", $"No source has the id {sourceId}.")]);
        if (url.Url is null)
        {
            throw new ValidationException("The source", [new ValidationProblem("URL", "This source has no address to fetch: enter its text by hand instead.")]);
        }

        var fetched = await ReadAddressAsync(url.Url, cancellationToken);
        return await KeepAsync(sourceId, fetched.Page, fetched.Readable, cancellationToken);
    }

    /// <summary>
    /// Fetches and reads the page at <paramref name="url"/> without keeping anything: what a new source's form fills
    /// itself from, and keeps with <see cref="KeepAsync"/> once the source exists.
    /// </summary>
    public async Task<FetchedSource> ReadAddressAsync(string url, CancellationToken cancellationToken = default)
    {
        actor.Require(Roles.Editor);
        var page = await fetcher.FetchAsync(url, cancellationToken);
        return new FetchedSource(page, ReadablePage.From(page));
    }

    /// <summary>
    /// Keeps a page already fetched as the source's archived copy, when it is still the page at the source's address
    /// (an editor may have changed the address after reading it); null when it is not.
    /// </summary>
    public async Task<SourceCopy?> KeepAsync(Guid sourceId, FetchedSource fetched, CancellationToken cancellationToken = default)
    {
        actor.Require(Roles.Editor);
        var address = await db.Sources.Where(s => s.Id == sourceId).Select(s => s.Url).SingleOrDefaultAsync(cancellationToken);
        if (address != fetched.Address && address != fetched.Page.RequestedUrl)
        {
            return null;
        }

        return await KeepAsync(sourceId, fetched.Page, fetched.Readable, cancellationToken);
    }

    private async Task<SourceCopy> KeepAsync(Guid sourceId, FetchedPage page, ReadablePage readable, CancellationToken cancellationToken)
    {
        var copy = SourceCopy.OfPage(sourceId, page, readable.Text, actor.Name);
        await new SourceArchive(db).AddCopyAsync(copy, cancellationToken);
        return copy;
    }

    /// <summary>
    /// Keeps a file of the source an editor uploaded (a PDF, a saved web page, a text) as its archived copy: the same
    /// types and size cap as a fetch, read the same way, the file's bytes kept as the raw copy.
    /// </summary>
    public async Task<SourceCopy> UploadAsync(
        Guid sourceId, string fileName, long size, Stream content, DateTime uploadedAt, CancellationToken cancellationToken = default)
    {
        actor.Require(Roles.Editor);
        var type = Path.GetExtension(fileName).ToLowerInvariant() switch
        {
            ".pdf" => "application/pdf",
            ".html" or ".htm" => "text/html",
            ".txt" => "text/plain",
            _ => throw new FetchRefusedException($"\"{fileName}\" is not a PDF, a saved web page (.html) or a text file (.txt); only those are archived."),
        };
        if (size > fetcher.MaxBytes)
        {
            throw fetcher.TooLarge("file");
        }

        using var read = new MemoryStream();
        await content.CopyToAsync(read, cancellationToken);
        var file = read.ToArray();
        var readable = ReadablePage.From(new FetchedPage(fileName, fileName, 200, type, null, file, uploadedAt));
        var copy = SourceCopy.Of(sourceId, CopyOrigin.UploadedByEditor, file, readable.Text, uploadedAt, actor.Name);
        copy.ContentType = type;
        await new SourceArchive(db).AddCopyAsync(copy, cancellationToken);
        return copy;
    }

    /// <summary>Keeps the text an editor entered from the source itself; its raw bytes are that text, UTF-8.</summary>
    public async Task<SourceCopy> EnterTextAsync(Guid sourceId, string text, DateTime enteredAt, CancellationToken cancellationToken = default)
    {
        actor.Require(Roles.Editor);
        var copy = SourceCopy.Of(sourceId, CopyOrigin.PastedByEditor, Encoding.UTF8.GetBytes(text), text.Trim(), enteredAt, actor.Name);
        await new SourceArchive(db).AddCopyAsync(copy, cancellationToken);
        return copy;
    }

    public ValueTask DisposeAsync() => db.DisposeAsync();
}
