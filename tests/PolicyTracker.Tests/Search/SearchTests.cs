using PolicyTracker.Core.Common;
using PolicyTracker.Core.Data;
using PolicyTracker.Core.Records;
using PolicyTracker.Core.SampleData;
using PolicyTracker.Core.Search;
using PolicyTracker.Core.Timeline;
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

    /// <summary>Every text field a kind declares searchable is found by a word only it holds (a question's text among them).</summary>
    [Theory]
    [InlineData(DatabaseProvider.Postgres)]
    [InlineData(DatabaseProvider.Sqlite)]
    public async Task Search_and_the_timeline_find_each_kind_by_a_word_only_in_each_of_its_searchable_fields(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.WithSampleDataAsync(provider, "search-fields");
        var declared = RecordKinds.All.SelectMany(kind => kind.SearchableText.Select(field => (kind, field))).ToList();
        Assert.Contains(declared, d => d.kind.Kind == RecordKind.Question && d.field == "QuestionText");
        var words = new Dictionary<string, string>();
        await using (var db = database.CreateContext())
        {
            foreach (var (kind, field) in declared)
            {
                var record = db.Records.Where(r => r.Kind == kind.Kind && r.State == PublicationState.Published).OrderBy(r => r.Slug).First();
                var word = $"zq{kind.Kind}{field}".ToLowerInvariant();
                var entry = db.Entry(record);
                entry.Property(field).CurrentValue = $"{entry.Property(field).CurrentValue} {word}";
                words[word] = record.Slug;
            }

            await db.SaveChangesAsync();
        }

        await using var search = database.CreateContext();
        foreach (var (word, slug) in words)
        {
            var results = await new SearchQueries(search).SearchAsync(word);
            Assert.True(results.Hits.Any(h => h.Slug == slug && h.Text.Contains(word, StringComparison.Ordinal)), $"Searching \"{word}\" did not find {slug} with the word in its text.");
            var timeline = await new TimelineQueries(search).GetPublishedPageAsync(new TimelineFilter { Text = word });
            Assert.True(timeline.Items.Any(i => i.Slug == slug), $"The timeline's text filter \"{word}\" did not find {slug}.");
        }
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
