using PolicyTracker.Core.Publication;

namespace PolicyTracker.Tests.Infrastructure;

/// <summary>A public cache that only notes what it was asked to evict, for tests of what a save evicts and when.</summary>
public sealed class RecordingPublicContentCache : IPublicContentCache
{
    public List<IReadOnlyCollection<string>> Evictions { get; } = [];

    public ValueTask InvalidateAsync(IReadOnlyCollection<string> tags, CancellationToken cancellationToken)
    {
        Evictions.Add(tags);
        return ValueTask.CompletedTask;
    }
}
