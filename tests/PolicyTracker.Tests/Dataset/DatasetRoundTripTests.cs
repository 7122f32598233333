using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PolicyTracker.Core.Common;
using PolicyTracker.Core.Data;
using PolicyTracker.Core.Dataset;
using PolicyTracker.Core.Publication;
using PolicyTracker.Core.Records;
using PolicyTracker.Core.Sources;
using PolicyTracker.Core.Sources.Watching;
using PolicyTracker.Tests.Infrastructure;
using PolicyTracker.Core.Events;
using PolicyTracker.Core.Agreements;

namespace PolicyTracker.Tests.Dataset;

/// <summary>Export → import into an empty database → export gives the same data; a bad file imports nothing.</summary>
public class DatasetRoundTripTests : IAsyncLifetime
{
    private TestDatabase source = null!;
    private TestDatabase target = null!;

    public async Task InitializeAsync()
    {
        source = await TestDatabase.WithSampleDataAsync(DatabaseProvider.Postgres, "dataset-source");
        target = await TestDatabase.MigratedAsync(DatabaseProvider.Postgres, "dataset-target");
    }

    public async Task DisposeAsync()
    {
        await source.DisposeAsync();
        await target.DisposeAsync();
    }

    [Fact]
    public async Task Export_then_import_into_an_empty_database_then_export_gives_the_same_data()
    {
        await AddEditorialStatesAsync();
        var first = await source.ExportDatasetAsync();

        var summary = await ImportAsync(target, first);
        var second = await target.ExportDatasetAsync();

        Assert.Equal(first, second);
        // Copies travel whole and verify the same quotations against the same words; the link watch's state travels too.
        var verified = await VerificationsAsync(source);
        Assert.Contains(verified, v => v.Contains("|Congress amended the law to add New Zealand", StringComparison.Ordinal));
        Assert.Equal(verified, await VerificationsAsync(target));
        var dataset = JsonSerializer.Deserialize<DatasetFile>(first, DatasetExporter.Json)!;
        Assert.Equal(LinkStatus.Gone, dataset.Sources.Single(s => s.Slug == "rnz-nz-quietly-added-to-ntib").Link?.Status);
        Assert.Equal(dataset.Records.Count, summary.Records);
        Assert.Contains(dataset.Records, r => r.PendingDraft is not null);
        Assert.Contains(dataset.Records, r => r.Deleted);
        Assert.Contains(dataset.Records, r => r.Content.Fields is Core.Agreements.AgreementFields agreement && agreement.StatusHistory.Any(s => s.DateClaims.Count > 0));
        Assert.Contains(dataset.Records, r => r.Content.DateClaims.Count > 0);
        await using var db = target.CreateContext();
        Assert.Equal(dataset.Records.Count(r => !r.Deleted && r.State == PublicationState.Published), await db.Records.VisibleToPublic().CountAsync());
        Assert.True(await db.Revisions.AnyAsync(r => r.ChangedBy == "importer@example.org"));
        // The retraction's public reason travels and is recorded; but this site never published the record, so
        // its address shows nothing, not even a retraction notice with the title.
        Assert.Contains(dataset.Records, r => r.State == PublicationState.Retracted && r.RetractionReason == "Retracted to test the round trip.");
        var retracted = dataset.Records.Single(r => r.State == PublicationState.Retracted).Id;
        Assert.True(await db.Revisions.AnyAsync(r => r.EntityId == retracted && r.Action == Core.History.RevisionAction.Retracted && r.Reason == "Retracted to test the round trip."));
        Assert.IsType<RecordLookup.Missing>(await new RecordQueries(db, TimeProvider.System).FindPublishedAsync(RecordKind.Event, "pipir-established"));
        Assert.Null(await new Core.History.ChangeLogQueries(db).VersionsAsync(RecordKind.Event, "pipir-established"));
        Assert.DoesNotContain(await new Core.History.ChangeLogQueries(db).CorrectionsAsync(), c => c.Slug == "pipir-established");
        // In the database that published it, the notice is there.
        await using var published = source.CreateContext();
        var notice = await new RecordQueries(published, TimeProvider.System).FindPublishedAsync(RecordKind.Event, "pipir-established");
        Assert.Equal("Retracted to test the round trip.", Assert.IsType<RecordLookup.Retracted>(notice).Reason);
        Assert.Contains(await new Core.History.ChangeLogQueries(published).CorrectionsAsync(), c => c.Slug == "pipir-established");
    }

