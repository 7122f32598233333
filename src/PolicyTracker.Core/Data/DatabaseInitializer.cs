using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using PolicyTracker.Core.SampleData;

namespace PolicyTracker.Core.Data;

/// <summary>Brings the database to the current schema at start and, when it holds no records yet, loads the sample data.</summary>
public sealed class DatabaseInitializer(
    PolicyTrackerDbContext db,
    SampleDataLoader sampleData,
    ILogger<DatabaseInitializer> logger)
{
    public async Task InitialiseAsync(bool loadSampleData, CancellationToken cancellationToken = default)
    {
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count > 0)
        {
            logger.LogInformation("Applying {Count} database migrations: {Migrations}", pending.Count, pending);
            await db.Database.MigrateAsync(cancellationToken);
        }

        if (loadSampleData && !await db.Records.IgnoreQueryFilters().AnyAsync(cancellationToken))
        {
            var added = await sampleData.LoadAsync(cancellationToken);
            logger.LogInformation("Loaded the sample data: {Added} entities added", added);
        }
    }
}
