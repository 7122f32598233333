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
        var id = await DeletedDraftAsync("A draft deleted into the bin");
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

    /// <summary>
    /// An editor restores from the bin itself, one button a row, and the bin says when in New Zealand time; an
    /// analyst sees no button, and a restore posted by one anyway changes nothing.
    /// </summary>
    [Fact]
    public async Task An_editor_restores_an_entry_from_the_bin_and_an_analyst_cannot()
    {
        var id = await DeletedDraftAsync("A draft restored from the bin");
        var (analyst, _) = await fixture.SignInAsync(AccountsFixture.EmailFor(Roles.Analyst), AccountsFixture.UserPassword);
        var (editorClient, _) = await fixture.SignInAsync(AccountsFixture.EmailFor(Roles.Editor), AccountsFixture.UserPassword);

        var analystsBin = new HtmlParser().ParseDocument(await analyst.GetStringAsync("/workspace/bin"));
        Assert.Empty(analystsBin.QuerySelectorAll($"form input[name=_handler][value=restore-{id}]"));
        var bin = new HtmlParser().ParseDocument(await editorClient.GetStringAsync("/workspace/bin"));
        var row = bin.QuerySelectorAll("tr").Single(tr => tr.TextContent.Contains("A draft restored from the bin", StringComparison.Ordinal));
        Assert.Contains("NZ time", row.TextContent);
        var form = row.QuerySelector("form")!;
        var fields = AccountsFixture.HiddenFields(form);
        Assert.Equal($"restore-{id}", fields["_handler"]);

        // The analyst's session posts the same form (with its own token): refused, and the entry stays in the bin.
        var analystsToken = AccountsFixture.HiddenFields(new HtmlParser().ParseDocument(await analyst.GetStringAsync("/workspace/bin")).QuerySelector("form[action='/account/logout']")!);
        var refused = await analyst.PostAsync("/workspace/bin", new FormUrlEncodedContent(new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = analystsToken["__RequestVerificationToken"] }));
        // The analyst's page has no such form, so the post reaches no handler: a 400, not a restore.
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("A draft restored from the bin", await editorClient.GetStringAsync("/workspace/bin"));

        var restored = await editorClient.PostAsync("/workspace/bin", new FormUrlEncodedContent(fields));
        var page = new HtmlParser().ParseDocument(await restored.Content.ReadAsStringAsync());
        Assert.Contains("Restored: A draft restored from the bin", page.Body!.TextContent);
        Assert.DoesNotContain(page.QuerySelectorAll("tr"), tr => tr.TextContent.Contains("A draft restored from the bin", StringComparison.Ordinal));
        await fixture.App.EditAsync(async editor => Assert.Null((await editor.OpenAsync(id)).DeletedAt));
    }

    /// <summary>A new event draft, deleted into the bin.</summary>
    private async Task<Guid> DeletedDraftAsync(string title)
    {
        Guid id = default;
        await fixture.App.EditAsync(async editor =>
        {
            var draft = RecordContent.Empty(RecordKind.Event);
            draft.Title = title;
            id = await editor.CreateAsync(draft);
            await editor.DeleteAsync(id, 1);
        });
        return id;
    }
}