    [Fact]
    public async Task With_the_second_approver_rule_an_editors_import_cannot_publish_or_retract()
    {
        var dataset = JsonSerializer.Deserialize<DatasetFile>(await source.ExportDatasetAsync(), DatasetExporter.Json)!;
        PublishedEvent(dataset).State = PublicationState.Retracted;
        PublishedEvent(dataset).RetractionReason = "Taken down by one editor alone.";

        var error = await Assert.ThrowsAsync<ValidationException>(() => ImportAsync(target, JsonSerializer.Serialize(dataset, DatasetExporter.Json), requireSecondApprover: true));

        Assert.Contains(error.Problems, p => p.Message.Contains("is marked published. Another editor must publish or retract it"));
        Assert.Contains(error.Problems, p => p.Message.Contains("is marked retracted. Another editor must publish or retract it"));
        await using (var db = target.CreateContext())
        {
            Assert.Equal(0, await db.Records.IgnoreQueryFilters().CountAsync());
        }

        // The same records brought in for review import, and wait there for a second editor.
        foreach (var record in dataset.Records.Where(r => r.State is PublicationState.Published or PublicationState.Retracted))
        {
            (record.State, record.PendingDraft, record.PendingState, record.RetractionReason) = (PublicationState.InReview, null, null, null);
        }

        var summary = await ImportAsync(target, JsonSerializer.Serialize(dataset, DatasetExporter.Json), requireSecondApprover: true);

        Assert.Equal(dataset.Records.Count, summary.Records);
        await using var after = target.CreateContext();
        Assert.Equal(0, await after.Records.VisibleToPublic().CountAsync());
    }

    [Fact]
    public async Task Importing_the_same_file_twice_refuses_the_second_time_and_changes_nothing()
    {
        var file = await source.ExportDatasetAsync();
        await ImportAsync(target, file);
        await using var before = target.CreateContext();
        var revisions = await before.Revisions.CountAsync();

        var error = await Assert.ThrowsAsync<ValidationException>(() => ImportAsync(target, file));

        Assert.Contains(error.Problems, p => p.Message.Contains("never overwrites"));
        await using var after = target.CreateContext();
        Assert.Equal(revisions, await after.Revisions.CountAsync());
    }

