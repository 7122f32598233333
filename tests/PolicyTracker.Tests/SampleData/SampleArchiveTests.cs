using Microsoft.EntityFrameworkCore;
using PolicyTracker.Core.Data;
using PolicyTracker.Core.SampleData;
using PolicyTracker.Core.Sources;
using PolicyTracker.Tests.Infrastructure;
using Xunit.Abstractions;

namespace PolicyTracker.Tests.SampleData;

/// <summary>
/// The sample sources whose texts are supplied beside the project (../shared/sources) start with archived copies of
/// them, and every sample quotation from those sources is verified against its copy; the other sources honestly have
/// no copy, and their quotations stay "not yet verified".
/// </summary>
public class SampleArchiveTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData(DatabaseProvider.Postgres)]
    [InlineData(DatabaseProvider.Sqlite)]
    public async Task Every_sample_quotation_from_a_source_with_a_supplied_text_is_verified_in_its_archived_copy(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.WithSampleDataAsync(provider, "sample-archive");
        await using var db = database.CreateContext();
        var folder = SuppliedSourceTexts.FindFolder();
        var supplied = folder is null ? [] : Directory.GetFiles(folder, "*.txt").Select(path => Path.GetFileNameWithoutExtension(path)).ToList();

        var archived = await db.Sources.Where(s => s.ArchivedAt != null).Select(s => s.Slug).ToListAsync();
        var quotations = await db.Citations.Where(c => c.PinpointKind == PinpointKind.Quotation && c.Pinpoint != null)
            .Select(c => new { c.Source.Slug, c.Pinpoint, Verified = c.VerifiedCopyId != null })
            .ToListAsync();

        Assert.Equal(supplied.Order(), archived.Order());
        var fromArchived = quotations.Where(q => archived.Contains(q.Slug)).ToList();
        Assert.All(fromArchived, q => Assert.True(q.Verified, $"Not found in the copy of {q.Slug}: \"{q.Pinpoint}\""));
        Assert.All(quotations.Where(q => !archived.Contains(q.Slug)), q => Assert.False(q.Verified));
        if (folder is not null)
        {
            Assert.True(fromArchived.Count > 100, $"Only {fromArchived.Count} quotations were checked.");
        }

        output.WriteLine($"{fromArchived.Count} quotations verified in {archived.Count} archived sources ({folder ?? "no supplied texts"}); " +
            $"{quotations.Count - fromArchived.Count} from sources with no copy yet.");
    }

    [Fact]
    public async Task Every_sample_statement_quoting_a_source_with_a_supplied_text_is_verified_and_the_rest_are_not()
    {
        await using var database = await TestDatabase.WithSampleDataAsync(DatabaseProvider.Postgres, "sample-statements");
        await using var db = database.CreateContext();

        var statements = await db.Records.OfType<Core.Statements.Statement>()
            .Select(s => new { s.Slug, s.Mode, Found = s.WordsFoundInCopyId != null, Archived = s.Citations.Any(c => c.Source.ArchivedAt != null) })
            .ToListAsync();

        var quoting = statements.Where(s => s.Mode == Core.Statements.StatementMode.Quotation).ToList();
        Assert.All(quoting.Where(s => s.Archived), s => Assert.True(s.Found, $"The words of {s.Slug} are not in the copy of any source it cites."));
        Assert.All(statements.Where(s => !s.Archived || s.Mode == Core.Statements.StatementMode.Paraphrase), s => Assert.False(s.Found, s.Slug));
        if (SuppliedSourceTexts.FindFolder() is not null)
        {
            Assert.True(quoting.Count(s => s.Found) >= 10, $"Only {quoting.Count(s => s.Found)} statements were verified.");
        }

        output.WriteLine($"{quoting.Count(s => s.Found)} of {quoting.Count} quoted statements verified; {statements.Count - quoting.Count} paraphrases.");
    }
}
