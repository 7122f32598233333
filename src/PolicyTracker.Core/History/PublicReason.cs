namespace PolicyTracker.Core.History;

/// <summary>Why a save is public: a retraction, or a correction or update (<paramref name="Action"/>) of a published record.</summary>
public sealed record PublicReason(string Text, RevisionAction? Action = null);

/// <summary>
/// The public reason for the saves made inside a scope, recorded on the revisions they write. It flows with the
/// asynchronous call that set it, as a transaction scope does, so two saves of one workspace tab never see each
/// other's reason, and it is gone when the scope ends.
/// </summary>
public static class PublicReasons
{
    private static readonly AsyncLocal<Func<Guid, PublicReason?>?> Current = new();

    /// <summary>Saves made inside are public for <paramref name="why"/>: a retraction, or a correction or update of a published record.</summary>
    public static IDisposable Because(PublicReason why) => Scope(_ => why);

    /// <summary>Saves made inside record each listed entity's own public reason (an import's retracted records).</summary>
    public static IDisposable Because(IReadOnlyDictionary<Guid, PublicReason> byEntity) => Scope(byEntity.GetValueOrDefault);

    /// <summary>The reason the current scope gives for <paramref name="entity"/>'s change, if any.</summary>
    public static PublicReason? For(Guid entity) => Current.Value?.Invoke(entity);

    private static IDisposable Scope(Func<Guid, PublicReason?> reasons)
    {
        var outer = Current.Value;
        Current.Value = reasons;
        return new Restore(() => Current.Value = outer);
    }

    private sealed class Restore(Action restore) : IDisposable
    {
        public void Dispose() => restore();
    }
}
