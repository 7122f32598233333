using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using PolicyTracker.Core.Data;
using PolicyTracker.Core.Dataset;
using PolicyTracker.Tests.Infrastructure;

namespace PolicyTracker.Tests.Dataset;

/// <summary>The export writes records as it reads them, a batch at a time, so its memory stays flat at any size.</summary>
public class StreamingExportTests
{
    [Fact]
    public async Task Records_read_in_small_batches_are_every_record_once_exactly_as_read_in_one()
    {
        await using var database = await TestDatabase.WithSampleDataAsync(DatabaseProvider.Postgres, "export-batches");
        await using var db = database.CreateContext();
        var analyst = new TestActor("analyst@example.org", TestActor.AnalystRoles);

        var whole = await WriteAsync(new DatasetExporter(db, analyst) { BatchSize = 100_000 });
        var batched = await WriteAsync(new DatasetExporter(db, analyst) { BatchSize = 7 });

        var records = JsonNode.Parse(batched)!["records"]!.AsArray().Select(r => r!["id"]!.GetValue<Guid>()).ToList();
        Assert.Equal(await db.Records.IgnoreQueryFilters().CountAsync(), records.Count);
        Assert.Equal(records.Count, records.Distinct().Count());
        Assert.True(records.Count > 7 * 3, $"{records.Count} records");
        Assert.Equal(whole, batched);
    }

    private static async Task<string> WriteAsync(DatasetExporter exporter)
    {
        using var output = new MemoryStream();
        await exporter.WriteAsync(output);
        return System.Text.Encoding.UTF8.GetString(output.ToArray());
    }
}
