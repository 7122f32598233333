using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using PolicyTracker.Core.Accounts;
using PolicyTracker.Core.Questions;
using PolicyTracker.Tests.Accounts;

namespace PolicyTracker.Tests.Workspace;

/// <summary>A directory entry's editor lists the records that point to it, each linking to its own editor.</summary>
public class PointedToByTests(AccountsFixture fixture) : IClassFixture<AccountsFixture>
{
    [Fact]
    public async Task A_persons_page_in_the_workspace_links_every_record_that_names_them_including_a_question_asked_of_them()
    {
        await using var db = fixture.App.Database.CreateContext();
        var question = await db.Records.OfType<Question>().AsNoTracking().FirstAsync(q => q.AskedOfId != null);
        var (client, _) = await fixture.SignInAsync(AccountsFixture.EmailFor(Roles.Editor), AccountsFixture.UserPassword);

        var page = new HtmlParser().ParseDocument(await client.GetStringAsync($"/workspace/directory/people/{question.AskedOfId}"));

        var list = page.QuerySelector("[data-testid=pointed-to-by]");
        Assert.NotNull(list);
        Assert.Contains(list.QuerySelectorAll("a"), a => a.GetAttribute("href") == $"/workspace/records/{question.Id}" && a.TextContent == question.Title);
    }
}
