using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using PolicyTracker.Core.Agreements;
using PolicyTracker.Core.Common;
using PolicyTracker.Core.Data;
using PolicyTracker.Core.Dataset;
using PolicyTracker.Core.Events;
using PolicyTracker.Core.History;
using PolicyTracker.Core.Meetings;
using PolicyTracker.Core.Records;
using PolicyTracker.Core.Statements;
using PolicyTracker.Core.Workstreams;
using PolicyTracker.Tests.Infrastructure;

namespace PolicyTracker.Tests.Records;

/// <summary>
/// Content stored by earlier versions, pinned as files: pending drafts and revision content (written before the
/// record-kind registry, in the flat shape with every kind's fields) and a version 1 dataset export. Whatever
/// shape the content takes later, these must keep reading, into the same values.
/// Set POLICYTRACKER_WRITE_GOLDEN=1 to write them afresh from the current code (only when a new format is meant).
/// </summary>
public class StoredContentGoldenTests : IAsyncLifetime
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Records", "Golden");

    private static readonly JsonSerializerOptions StoredJson = new() { Converters = { new JsonStringEnumConverter() } };

    public static TheoryData<string, string> Samples => new()
    {
        { "agreement", "pipir" },
        { "workstream", "pipir-supply-chain-resilience" },
        { "meeting", "nz-officials-aukus-meetings-2024-2025" },
        { "statement", "laplante-pipir-collective-ability" },
        { "event", "nz-included-in-ntib" },
    };

    private TestDatabase database = null!;

    public async Task InitializeAsync() => database = await TestDatabase.WithSampleDataAsync(DatabaseProvider.Postgres, "golden");

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task A_pending_draft_stored_by_an_earlier_version_still_opens(string name, string slug)
    {
        var stored = await StoredAsync($"content-v1-{name}.json", slug);
        await using var session = database.Edit();
        var id = await session.Db.Records.Where(r => r.Slug == slug).Select(r => r.Id).SingleAsync();
        await session.Db.Records.Where(r => r.Id == id)
            .ExecuteUpdateAsync(set => set.SetProperty(r => r.PendingDraftJson, stored).SetProperty(r => r.PendingState, PublicationState.Draft));

        var opened = await session.Editor.OpenAsync(id);

        await ExpectSampleAsync(name, slug, opened.Draft);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task Revision_content_stored_by_an_earlier_version_still_reads(string name, string slug)
    {
        var stored = await StoredAsync($"content-v1-{name}.json", slug);

        var content = RevisionContent.After(new Revision { AfterJson = $"{{\"{RevisionContent.Key}\":{stored}}}" });

        await ExpectSampleAsync(name, slug, content!);
    }

    [Fact]
    public async Task A_version_1_dataset_exported_by_an_earlier_version_still_imports()
    {
        var file = Path.Combine(Folder, "dataset-v1.json");
        if (Environment.GetEnvironmentVariable("POLICYTRACKER_WRITE_GOLDEN") == "1")
        {
            await File.WriteAllTextAsync(SourcePath("dataset-v1.json"), await database.ExportDatasetAsync());
            return;
        }

        await using var empty = await TestDatabase.MigratedAsync(DatabaseProvider.Postgres, "golden-import");
        var importer = TestActor.Editor("importer@example.org");
        await using (var db = empty.CreateContext(importer))
        {
            await new DatasetImporter(db, importer, TimeProvider.System, new Core.Editing.EditingRules { RequireSecondApprover = false }).ImportAsync(File.OpenRead(file));
        }

        await using var check = empty.CreateContext();
        using var golden = JsonDocument.Parse(await File.ReadAllTextAsync(file));
        Assert.Equal(golden.RootElement.GetProperty("records").GetArrayLength(), await check.Records.CountAsync());
        Assert.Equal(golden.RootElement.GetProperty("sources").GetArrayLength(), await check.Sources.CountAsync());
        var meeting = await check.Set<Meeting>().SingleAsync(m => m.Slug == "nz-officials-aukus-meetings-2024-2025");
        Assert.Equal(23, meeting.Count);
        var pipir = await check.Set<Agreement>().Include(a => a.StatusHistory).Include(a => a.Parties).SingleAsync(a => a.Slug == "pipir");
        Assert.Equal("PIPIR", pipir.ShortName);
        Assert.NotEmpty(pipir.StatusHistory);
        Assert.NotEmpty(pipir.Parties);
    }

    /// <summary>What each sample must read as: the sample data's own values (ids differ between loads, so they are not compared).</summary>
    private static Task ExpectSampleAsync(string name, string slug, RecordContent content)
    {
        Assert.Equal(slug, content.Slug);
        Assert.NotEmpty(content.Title);
        Assert.NotEmpty(content.Summary);
        Assert.NotEmpty(content.Citations);
        Assert.All(content.Citations, c => Assert.NotEqual(Guid.Empty, c.SourceId));
        switch (name)
        {
            case "agreement":
                Assert.Equal(RecordKind.Agreement, content.Kind);
                var agreement = content.FieldsOf<AgreementFields>();
                Assert.Equal("PIPIR", agreement.ShortName);
                Assert.Equal(AgreementKind.Partnership, agreement.AgreementKind);
                Assert.Equal(13, agreement.PartyCount);
                Assert.Contains(agreement.StatusHistory, s => s.Status == NzStatus.Joined && s.Citations.Count > 0);
                Assert.NotEmpty(agreement.Parties);
                break;
            case "workstream":
                Assert.Equal(RecordKind.Workstream, content.Kind);
                Assert.NotNull(content.FieldsOf<WorkstreamFields>().ParentAgreementId);
                Assert.Equal(NzStance.Priority, content.FieldsOf<WorkstreamFields>().NzStance);
                break;
            case "meeting":
                Assert.Equal(RecordKind.Meeting, content.Kind);
                Assert.Equal(23, content.FieldsOf<MeetingFields>().Count);
                Assert.Equal("January 2024 (approx.)", content.Date.ToString());
                break;
            case "statement":
                Assert.Equal(RecordKind.Statement, content.Kind);
                Assert.Contains("collective", content.FieldsOf<StatementFields>().StatementText);
                Assert.NotNull(content.FieldsOf<StatementFields>().SpeakerId);
                break;
            case "event":
                Assert.Equal(RecordKind.Event, content.Kind);
                Assert.Equal(FuzzyDate.Parse("late 2022"), content.Date);
                Assert.IsType<EventFields>(content.Fields);
                break;
        }

        return Task.CompletedTask;
    }

    /// <summary>The pinned file, written from the sample record when asked to.</summary>
    private async Task<string> StoredAsync(string fileName, string slug)
    {
        if (Environment.GetEnvironmentVariable("POLICYTRACKER_WRITE_GOLDEN") == "1")
        {
            await using var session = database.Edit();
            var id = await session.Db.Records.Where(r => r.Slug == slug).Select(r => r.Id).SingleAsync();
            var draft = (await session.Editor.OpenAsync(id)).Draft;
            await File.WriteAllTextAsync(SourcePath(fileName), JsonSerializer.Serialize(draft, StoredJson));
        }

        return await File.ReadAllTextAsync(Path.Combine(Folder, fileName));
    }

    private static string SourcePath(string fileName) =>
        Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "Records", "Golden", fileName);
}
