using PolicyTracker.Core.Common;
using PolicyTracker.Core.Data;
using PolicyTracker.Core.History;
using PolicyTracker.Core.Records;
using PolicyTracker.Core.Search;
using PolicyTracker.Tests.Infrastructure;

namespace PolicyTracker.Tests.Search;

/// <summary>
/// Search ranks a bounded set of candidates, never every match, so common words cost the same at any size; the
/// records holding the whole query in their title are candidates first, however many others mention it.
/// </summary>
public class SearchCandidatesTests
{
    [Fact]
    public async Task Title_matches_are_found_even_behind_more_mentions_than_are_ranked()
    {
        await using var database = await TestDatabase.WithSampleDataAsync(DatabaseProvider.Postgres, "search-candidates");
        await using (var db = database.CreateContext())
        {
            // Entered first, so the latest matches, the candidates of the second tier, are all passing mentions.
            for (var i = 0; i < 3; i++)
            {
                db.Add(TestRecords.Create(db, RecordKind.Event, $"kiwifruit-title-{i}", PublicationState.Published, title: $"Kiwifruit exports report {i}"));
            }

            await db.SaveChangesAsync();
            for (var i = 0; i < SearchQueries.Candidates + 50; i++)
            {
                var mention = TestRecords.Create(db, RecordKind.Event, $"kiwifruit-mention-{i}", PublicationState.Published, title: $"Trade note {i}");
                mention.Summary = "A note on trade that mentions kiwifruit in passing.";
                db.Add(mention);
            }

            await db.SaveChangesAsync();
        }

        var commands = new CommandLog();
        await using var context = database.CreateContext(new RevisionJournal(new SystemActor("test"), TimeProvider.System), watchers: commands);
        var results = await new SearchQueries(context).SearchAsync("kiwifruit");

        Assert.Equal(["kiwifruit-title-0", "kiwifruit-title-1", "kiwifruit-title-2"], results.Hits.Take(3).Select(h => h.Slug).Order());
        Assert.Equal(SearchQueries.MaxResults, results.Hits.Count);
        // Each ranking reads its candidates through a limit: the latest matches, not all of them.
        Assert.All(commands.Texts.Where(sql => sql.Contains("ts_rank", StringComparison.Ordinal)),
            sql => Assert.Matches(@"ORDER BY \w+\.""Id"" DESC\s+LIMIT", sql));
    }
}
