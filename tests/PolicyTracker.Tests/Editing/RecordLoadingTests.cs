using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using PolicyTracker.Core.Common;
using PolicyTracker.Core.Data;
using PolicyTracker.Core.Editing;
using PolicyTracker.Core.History;
using PolicyTracker.Core.Records;
using PolicyTracker.Tests.Infrastructure;
using Xunit.Abstractions;

namespace PolicyTracker.Tests.Editing;

/// <summary>
/// A record opened for editing holds everything it holds, its kind's own parts included (<see cref="WholeRecords"/>
/// and each kind's <see cref="RecordKindInfo.IncludeOwnParts"/>), and reads no other kind's parts to get it.
/// Commands are counted by an interceptor on the editor's own context, never timed.
/// </summary>
public class RecordLoadingTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Every_record_opens_in_the_editor_with_all_its_last_revision_recorded()
    {
        await using var database = await TestDatabase.WithSampleDataAsync(DatabaseProvider.Postgres, "record-loading-whole");
        List<(Guid Id, RecordKind Kind, string Json)> recorded;
        await using (var db = database.CreateContext())
        {
            // The sample data has no commitment outcome: each kind's smallest sample adds its own parts beside it.
            var links = await KindSamples.LinksAsync(db);
            foreach (var kind in RecordKinds.All)
            {
                await using var session = database.Edit();
                await session.Editor.CreateAsync(KindSamples.Publishable(kind.Kind, $"Whole {kind.Label}", links));
            }

            var ids = await db.Records.Select(r => new { r.Id, r.Kind }).ToListAsync();
            var revisions = await db.Revisions.Where(r => r.AfterJson != null).ToListAsync();
            recorded = ids.Select(r => (r.Id, r.Kind, Json(revisions.Where(v => v.EntityId == r.Id).OrderBy(v => v.Number)
                .Select(RevisionContent.After).Last(c => c is not null)!))).ToList();
        }

        Assert.All(RecordKinds.All, kind => Assert.Contains(recorded, r => r.Kind == kind.Kind));
        foreach (var (id, kind, json) in recorded)
        {
            await using var session = database.Edit();
            var opened = await session.Editor.OpenAsync(id);
            // Compared as JSON values: a stored amount comes back as 100000000.00 where it was written as 100000000.
            Assert.True(JsonNode.DeepEquals(JsonNode.Parse(json), JsonNode.Parse(Json(opened.Draft))),
                $"The {kind} {opened.Slug} opened without all it holds:\nrecorded {json}\nopened   {Json(opened.Draft)}");
        }
    }

    [Fact]
    public async Task A_kind_with_parts_of_its_own_declares_them_and_opening_a_record_reads_no_other_kinds_parts()
    {
        await using var database = await TestDatabase.WithSampleDataAsync(DatabaseProvider.Postgres, "record-loading-own");
        var firstOfKind = new Dictionary<RecordKind, Guid>();
        Dictionary<RecordKind, string[]> ownPartTables;
        await using (var db = database.CreateContext())
        {
            foreach (var kind in RecordKinds.All)
            {
                firstOfKind[kind.Kind] = await db.Records.Where(r => r.Kind == kind.Kind).OrderBy(r => r.Slug).Select(r => r.Id).FirstAsync();
            }

            var shared = CollectionTables(db, typeof(TrackedRecord));
            ownPartTables = RecordKinds.All.ToDictionary(k => k.Kind, k => CollectionTables(db, k.EntityType).Except(shared).ToArray());
        }

        Assert.Contains(ownPartTables.Values, tables => tables.Length > 0);
        foreach (var (kind, tables) in ownPartTables.Where(k => k.Value.Length > 0))
        {
            Assert.True(RecordKinds.Of(kind).IncludeOwnParts is not null, $"The {kind} kind has parts of its own ({string.Join(", ", tables)}) but does not declare how they load.");
        }

        foreach (var (kind, id) in firstOfKind)
        {
            var commands = new CommandLog();
            var actor = TestActor.Editor();
            var revisions = new RevisionJournal(actor, TimeProvider.System);
            await using var db = database.CreateContext(revisions, watchers: commands);
            await new RecordEditor(db, revisions, actor, TimeProvider.System, new EditingRules()).OpenAsync(id);

            output.WriteLine($"opening a {kind}: {commands.Texts.Count} commands");
            var othersParts = ownPartTables.Where(k => k.Key != kind).SelectMany(k => k.Value).Except(ownPartTables[kind]).Distinct();
            foreach (var table in othersParts)
            {
                Assert.False(commands.Texts.Any(sql => sql.Contains($"\"{table}\"", StringComparison.Ordinal)), $"Opening a {kind} read {table}, another kind's part.");
            }
        }
    }

    /// <summary>The tables behind the collections an entity type declares itself.</summary>
    private static string[] CollectionTables(PolicyTrackerDbContext db, Type kindType)
    {
        var entity = db.Model.FindEntityType(kindType)!;
        var parts = entity.GetDeclaredNavigations().Where(n => n.IsCollection).Select(n => n.TargetEntityType.GetTableName())
            .Concat(entity.GetDeclaredSkipNavigations().Select(n => n.JoinEntityType.GetTableName()));
        return parts.OfType<string>().Where(t => t != "Records").ToArray();
    }

    private static readonly JsonSerializerOptions Readable = new() { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };

    private static string Json(RecordContent content) => JsonSerializer.Serialize(content, Readable);
}
