using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using PolicyTracker.Core.Dataset;
using PolicyTracker.Core.Records;

namespace PolicyTracker.EndToEnd;

/// <summary>The signed-in side, in a real headless Chromium: the interactive workspace over its websocket.</summary>
[Collection(BrowserCollection.Name)]
public class WorkspaceJourneyTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task After_adding_an_editor_the_form_starts_afresh_and_a_role_change_says_it_ends_the_set_password_link()
    {
        var page = await Fixture.NewPageAsync();
        await BrowserFixture.SignInAsync(page, BrowserFixture.AdminEmail, BrowserFixture.AdminPassword, "/workspace/users");
        var form = page.Locator("[data-testid=add-user]");
        await form.GetByLabel("Email").FillAsync("editor.fresh-form@example.org");
        await BrowserFixture.ChooseAsync(page, "Role", "Editor");

        await page.GetByRole(AriaRole.Button, new() { Name = "Add user" }).ClickAsync();
        await page.Locator(".mud-alert").Filter(new() { HasText = "Added editor.fresh-form@example.org as Editor" }).WaitForAsync();

        // The next person added is not an editor by accident, and nobody has typed into the emptied email yet.
        await Assertions.Expect(form.Locator(".mud-select input")).ToHaveValueAsync("Analyst");
        await Assertions.Expect(form.GetByLabel("Email")).ToHaveValueAsync("");
        await Assertions.Expect(form.Locator(".mud-input-error")).ToHaveCountAsync(0);
        await Assertions.Expect(form.GetByText("Required")).ToHaveCountAsync(0);

        var row = page.Locator("tr").Filter(new() { HasText = "editor.fresh-form@example.org" });
        await row.Locator(".mud-select").First.ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = "Analyst" }).First.ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await Assertions.Expect(dialog).ToContainTextAsync("no longer works");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Make Analyst" }).ClickAsync();
        await page.Locator(".mud-alert").Filter(new() { HasText = "editor.fresh-form@example.org is now Analyst" }).Filter(new() { HasText = "no longer works" }).WaitForAsync();
        await page.ScreenshotAsync(new() { Path = Artifacts.Screenshot("11-workspace-users-role-changed"), FullPage = true });
    }

    [Fact]
    public async Task An_administrator_signs_in_and_adds_an_analyst_who_can_then_sign_in()
    {
        var page = await Fixture.NewPageAsync();

        await page.GotoAsync("/workspace/users");
        await page.WaitForURLAsync("**/account/login?*", new() { WaitUntil = WaitUntilState.Commit });
        await page.FillAsync("input[name='Input.Email']", BrowserFixture.AdminEmail);
        await page.FillAsync("input[name='Input.Password']", BrowserFixture.AdminPassword);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync("**/workspace/users", new() { WaitUntil = WaitUntilState.Commit });
        await page.GetByText(BrowserFixture.AdminEmail).First.WaitForAsync();

        await page.GetByLabel("Email").FillAsync("analyst.e2e@example.org");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add user" }).ClickAsync();
        var notice = page.Locator(".mud-alert").Filter(new() { HasText = "Added analyst.e2e@example.org as Analyst" });
        await notice.WaitForAsync();
        await page.ScreenshotAsync(new() { Path = Artifacts.Screenshot("10-workspace-users"), FullPage = true });
        // No password is shown: the administrator passes on a one-time link, and the analyst chooses their own.
        var link = (await notice.TextContentAsync())!.Split("within 3 days: ")[1].Trim();
        Assert.Contains("/account/set-password?user=", link);

        var analyst = await Fixture.NewPageAsync();
        await analyst.GotoAsync(new Uri(link).PathAndQuery);
        await analyst.GetByLabel("New password (at least 12 characters)").FillAsync("Analyst-chosen-password-2v6x!");
        await analyst.GetByLabel("New password again").FillAsync("Analyst-chosen-password-2v6x!");
        await analyst.GetByRole(AriaRole.Button, new() { Name = "Set password" }).ClickAsync();
        await analyst.Locator("#password-set").WaitForAsync();
        await BrowserFixture.SignInAsync(analyst, "analyst.e2e@example.org", "Analyst-chosen-password-2v6x!");
        var signedIn = analyst.GetByText("Signed in as analyst.e2e@example.org");
        await signedIn.WaitForAsync();
        Assert.Contains("(Analyst)", await signedIn.TextContentAsync());
        Assert.Equal(0, await analyst.GetByRole(AriaRole.Link, new() { Name = "Users" }).CountAsync());
        await analyst.GotoAsync("/workspace/users");
        await analyst.WaitForURLAsync("**/account/access-denied*", new() { WaitUntil = WaitUntilState.Commit });
    }

    [Fact]
    public async Task An_administrator_imports_a_dataset_file_chosen_in_the_browser()
    {
        var content = RecordContent.Empty(RecordKind.Event);
        content.Title = "An event imported through the browser";
        content.Slug = "e2e-imported-event";
        var dataset = new DatasetFile
        {
            Records = [new() { Id = Guid.CreateVersion7(), State = PolicyTracker.Core.Common.PublicationState.Draft, Content = content }],
        };
        var page = await Fixture.NewPageAsync();
        await BrowserFixture.SignInAsync(page, BrowserFixture.AdminEmail, BrowserFixture.AdminPassword, "/workspace/import");
        // The upload is part of the interactive island, drawn once the circuit is up.
        await page.GetByRole(AriaRole.Heading, new() { Name = "Import a dataset" }).WaitForAsync();

        // An upload reaches the importer as a stream that cannot seek, which it copies to a temporary file to read twice.
        await page.SetInputFilesAsync("input[type=file]", new FilePayload
        {
            Name = "dataset.json", MimeType = "application/json",
            Buffer = JsonSerializer.SerializeToUtf8Bytes(dataset, DatasetExporter.Json),
        });

        await page.Locator(".mud-alert").Filter(new() { HasText = "Imported 1 record" }).WaitForAsync();
        var imported = false;
        await Fixture.App.ChangeAsync(async (_, db) => imported = await db.Records.IgnoreQueryFilters().AnyAsync(r => r.Slug == "e2e-imported-event"));
        Assert.True(imported);
    }

    [Fact]
    public async Task A_reviewer_sees_a_pending_change_against_the_live_version_in_words()
    {
        var id = Guid.Empty;
        await Fixture.App.ChangeAsync(async (_, db) =>
        {
            var record = PolicyTracker.Tests.Infrastructure.TestRecords.Create(db, PolicyTracker.Core.Records.RecordKind.Event, "e2e-live-event", PolicyTracker.Core.Common.PublicationState.Published);
            record.Summary = "The live summary.";
            db.Add(record);
            await db.SaveChangesAsync();
            id = record.Id;
        });
        await Fixture.App.EditAsync(async editor =>
        {
            var opened = await editor.OpenAsync(id);
            opened.Draft.Summary = "The pending summary.";
            await editor.SaveAsync(id, opened.Version, opened.Draft);
        });

        var page = await Fixture.NewPageAsync();
        await BrowserFixture.SignInAsync(page, BrowserFixture.ReviewerEmail, BrowserFixture.ReviewerPassword, $"/workspace/records/{id}");
        var comparison = page.Locator("[data-testid=pending-against-live]");
        await Assertions.Expect(comparison).ToContainTextAsync("Summary");
        await Assertions.Expect(comparison).ToContainTextAsync("Before: The live summary.");
        await Assertions.Expect(comparison).ToContainTextAsync("After: The pending summary.");
    }
}
