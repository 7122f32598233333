using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using PolicyTracker.Core.Accounts;

namespace PolicyTracker.Tests.Accounts;

/// <summary>Access ends when it is taken away: at the next request of a cookie issued before, not half an hour later.</summary>
public class AccessRevocationTests(AccountsFixture fixture) : IClassFixture<AccountsFixture>
{
    [Fact]
    public async Task A_demoted_editor_loses_editing_at_the_next_request()
    {
        var email = $"demoted.{Guid.NewGuid():N}@example.org";
        await fixture.CreateUserAsync(email, Roles.Editor);
        var (client, _) = await fixture.SignInAsync(email, AccountsFixture.UserPassword);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/workspace/import")).StatusCode);

        await AsAdminAsync((admin, principal, id) => admin.SetRoleAsync(principal, id, Roles.Analyst), email);

        var after = await client.GetAsync("/workspace/import");
        Assert.NotEqual(HttpStatusCode.OK, after.StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await client.GetAsync("/workspace/dataset.json")).StatusCode);
    }

    [Fact]
    public async Task A_locked_account_loses_the_workspace_at_the_next_request()
    {
        var email = $"locked.{Guid.NewGuid():N}@example.org";
        await fixture.CreateUserAsync(email, Roles.Analyst);
        var (client, _) = await fixture.SignInAsync(email, AccountsFixture.UserPassword);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/workspace/dataset.json")).StatusCode);

        await AsAdminAsync((admin, principal, id) => admin.SetLockedAsync(principal, id, true), email);

        Assert.NotEqual(HttpStatusCode.OK, (await client.GetAsync("/workspace/dataset.json")).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await client.GetAsync("/workspace/timeline")).StatusCode);
    }

    [Fact]
    public async Task A_cookie_copied_before_signing_out_is_worthless_after_it()
    {
        var email = $"signout.{Guid.NewGuid():N}@example.org";
        await fixture.CreateUserAsync(email, Roles.Analyst);
        var (client, signedIn) = await fixture.SignInAsync(email, AccountsFixture.UserPassword);
        var copied = signedIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("PolicyTracker.Auth=", StringComparison.Ordinal)).Split(';')[0];

        var workspace = new HtmlParser().ParseDocument(await client.GetStringAsync("/workspace"));
        var signOut = workspace.QuerySelector("form[action='/account/logout']")!;
        var fields = AccountsFixture.HiddenFields(signOut);
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostAsync("/account/logout", new FormUrlEncodedContent(fields))).StatusCode);

        var replay = fixture.App.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        var request = new HttpRequestMessage(HttpMethod.Get, "/workspace/dataset.json");
        request.Headers.Add("Cookie", copied);
        Assert.NotEqual(HttpStatusCode.OK, (await replay.SendAsync(request)).StatusCode);
    }

    private async Task AsAdminAsync(Func<UserAdministration, System.Security.Claims.ClaimsPrincipal, string, Task> change, string email)
    {
        await using var scope = fixture.App.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        var user = (await users.FindByEmailAsync(email))!;
        await change(scope.ServiceProvider.GetRequiredService<UserAdministration>(), AccountsFixture.Principal(Roles.Admin, Roles.Editor, Roles.Analyst), user.Id);
    }
}
