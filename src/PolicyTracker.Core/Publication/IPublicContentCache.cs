namespace PolicyTracker.Core.Publication;

/// <summary>
/// Whatever caches public pages and API answers. The database context tells it, once a save has landed, which
/// cached answers show something the save changed (as <see cref="PublicContentTags"/>), so a publication,
/// retraction or correction shows at once on every page that shows it, and on no other.
/// </summary>
public interface IPublicContentCache
{
    ValueTask InvalidateAsync(IReadOnlyCollection<string> tags, CancellationToken cancellationToken);
}

public sealed class NoPublicContentCache : IPublicContentCache
{
    public static readonly NoPublicContentCache Instance = new();

    public ValueTask InvalidateAsync(IReadOnlyCollection<string> tags, CancellationToken cancellationToken) => ValueTask.CompletedTask;
}

/// <summary>
/// The names cached public answers carry. A record's own pages (its page, its "what changed" page, its API answer)
/// carry <see cref="Record"/>; every other public answer (home, timeline, search, lists, feeds, sitemap, people
/// and sources) is a listing. A CDN is given the same names, so it can purge as precisely as the app does.
/// </summary>
public static class PublicContentTags
{
    /// <summary>Carried by every cached public answer: evicting it empties the cache.</summary>
    public const string Everything = "public";

    public const string Listings = "listings";

    public const string RecordPrefix = "record-";

    public static string Record(Guid id) => $"{RecordPrefix}{id:N}";
}
