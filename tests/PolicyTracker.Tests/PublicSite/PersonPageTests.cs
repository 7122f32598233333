using AngleSharp.Html.Parser;
using PolicyTracker.Core.Common;
using PolicyTracker.Core.Records;
using PolicyTracker.Core.Statements;
using PolicyTracker.Tests.Infrastructure;

namespace PolicyTracker.Tests.PublicSite;

/// <summary>A person's page keeps their own words apart from what others said to them or about them.</summary>
public class PersonPageTests(PostgresAppFixture fixture) : IClassFixture<PostgresAppFixture>
{
    [Fact]
    public async Task Officials_words_to_a_minister_are_not_listed_as_the_ministers_own()
    {
        var page = new HtmlParser().ParseDocument(await fixture.App.CreateClient().GetStringAsync("/people/judith-collins"));

        var said = page.QuerySelector("#said")!.NextElementSibling!;
        var saidLinks = said.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/statements/collins-pipir-discussion-forum", saidLinks);
        Assert.DoesNotContain("/statements/officials-supply-chain-workstream-priority", saidLinks);
        Assert.Contains(page.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/statements/officials-supply-chain-workstream-priority");
    }

    [Fact]
    public async Task Words_of_someone_else_described_by_the_same_name_are_not_listed_as_the_persons_own()
    {
        await fixture.App.ChangeAsync(async (_, db) =>
        {
            var statement = (Statement)TestRecords.Create(db, RecordKind.Statement, "namesake-words", PublicationState.Published);
            statement.Speaker = null;
            statement.UnnamedSpeaker = "Judith Collins"; // as a source might describe a different speaker
            db.Add(statement);
            await db.SaveChangesAsync();
        });

        var page = new HtmlParser().ParseDocument(await fixture.App.CreateClient().GetStringAsync("/people/judith-collins"));

        var saidLinks = page.QuerySelector("#said")!.NextElementSibling!.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList();
        Assert.DoesNotContain("/statements/namesake-words", saidLinks);
        Assert.Contains("/statements/collins-pipir-discussion-forum", saidLinks);
        Assert.Contains(page.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/statements/namesake-words");
    }
}
