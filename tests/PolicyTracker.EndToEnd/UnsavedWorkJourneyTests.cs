using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using PolicyTracker.Tests.Infrastructure;

namespace PolicyTracker.EndToEnd;

/// <summary>No typed work is lost by leaving a page, a slip of the mouse, or a database that is away during a save.</summary>
[Collection(BrowserCollection.Name)]
public class UnsavedWorkJourneyTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task Leaving_an_editor_with_unsaved_edits_asks_first_and_staying_keeps_them()
    {
        var page = await Fixture.NewPageAsync();
        await BrowserFixture.SignInAsync(page, BrowserFixture.AdminEmail, BrowserFixture.AdminPassword, "/workspace/records/new/events");
        await page.GetByRole(AriaRole.Heading, new() { Name = "New event" }).WaitForAsync();
        var asked = new List<string>();
        var leave = false;
        page.Dialog += async (_, dialog) =>
        {
            asked.Add(dialog.Type);
            if (leave)
            {
                await dialog.AcceptAsync();
            }
            else
            {
                await dialog.DismissAsync();
            }
        };

        await page.GetByLabel("Title").First.FillAsync("E2E typed and not saved");
        await page.GetByLabel("Summary (in the tracker's own words)").FillAsync("Text that must not vanish.");
        await page.GetByRole(AriaRole.Link, new() { Name = "Timeline", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("Title").First).ToHaveValueAsync("E2E typed and not saved");
        Assert.Equal(["beforeunload"], asked);
        Assert.EndsWith("/workspace/records/new/events", page.Url);

        leave = true;
        await page.GetByRole(AriaRole.Link, new() { Name = "Timeline", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith("/workspace/timeline"), new() { WaitUntil = WaitUntilState.Commit });
        Assert.Equal(["beforeunload", "beforeunload"], asked);

        // With nothing typed, leaving does not ask.
        await page.GotoAsync("/workspace/records/new/events");
        await page.GetByRole(AriaRole.Heading, new() { Name = "New event" }).WaitForAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Timeline", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith("/workspace/timeline"), new() { WaitUntil = WaitUntilState.Commit });
        Assert.Equal(2, asked.Count);
    }

    [Fact]
    public async Task Delete_asks_what_will_happen_and_cancel_keeps_the_record()
    {
        var page = await Fixture.NewPageAsync();
        await BrowserFixture.SignInAsync(page, BrowserFixture.AdminEmail, BrowserFixture.AdminPassword, "/workspace/records/new/events");
        await page.GetByLabel("Title").First.FillAsync("E2E draft kept by cancel");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
        await page.WaitForURLAsync(url => Regex.IsMatch(url, "/workspace/records/[0-9a-f-]{36}$"), new() { WaitUntil = WaitUntilState.Commit });
        await Assertions.Expect(page.Locator("[data-testid=record-state]")).ToHaveTextAsync("Draft");

        await page.GetByRole(AriaRole.Button, new() { Name = "Delete" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await Assertions.Expect(dialog).ToContainTextAsync("It moves to the bin");
        await page.ScreenshotAsync(new() { Path = Artifacts.Screenshot("41-confirm-delete"), FullPage = true });
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Cancel" }).ClickAsync();
        await Assertions.Expect(dialog).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByText("Undo delete")).ToHaveCountAsync(0);

        await page.GetByRole(AriaRole.Button, new() { Name = "Delete" }).ClickAsync();
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Delete" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Undo delete" })).ToBeVisibleAsync();
        await using var db = Fixture.App.Database.CreateContext();
        Assert.NotNull((await db.Records.IgnoreQueryFilters().SingleAsync(r => r.Title == "E2E draft kept by cancel")).DeletedAt);
    }

    [Fact]
    public async Task A_save_while_the_database_is_away_keeps_the_form_and_says_so_and_the_next_save_lands()
    {
        var page = await Fixture.NewPageAsync();
        await BrowserFixture.SignInAsync(page, BrowserFixture.AdminEmail, BrowserFixture.AdminPassword, "/workspace/records/new/events");
        await page.GetByRole(AriaRole.Heading, new() { Name = "New event" }).WaitForAsync();
        await page.GetByLabel("Title").First.FillAsync("E2E saved after the outage");
        await page.GetByLabel("Summary (in the tracker's own words)").FillAsync("Typed while the database was away.");

        await using (await PostgresServer.Instance.TakeOfflineAsync(Fixture.App.Database.ConnectionString))
        {
            await page.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
            await Assertions.Expect(page.Locator("[data-testid=save-failed]")).ToContainTextAsync("the database did not take the change", new() { Timeout = 60_000 });
            // The tab checks its user every second in this app; a check that cannot reach the database must not sign it out.
            await page.WaitForTimeoutAsync(2500);
            await page.ScreenshotAsync(new() { Path = Artifacts.Screenshot("42-save-with-database-away"), FullPage = true });
            Assert.Equal("E2E saved after the outage", await page.GetByLabel("Title").First.InputValueAsync());
            Assert.Equal("Typed while the database was away.", await page.GetByLabel("Summary (in the tracker's own words)").InputValueAsync());
            await Assertions.Expect(page.Locator("#blazor-error-ui")).ToBeHiddenAsync();
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
        await page.WaitForURLAsync(url => Regex.IsMatch(url, "/workspace/records/[0-9a-f-]{36}$"), new() { WaitUntil = WaitUntilState.Commit });
        await Assertions.Expect(page.Locator("[data-testid=record-state]")).ToHaveTextAsync("Draft");
        await using var db = Fixture.App.Database.CreateContext();
        Assert.Equal("Typed while the database was away.", (await db.Records.SingleAsync(r => r.Title == "E2E saved after the outage")).Summary);
    }
}
