using Microsoft.EntityFrameworkCore;
using PolicyTracker.Core.Common;
using PolicyTracker.Core.Records;
using PolicyTracker.Web.Components.Shared;

namespace PolicyTracker.Tests.Infrastructure;

public static class PublicRecordPages
{
    /// <summary>The address of one published record of each kind that has one (the first by slug): every kind of record page.</summary>
    public static async Task<List<string>> OneOfEachKindAsync(PolicyTrackerApp app)
    {
        var paths = new List<string>();
        await app.ChangeAsync(async (_, db) =>
        {
            foreach (var kind in Enum.GetValues<RecordKind>())
            {
                var slug = await db.Records.Where(r => r.Kind == kind && r.State == PublicationState.Published)
                    .OrderBy(r => r.Slug).Select(r => r.Slug).FirstOrDefaultAsync();
                if (slug is not null)
                {
                    paths.Add(Paths.Record(kind, slug));
                }
            }
        });
        return paths;
    }
}
