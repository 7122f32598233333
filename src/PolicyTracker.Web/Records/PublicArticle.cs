using PolicyTracker.Core.Agreements;
using PolicyTracker.Core.Records;

namespace PolicyTracker.Web.Records;

/// <summary>What a record's public page draws: an agreement's own detail, or any other kind's; null when not on view.</summary>
public sealed record PublicArticle(RecordDetail? Record, AgreementDetail? Agreement)
{
    /// <summary>Reads the article at a kind's address with the public pages' own queries (for <see cref="Core.Publication.AsPublished"/>).</summary>
    public static Func<RecordKind, string, Task<PublicArticle>> Reader(RecordQueries records, AgreementQueries agreements) =>
        async (kind, slug) => kind == RecordKind.Agreement
            ? new PublicArticle(null, await agreements.GetPublishedAsync(slug))
            : new PublicArticle((await records.FindPublishedAsync(kind, slug) as RecordLookup.Found)?.Record, null);
}
