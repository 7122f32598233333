using System.Text;
using Microsoft.EntityFrameworkCore;
using PolicyTracker.Core.Common;
using PolicyTracker.Core.Data;
using PolicyTracker.Core.Meetings;
using PolicyTracker.Core.Records;
using PolicyTracker.Core.Sources;
using PolicyTracker.Tests.Infrastructure;

namespace PolicyTracker.Tests.Sources;

/// <summary>
/// Quotations are checked against the source's archived copy on every save (editor and import share the path): words
/// not in the copy are refused, a paraphrase is kept as the tracker's words, and a quotation cited before there was a
/// copy is verified, or found wanting, when one is added.
/// </summary>
public class QuotationVerificationTests : IAsyncLifetime
{
    private const string ArticleText =
        "The US says the new group is about \u201cbetter integrating our defence industries\u201d. It met in Honolulu in October.";

    private TestDatabase database = null!;

    public async Task InitializeAsync() => database = await TestDatabase.WithSampleDataAsync(DatabaseProvider.Postgres, "quotations");

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task A_quotation_found_in_the_copy_is_verified_with_where_it_is_and_one_not_found_is_refused_leaving_the_record_as_it_was()
    {
        await using var session = database.Edit();
        var source = await ArchivedSourceAsync(session.Db, ArticleText);
        var id = await session.Editor.CreateAsync(TestRecords.MeetingCiting(source, "better integrating our defence industries", PinpointKind.Quotation, "Verified quotation"));

        var verified = await CitationOfAsync(id);
        Assert.NotNull(verified.VerifiedCopyId);
        Assert.Equal(("group is about \u201c", "better integrating our defence industries", "\u201d. It met in"), (verified.QuotePrefix, verified.QuoteExact, verified.QuoteSuffix));

        var opened = await session.Editor.OpenAsync(id);
        opened.Draft.Citations[0].Pinpoint = "better integrating our defense industries";
        var refused = await Assert.ThrowsAsync<ValidationException>(() => session.Editor.SaveAsync(id, opened.Version, opened.Draft));

        var problem = Assert.Single(refused.Problems);
        Assert.Equal("Citations", problem.Field);
        Assert.Equal(
            "These words are not in the archived copy of \"Archived article\": \"better integrating our defense industries\". " +
            "Paste them from the source, or mark the pinpoint as a paraphrase.", problem.Message);
        var after = await CitationOfAsync(id);
        Assert.Equal(("better integrating our defence industries", verified.VerifiedCopyId), (after.Pinpoint, after.VerifiedCopyId));
        Assert.Equal(opened.Version, (await session.Editor.OpenAsync(id)).Version);
    }

    [Fact]
    public async Task The_same_words_as_a_paraphrase_are_kept_as_the_tracker_s_and_never_verified()
    {
        await using var session = database.Edit();
        var source = await ArchivedSourceAsync(session.Db, ArticleText);

        var id = await session.Editor.CreateAsync(TestRecords.MeetingCiting(source, "the group is meant to integrate defence industries", PinpointKind.Paraphrase, "Paraphrased"));

        var citation = await CitationOfAsync(id);
        Assert.Equal(PinpointKind.Paraphrase, citation.PinpointKind);
        Assert.Null(citation.VerifiedCopyId);
    }

    [Fact]
    public async Task A_quotation_cited_before_there_was_a_copy_is_verified_when_one_is_added_and_flagged_when_a_later_copy_lacks_it()
    {
        await using var session = database.Edit();
        var source = await ArchivedSourceAsync(session.Db, text: null);
        var id = await session.Editor.CreateAsync(TestRecords.MeetingCiting(source, "It met in Honolulu", PinpointKind.Quotation, "Cited before archiving"));
        Assert.Null((await CitationOfAsync(id)).VerifiedCopyId);

        await new SourceArchive(session.Db).AddCopyAsync(Copy(source, ArticleText, new DateTime(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc)));
        var first = await CitationOfAsync(id);
        Assert.NotNull(first.VerifiedCopyId);

        await new SourceArchive(session.Db).AddCopyAsync(Copy(source, "The page now says something else.", new DateTime(2026, 12, 1, 0, 0, 0, DateTimeKind.Utc)));
        var second = await CitationOfAsync(id);
        Assert.Null(second.VerifiedCopyId);
        Assert.Null(second.QuoteExact);
        await using var db = database.CreateContext();
        Assert.Equal(2, await db.SourceCopies.CountAsync(c => c.SourceId == source));
        Assert.Equal(new DateTime(2026, 12, 1, 0, 0, 0, DateTimeKind.Utc), (await db.Sources.SingleAsync(s => s.Id == source)).ArchivedAt);
    }

    [Fact]
    public async Task A_copy_keeps_the_raw_bytes_compressed_with_their_digest_and_refuses_an_empty_text()
    {
        await using var session = database.Edit();
        var source = await ArchivedSourceAsync(session.Db, text: null);
        var raw = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("<p>" + ArticleText + "</p>", 50)));
        var copy = SourceCopy.Of(source, CopyOrigin.PastedByEditor, raw, ArticleText, DateTime.UtcNow, "editor@example.org");

        await new SourceArchive(session.Db).AddCopyAsync(copy);

        await using var db = database.CreateContext();
        var stored = await db.SourceCopies.SingleAsync(c => c.SourceId == source);
        Assert.Equal(raw, stored.Raw());
        Assert.True(stored.CompressedRaw.Length < raw.Length / 10, $"{stored.CompressedRaw.Length} compressed bytes of {raw.Length}");
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(raw)), stored.Sha256);
        var empty = await Assert.ThrowsAsync<ValidationException>(() => new SourceArchive(session.Db).AddCopyAsync(Copy(source, "  ", DateTime.UtcNow)));
        Assert.Contains(empty.Problems, p => p.Field == "Text");
        Assert.Equal(1, await db.SourceCopies.CountAsync(c => c.SourceId == source));
    }

    private static SourceCopy Copy(Guid source, string text, DateTime retrievedAt) =>
        SourceCopy.Of(source, CopyOrigin.PastedByEditor, Encoding.UTF8.GetBytes(text), text, retrievedAt, "editor@example.org");

    /// <summary>A published source, with a copy of <paramref name="text"/> when one is given.</summary>
    private static async Task<Guid> ArchivedSourceAsync(PolicyTrackerDbContext db, string? text)
    {
        var source = await TestRecords.PublishedSourceAsync(db, "https://example.org/article", "Archived article");
        if (text is not null)
        {
            await new SourceArchive(db).AddCopyAsync(Copy(source, text, DateTime.UtcNow));
        }

        return source;
    }

    private async Task<Citation> CitationOfAsync(Guid recordId)
    {
        await using var db = database.CreateContext();
        return await db.Citations.AsNoTracking().SingleAsync(c => c.RecordId == recordId);
    }
}
