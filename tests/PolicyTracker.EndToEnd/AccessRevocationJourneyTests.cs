using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PolicyTracker.Core.Accounts;

namespace PolicyTracker.EndToEnd;

/// <summary>An editor's open tab loses editing once an administrator takes it away, without a reload, and keeps the typed text.</summary>
[Collection(BrowserCollection.Name)]
public class AccessRevocationJourneyTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const string Password = "E2e-demoted-password-3k8q!";

    [Fact]
    public async Task An_open_editor_tab_cannot_save_after_the_editor_is_demoted_and_says_why()
    {
        var email = $"demoted.{Guid.NewGuid():N}@example.org";
        await using (var scope = Fixture.App.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
            var user = new IdentityUser { UserName = email, Email = email, EmailConfirmed = true };
            Assert.True((await users.CreateAsync(user, Password)).Succeeded);
            Assert.True((await users.AddToRolesAsync(user, UserAdministration.RolesUpTo(Roles.Editor))).Succeeded);
        }

        var page = await Fixture.NewPageAsync();
        await BrowserFixture.SignInAsync(page, email, Password, "/workspace/records/new/events");
        await page.GetByRole(AriaRole.Heading, new() { Name = "New event" }).WaitForAsync();
        await page.GetByLabel("Title").First.FillAsync("Typed before the demotion");
        await page.GetByLabel("Summary (in the tracker's own words)").FillAsync("This text must survive.");

        await using (var scope = Fixture.App.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
            var admin = new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity(
                UserAdministration.RolesUpTo(Roles.Admin).Select(r => new System.Security.Claims.Claim(System.Security.Claims.ClaimTypes.Role, r)), "test"));
            await scope.ServiceProvider.GetRequiredService<UserAdministration>().SetRoleAsync(admin, (await users.FindByEmailAsync(email))!.Id, Roles.Analyst);
        }

        // The tab checks its user every second in this test app; give it a few.
        await page.WaitForTimeoutAsync(3000);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();

        await Assertions.Expect(page.Locator("[data-testid=save-failed]")).ToContainTextAsync("no longer allowed");
        Assert.Equal("Typed before the demotion", await page.GetByLabel("Title").First.InputValueAsync());
        await page.ScreenshotAsync(new() { Path = Artifacts.Screenshot("40-access-ended"), FullPage = true });
        await using var db = Fixture.App.Database.CreateContext();
        Assert.False(await db.Records.IgnoreQueryFilters().AnyAsync(r => r.Title == "Typed before the demotion"));
    }
}