    public static TheoryData<string> BadFiles => new()
    {
        "markup in a title",
        "unknown source",
        "not a web address",
        "not json",
        "wrong format",
        "two records with one address",
        "two sources with one address",
        "two sources of one web page",
        "a list that is null",
        "a published record with no citation",
        "a pending change with markup",
        "a pending change with an unknown source",
        "a pending change of a draft",
        "a retracted record with no public reason",
        "cut short",
        "records not a list",
        "an archived copy that is not the bytes taken",
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task A_file_with_bad_content_imports_nothing_and_says_why(string fault)
    {
        var dataset = JsonSerializer.Deserialize<DatasetFile>(await source.ExportDatasetAsync(), DatasetExporter.Json)!;
        switch (fault)
        {
            case "markup in a title": dataset.Records[0].Content.Title = "<script>alert(1)</script>"; break;
            case "unknown source": dataset.Records[0].Content.Citations.Add(new CitationDraft { SourceId = Guid.NewGuid() }); break;
            case "not a web address": dataset.Sources[0].Content.Url = "javascript:alert(1)"; break;
            case "wrong format": dataset.Format = "something-else"; break;
            case "two records with one address": dataset.Records[1].Content.Slug = dataset.Records[0].Content.Slug; break;
            case "two sources with one address": dataset.Sources[1].Slug = dataset.Sources[0].Slug; break;
            case "two sources of one web page":
                var withUrl = dataset.Sources.Where(s => s.Content.Url is not null).ToList();
                withUrl[1].Content.Url = withUrl[0].Content.Url!.Replace("https://", "http://") + "?utm_source=copy";
                break;
            case "a published record with no citation": PublishedEvent(dataset).Content.Citations.Clear(); break;
            case "a pending change with markup": WithPendingChange(PublishedEvent(dataset)).Summary = "<img src=x onerror=alert(1)>"; break;
            case "a pending change with an unknown source":
                WithPendingChange(PublishedEvent(dataset)).Citations.Add(new CitationDraft { SourceId = Guid.NewGuid() });
                break;
            case "a retracted record with no public reason":
                PublishedEvent(dataset).State = PublicationState.Retracted;
                break;
            case "an archived copy that is not the bytes taken":
                var altered = SourceCopy.Of(dataset.Sources[0].Id, CopyOrigin.PastedByEditor, Encoding.UTF8.GetBytes("The words taken."), "The words taken.", DateTime.UtcNow, "editor");
                altered.Sha256 = new string('0', 64);
                dataset.Sources[0].ArchivedCopies.Add(altered);
                break;
            case "a pending change of a draft":
                var entry = PublishedEvent(dataset);
                WithPendingChange(entry);
                entry.State = PublicationState.Draft;
                break;
        }

        var text = fault switch
        {
            "not json" => "{ this is not json",
            "a list that is null" => JsonSerializer.Serialize(dataset, DatasetExporter.Json).Replace("\"citations\": [", "\"citations\": null, \"x\": ["),
            "cut short" => JsonSerializer.Serialize(dataset, DatasetExporter.Json)[..^200],
            "records not a list" => JsonSerializer.Serialize(dataset, DatasetExporter.Json).Replace("\"records\": [", "\"records\": 5, \"x\": ["),
            _ => JsonSerializer.Serialize(dataset, DatasetExporter.Json),
        };
        var error = await Assert.ThrowsAsync<ValidationException>(() => ImportAsync(target, text));

        Assert.NotEmpty(error.Problems);
        await using var db = target.CreateContext();
        Assert.Equal(0, await db.Records.IgnoreQueryFilters().CountAsync());
        Assert.Equal(0, await db.Sources.IgnoreQueryFilters().CountAsync());
    }

    [Fact]
    public async Task A_record_whose_address_is_taken_in_the_database_by_another_kind_is_refused_by_name()
    {
        await ImportAsync(target, await source.ExportDatasetAsync());
        var other = RecordContent.Empty(RecordKind.Event);
        other.Title = "An event at a meeting's address";
        other.Slug = "pipir-first-meeting-honolulu";
        var dataset = new DatasetFile { Records = [new RecordEntry { Id = Guid.NewGuid(), State = PublicationState.Draft, Content = other }] };
        await using var before = target.CreateContext();
        var records = await before.Records.IgnoreQueryFilters().CountAsync();

        var error = await Assert.ThrowsAsync<ValidationException>(() => ImportAsync(target, JsonSerializer.Serialize(dataset, DatasetExporter.Json)));

        Assert.Contains(error.Problems, p => p.Message.Contains("\"pipir-first-meeting-honolulu\" is already used by the meeting \"PIPIR's first meeting, Honolulu\""));
        await using var after = target.CreateContext();
        Assert.Equal(records, await after.Records.IgnoreQueryFilters().CountAsync());
    }

    private static RecordEntry PublishedEvent(DatasetFile dataset) =>
        dataset.Records.First(r => r.Content.Kind == RecordKind.Event && r.State == PublicationState.Published && r.PendingDraft is null);

    /// <summary>Gives the entry a pending change (a copy of its content) and returns it to be spoiled.</summary>
    private static RecordContent WithPendingChange(RecordEntry entry)
    {
        entry.PendingDraft = JsonSerializer.Deserialize<RecordContent>(JsonSerializer.Serialize(entry.Content, DatasetExporter.Json), DatasetExporter.Json)!;
        entry.PendingState = PublicationState.InReview;
        return entry.PendingDraft;
    }

    [Fact]
    public async Task Only_editors_may_import()
    {
        var file = await source.ExportDatasetAsync();
        await using var db = target.CreateContext(new TestActor("analyst@example.org", TestActor.AnalystRoles));
        var importer = new DatasetImporter(db, new TestActor("analyst@example.org", TestActor.AnalystRoles), TimeProvider.System, new Core.Editing.EditingRules { RequireSecondApprover = false });

        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => importer.ImportAsync(new MemoryStream(Encoding.UTF8.GetBytes(file))));
        Assert.Equal(0, await db.Records.IgnoreQueryFilters().CountAsync());
    }

