using Microsoft.EntityFrameworkCore;
using PolicyTracker.Core.Common;
using PolicyTracker.Core.Data;
using PolicyTracker.Core.Sources;

namespace PolicyTracker.Core.SampleData;

/// <summary>
/// The texts of the sample data's source articles, kept beside the project (<c>shared/sources/&lt;slug&gt;.txt</c>, in
/// a folder above the repository) rather than in it: they are whole articles, which the tracker may archive but
/// not republish. Each sample source whose text is there starts with an archived copy made from it, dated by the
/// file; the others honestly have no copy yet.
/// </summary>
public sealed class SuppliedSourceTexts(PolicyTrackerDbContext db)
{
    /// <summary>Archives the text of every source that has a file in <paramref name="folder"/> and no copy yet; returns how many.</summary>
    public async Task<int> ArchiveAsync(string? folder, CancellationToken cancellationToken = default)
    {
        if (folder is null || !Directory.Exists(folder))
        {
            return 0;
        }

        var files = Directory.GetFiles(folder, "*.txt").ToDictionary(path => Path.GetFileNameWithoutExtension(path), StringComparer.Ordinal);
        var waiting = await db.Sources.AsNoTracking()
            .Where(s => s.ArchivedAt == null && s.DeletedAt == null && files.Keys.Contains(s.Slug))
            .Select(s => new { s.Id, s.Slug })
            .ToListAsync(cancellationToken);
        var archive = new SourceArchive(db);
        foreach (var source in waiting)
        {
            var path = files[source.Slug];
            var raw = await File.ReadAllBytesAsync(path, cancellationToken);
            using var text = new StreamReader(new MemoryStream(raw), detectEncodingFromByteOrderMarks: true);
            await archive.AddCopyAsync(
                SourceCopy.Of(source.Id, CopyOrigin.SuppliedText, raw, await text.ReadToEndAsync(cancellationToken), File.GetLastWriteTimeUtc(path), "sample data"),
                cancellationToken);
        }

        return waiting.Count;
    }

    /// <summary>The first <c>shared/sources</c> folder found above the working directory or the application.</summary>
    public static string? FindFolder() =>
        new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory }
            .SelectMany(Ancestors)
            .Select(directory => Path.Combine(directory, "shared", "sources"))
            .FirstOrDefault(Directory.Exists);

    private static IEnumerable<string> Ancestors(string directory)
    {
        for (var current = new DirectoryInfo(directory); current is not null; current = current.Parent)
        {
            yield return current.FullName;
        }
    }
}
