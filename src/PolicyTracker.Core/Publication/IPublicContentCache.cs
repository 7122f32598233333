namespace PolicyTracker.Core.Publication;

/// <summary>
/// Whatever caches public pages and API answers. The database context tells it when a save has changed
/// anything the public can see, so a publication, retraction or correction shows at once.
/// </summary>
public interface IPublicContentCache
{
    ValueTask InvalidateAsync(CancellationToken cancellationToken);
}

public sealed class NoPublicContentCache : IPublicContentCache
{
    public static readonly NoPublicContentCache Instance = new();

    public ValueTask InvalidateAsync(CancellationToken cancellationToken) => ValueTask.CompletedTask;
}
