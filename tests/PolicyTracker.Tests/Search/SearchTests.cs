using PolicyTracker.Core.Common;
using PolicyTracker.Core.Data;
using PolicyTracker.Core.Records;
using PolicyTracker.Core.SampleData;
using PolicyTracker.Core.Search;
using PolicyTracker.Tests.Infrastructure;

namespace PolicyTracker.Tests.Search;

public class SearchTests
{
    [Theory]
    [InlineData(DatabaseProvider.Postgres)]
    [InlineData(DatabaseProvider.Sqlite)]
    public async Task Finds_a_quotation_by_a_word_in_it_ranked_first(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.WithSampleDataAsync(provider, "search");
        await using var db = database.CreateContext();

        var results = await new SearchQueries(db).SearchAsync("interoperable");

        Assert.NotEmpty(results.Hits);
        Assert.Equal("collins-interoperable-with-australia", results.Hits[0].Slug);
        Assert.Equal(RecordKind.Statement, results.Hits[0].Kind);
    }

    [Theory]
    [InlineData(DatabaseProvider.Postgres)]
    [InlineData(DatabaseProvider.Sqlite)]
    public async Task Ranks_a_title_match_above_a_passing_mention_and_finds_sources(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.WithSampleDataAsync(provider, "search");
        await using var db = database.CreateContext();

        var results = await new SearchQueries(db).SearchAsync("hypersonic weapons");

        Assert.Equal("biden-hypersonics-order", results.Hits[0].Slug);
        var sources = await new SearchQueries(db).SearchAsync("Pennington");
        Assert.Contains(sources.Hits, h => h.Kind is null && h.Slug == "rnz-nz-joins-pipir");
    }

    [Theory]
    [InlineData(DatabaseProvider.Postgres)]
    [InlineData(DatabaseProvider.Sqlite)]
    public async Task Never_finds_an_unpublished_record(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.WithSampleDataAsync(provider, "search");
        await using (var db = database.CreateContext())
        {
            db.Add(TestRecords.Create(db, RecordKind.Statement, "draft-statement", PublicationState.Draft));
            await db.SaveChangesAsync();
        }

        await using var search = database.CreateContext();
        var results = await new SearchQueries(search).SearchAsync("zanzibarquote");

        Assert.Empty(results.Hits);
    }

    [Fact]
    public void Marks_matches_including_other_forms_of_the_word()
    {
        var terms = Highlighter.Terms("meetings of the group");

        var segments = Highlighter.Mark("The group met at a meeting; more meetings followed.", terms);

        Assert.Equal(["group", "meeting", "meetings"], segments.Where(s => s.IsMatch).Select(s => s.Text));
        Assert.Equal("The group met at a meeting; more meetings followed.", string.Concat(segments.Select(s => s.Text)));
    }
}
