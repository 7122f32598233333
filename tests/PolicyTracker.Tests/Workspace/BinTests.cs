using AngleSharp.Html.Parser;
using PolicyTracker.Core.Accounts;
using PolicyTracker.Core.Common;
using PolicyTracker.Core.Editing;
using PolicyTracker.Core.People;
using PolicyTracker.Core.Records;
using PolicyTracker.Tests.Accounts;
using PolicyTracker.Tests.Infrastructure;

namespace PolicyTracker.Tests.Workspace;

/// <summary>Nothing is lost: a deleted record is listed in the bin, and leaves it when the delete is undone.</summary>
public class BinTests(AccountsFixture fixture) : IClassFixture<AccountsFixture>
{
    [Fact]
    public async Task A_deleted_record_is_in_the_bin_until_its_delete_is_undone()
    {
        Guid id = default;
        await fixture.App.EditAsync(async editor =>
        {
            var draft = RecordContent.Empty(RecordKind.Event);
            draft.Title = "A draft deleted into the bin";
            id = await editor.CreateAsync(draft);
            await editor.DeleteAsync(id, 1);
        });
        var (client, _) = await fixture.SignInAsync(AccountsFixture.EmailFor(Roles.Analyst), AccountsFixture.UserPassword);

        var bin = new HtmlParser().ParseDocument(await client.GetStringAsync("/workspace/bin"));
        Assert.Contains(bin.QuerySelectorAll("a"), a => a.GetAttribute("href") == $"/workspace/records/{id}" && a.TextContent == "A draft deleted into the bin");

        await fixture.App.EditAsync(async editor => await editor.UndeleteAsync(id, (await editor.OpenAsync(id)).Version));

        Assert.DoesNotContain("A draft deleted into the bin", await client.GetStringAsync("/workspace/bin"));
    }

    [Fact]
    public async Task A_deleted_directory_entry_is_in_the_bin_with_a_link_to_its_editor()
    {
        await using var db = fixture.App.Database.CreateContext(TestActor.Editor());
        var directory = new DirectoryEditor(db, TestActor.Editor(), TimeProvider.System);
        var id = await directory.SaveAsync<Person, PersonDraft>(null, 0, new PersonDraft { Name = "A person deleted into the bin" }, null, PublicationState.Draft, null);
        await directory.DeleteAsync<Person>(id, 1);
        var (client, _) = await fixture.SignInAsync(AccountsFixture.EmailFor(Roles.Analyst), AccountsFixture.UserPassword);

        var bin = new HtmlParser().ParseDocument(await client.GetStringAsync("/workspace/bin"));

        Assert.Contains(bin.QuerySelectorAll("a"), a => a.GetAttribute("href") == $"/workspace/directory/people/{id}" && a.TextContent == "A person deleted into the bin");
    }
}