    /// <summary>A draft, a pending change of a live record and a deleted record, so the round trip covers every state.</summary>
    private async Task AddEditorialStatesAsync()
    {
        await using var session = source.Edit();
        var pipir = await session.Db.Set<Agreement>().SingleAsync(a => a.Slug == "pipir");
        var opened = await session.Editor.OpenAsync(pipir.Id);
        opened.Draft.Summary += " A pending change.";
        await session.Editor.SaveAsync(pipir.Id, opened.Version, opened.Draft);

        var draft = RecordContent.Empty(RecordKind.Event);
        draft.Title = "A deleted draft event";
        draft.InternalNotes = "Internal notes travel with the dataset.";
        var deleted = await session.Editor.CreateAsync(draft);
        await session.Editor.DeleteAsync(deleted, 1);

        var retracted = await session.Db.Set<Event>().SingleAsync(e => e.Slug == "pipir-established");
        await session.Editor.RetractAsync(retracted.Id, retracted.Version, "Retracted to test the round trip.");

        var cited = await session.Db.Sources.OrderBy(s => s.Id).FirstAsync();
        cited.InternalNotes = "Internal notes on a source travel too.";
        await session.Db.SaveChangesAsync();

        // An archived copy (whatever texts the sample data was given) verifying a quotation, and what the link watch found.
        var ntib = await session.Db.Sources.SingleAsync(s => s.Slug == "rnz-nz-quietly-added-to-ntib");
        const string text = "Congress amended the law to add New Zealand to the US National Technology and Industrial Base (NTIB) 18 months ago.";
        await new SourceArchive(session.Db).AddCopyAsync(SourceCopy.Of(ntib.Id, CopyOrigin.PastedByEditor, Encoding.UTF8.GetBytes(text), text, new DateTime(2026, 12, 1, 0, 0, 0, DateTimeKind.Utc), "editor"));
        session.Db.SourceLinks.Add(new SourceLink
        {
            SourceId = ntib.Id, Address = ntib.Url, Status = LinkStatus.Gone, Detail = "The page answers 404 Not Found.", HttpStatus = 404,
            CheckedAt = new DateTime(2026, 12, 2, 0, 0, 0, DateTimeKind.Utc), StatusSince = new DateTime(2026, 12, 2, 0, 0, 0, DateTimeKind.Utc),
        });
        await session.Db.SaveChangesAsync();
    }

    /// <summary>Each verified citation's verification (citations are made anew by an import): against which copy, with which words either side.</summary>
    private static async Task<List<string>> VerificationsAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        return (await db.Citations.Where(c => c.VerifiedCopyId != null).Select(c => new { c.RecordId, c.VerifiedCopyId, c.QuotePrefix, c.QuoteExact, c.QuoteSuffix }).ToListAsync())
            .Select(c => $"{c.RecordId} {c.VerifiedCopyId} {c.QuotePrefix}|{c.QuoteExact}|{c.QuoteSuffix}").Order().ToList();
    }

    private static Task<ImportSummary> ImportAsync(TestDatabase database, string json, bool requireSecondApprover = false) =>
        database.ImportDatasetAsync(json, requireSecondApprover);
}
