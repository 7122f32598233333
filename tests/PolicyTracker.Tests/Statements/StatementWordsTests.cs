using System.Text;
using Microsoft.EntityFrameworkCore;
using PolicyTracker.Core.Common;
using PolicyTracker.Core.Data;
using PolicyTracker.Core.Records;
using PolicyTracker.Core.Sources;
using PolicyTracker.Core.Statements;
using PolicyTracker.Tests.Infrastructure;

namespace PolicyTracker.Tests.Statements;

/// <summary>
/// A statement's words given as the speaker's own are a quotation like any pinpoint: refused when they are not in the
/// archived copy of a source the statement cites, verified when they are, and verified later when a copy arrives.
/// </summary>
public class StatementWordsTests : IAsyncLifetime
{
    private const string Said = "We are breaking down national barriers between our defence industries";
    private const string Copy = $"The Secretary said: \"{Said},\" at the meeting on Friday.";

    private TestDatabase database = null!;

    public async Task InitializeAsync() => database = await TestDatabase.WithSampleDataAsync(DatabaseProvider.Postgres, "statement-words");

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task Words_not_in_the_cited_source_s_copy_are_refused_and_nothing_is_saved()
    {
        await using var session = database.Edit();
        var source = await ArchivedSourceAsync(session.Db);

        var links = await KindSamples.LinksAsync(session.Db);

        var refused = await Assert.ThrowsAsync<ValidationException>(() => session.Editor.CreateAsync(StatementCiting(links, source, "We are tearing down every barrier between our industries")));

        var problem = Assert.Single(refused.Problems);
        Assert.Equal("Text", problem.Field);
        Assert.Equal(
            "These words are not in the archived copy of \"Secretary's remarks\": \"We are tearing down every barrier between our industries\". " +
            "Paste them from the source, or give them as a paraphrase.", problem.Message);
        Assert.False(await session.Db.Records.OfType<Statement>().AnyAsync(s => s.Title.StartsWith("A statement in a test")));
    }

    [Fact]
    public async Task Words_found_are_verified_and_a_paraphrase_never_is()
    {
        await using var session = database.Edit();
        var source = await ArchivedSourceAsync(session.Db);

        var links = await KindSamples.LinksAsync(session.Db);
        var quoted = await session.Editor.CreateAsync(StatementCiting(links, source, Said));
        var paraphrase = StatementCiting(links, source, "They want fewer barriers between the industries");
        paraphrase.FieldsOf<StatementFields>().Mode = StatementMode.Paraphrase;
        var paraphrased = await session.Editor.CreateAsync(paraphrase);

        var copy = await session.Db.SourceCopies.Where(c => c.SourceId == source).Select(c => c.Id).SingleAsync();
        Assert.Equal(copy, await WordsFoundInAsync(session.Db, quoted));
        Assert.Null(await WordsFoundInAsync(session.Db, paraphrased));
    }

    [Fact]
    public async Task Words_cited_before_there_is_a_copy_are_verified_when_one_is_taken()
    {
        await using var session = database.Edit();
        var source = await TestRecords.PublishedSourceAsync(session.Db, "https://example.org/remarks", "Secretary's remarks");
        var statement = await session.Editor.CreateAsync(StatementCiting(await KindSamples.LinksAsync(session.Db), source, Said));
        Assert.Null(await WordsFoundInAsync(session.Db, statement));

        var copy = SourceCopy.Of(source, CopyOrigin.PastedByEditor, Encoding.UTF8.GetBytes(Copy), Copy, DateTime.UtcNow, "editor");
        await new SourceArchive(session.Db).AddCopyAsync(copy);

        Assert.Equal(copy.Id, await WordsFoundInAsync(session.Db, statement));
        // A later copy without the words un-verifies them, as it does a pinpoint.
        await new SourceArchive(session.Db).AddCopyAsync(SourceCopy.Of(source, CopyOrigin.PastedByEditor, Encoding.UTF8.GetBytes("Changed."), "The page now says something else.", DateTime.UtcNow.AddMinutes(1), "editor"));
        Assert.Null(await WordsFoundInAsync(session.Db, statement));
    }

    private static async Task<Guid> ArchivedSourceAsync(PolicyTrackerDbContext db)
    {
        var source = await TestRecords.PublishedSourceAsync(db, $"https://example.org/remarks-{Guid.NewGuid():N}", "Secretary's remarks");
        await new SourceArchive(db).AddCopyAsync(SourceCopy.Of(source, CopyOrigin.PastedByEditor, Encoding.UTF8.GetBytes(Copy), Copy, DateTime.UtcNow, "editor"));
        return source;
    }

    private static RecordContent StatementCiting(KindSamples.SampleLinks links, Guid source, string words)
    {
        var draft = KindSamples.Publishable(RecordKind.Statement, $"A statement in a test {Guid.NewGuid():N}", links);
        draft.Citations.Clear();
        draft.Citations.Add(new CitationDraft { SourceId = source, Pinpoint = "the meeting on Friday", PinpointKind = PinpointKind.Paraphrase });
        draft.FieldsOf<StatementFields>().StatementText = words;
        return draft;
    }

    private static async Task<Guid?> WordsFoundInAsync(PolicyTrackerDbContext db, Guid statement) =>
        await db.Records.OfType<Statement>().AsNoTracking().Where(s => s.Id == statement).Select(s => s.WordsFoundInCopyId).SingleAsync();
}
