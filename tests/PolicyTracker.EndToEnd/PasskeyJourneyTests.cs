using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using PolicyTracker.Core.Data;
using PolicyTracker.Core.History;
using PolicyTracker.Tests.Infrastructure;

namespace PolicyTracker.EndToEnd;

/// <summary>
/// Passkeys in Chromium, with a virtual authenticator (the DevTools protocol's WebAuthn domain) standing in for a
/// phone or a security key: an administrator who must sign in with a second factor adds a passkey and then signs in
/// with it alone, straight into the workspace; once removed, it signs in no more.
/// </summary>
[Collection(BrowserCollection.Name)]
public class PasskeyJourneyTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const string AdminEmail = "passkey.admin@example.org";
    private const string AdminPassword = "E2e-passkey-admin-password-6t2v!";

    [Fact]
    public async Task An_administrator_adds_a_passkey_signs_in_with_it_alone_as_with_a_second_factor_and_removes_it()
    {
        // Its own app, in which administrators must give a second factor, as in production.
        var app = new PolicyTrackerApp(
            await TestDatabase.WithSampleDataAsync(DatabaseProvider.Postgres, "e2e-passkeys"),
            new Dictionary<string, string?>
            {
                ["Accounts:AdminEmail"] = AdminEmail,
                ["Accounts:AdminPassword"] = AdminPassword,
                ["Accounts:RequireTwoFactorForAdmins"] = "true",
            });
        try
        {
            // A passkey belongs to a domain name: WebAuthn takes no IP address, so the app is asked for as "localhost".
            var address = app.ServeOnLoopbackPort();
            var context = await Fixture.Browser.NewContextAsync(new() { BaseURL = $"http://localhost:{address.Port}" });
            var page = await context.NewPageAsync();
            var devTools = await context.NewCDPSessionAsync(page);
            await devTools.SendAsync("WebAuthn.enable");
            await devTools.SendAsync("WebAuthn.addVirtualAuthenticator", new Dictionary<string, object>
            {
                ["options"] = new Dictionary<string, object>
                {
                    ["protocol"] = "ctap2", ["transport"] = "internal", ["hasResidentKey"] = true,
                    ["hasUserVerification"] = true, ["isUserVerified"] = true, ["automaticPresenceSimulation"] = true,
                },
            });

            // A password alone leads an administrator to set up a second factor; a passkey is one way.
            await SignInWithPasswordAsync(page);
            await page.Locator("#use-a-passkey").ClickAsync();
            await page.GetByLabel("Name of this passkey (for example, the device that holds it)").FillAsync("Test laptop");
            await page.GetByRole(AriaRole.Button, new() { Name = "Add a passkey" }).ClickAsync();
            await Assertions.Expect(page.Locator("#passkey-notice")).ToContainTextAsync("The passkey “Test laptop” is added");
            await Assertions.Expect(page.Locator("#passkeys")).ToContainTextAsync("Test laptop");
            await page.ScreenshotAsync(new() { Path = Artifacts.Screenshot("44-passkey-added"), FullPage = true });

            // Now the password alone can neither swap the passkey for another nor add codes: only a session that used
            // the passkey may change the account's factors.
            await SignOutAsync(page, context);
            await SignInWithPasswordAsync(page);
            await Assertions.Expect(page.Locator("#second-factor-held")).ToContainTextAsync("sign in again with the passkey");
            await page.GotoAsync("/account/passkeys");
            await Assertions.Expect(page.Locator("#passkey-needs-second-factor")).ToBeVisibleAsync();
            Assert.Equal(0, await page.GetByRole(AriaRole.Button, new() { Name = "Remove the passkey Test laptop" }).CountAsync());
            Assert.Equal(0, await page.Locator("#add-passkey").CountAsync());

            // Signed out, the passkey alone signs in, and counts as the second factor: the workspace opens.
            await SignOutAsync(page, context);
            await page.GotoAsync("/account/login?returnUrl=%2Fworkspace%2Ftimeline");
            await page.GetByRole(AriaRole.Button, new() { Name = "Sign in with a passkey" }).ClickAsync();
            await page.WaitForURLAsync("**/workspace/timeline", new() { WaitUntil = WaitUntilState.Commit });
            Assert.EndsWith("/workspace/timeline", page.Url);

            // Removed, it signs in no more.
            await page.GotoAsync("/account/passkeys");
            await page.GetByRole(AriaRole.Button, new() { Name = "Remove the passkey Test laptop" }).ClickAsync();
            await Assertions.Expect(page.Locator("#no-passkeys")).ToBeVisibleAsync();
            await using (var removed = app.Database.CreateContext())
            {
                Assert.False(await removed.Set<Microsoft.AspNetCore.Identity.IdentityUserPasskey<string>>().AnyAsync(), "the passkey is still stored");
            }
            await SignOutAsync(page, context);
            await page.GotoAsync("/account/login");
            await page.GetByRole(AriaRole.Button, new() { Name = "Sign in with a passkey" }).ClickAsync();
            await Assertions.Expect(page.Locator("#login-error")).ToContainTextAsync("That passkey did not sign you in");
            await page.GotoAsync("/workspace/timeline");
            Assert.Contains("/account/login", page.Url);

            await using var db = app.Database.CreateContext();
            Assert.True(await db.Revisions.AnyAsync(r => r.Action == RevisionAction.PasskeyAdded && r.ChangedBy == AdminEmail));
            Assert.True(await db.Revisions.AnyAsync(r => r.Action == RevisionAction.PasskeyRemoved && r.ChangedBy == AdminEmail));
            await context.CloseAsync();
        }
        finally
        {
            await app.DisposeAsync();
            await app.Database.DisposeAsync();
        }
    }

    /// <summary>
    /// Forgets the session as a closed browser would. Every request renews the sign-in cookie, so a response still on
    /// its way (the page's script, its icon) would set it again after the cookies were cleared: wait for them first.
    /// </summary>
    private static async Task SignOutAsync(IPage page, IBrowserContext context)
    {
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await context.ClearCookiesAsync();
    }

    /// <summary>A password alone leads an administrator who must give a second factor to the page that sets one up.</summary>
    private static async Task SignInWithPasswordAsync(IPage page)
    {
        await page.GotoAsync("/account/login?returnUrl=%2Fworkspace%2Ftimeline");
        await page.FillAsync("input[name='Input.Email']", AdminEmail);
        await page.FillAsync("input[name='Input.Password']", AdminPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/account/two-factor-setup**", new() { WaitUntil = WaitUntilState.Commit });
    }
}
