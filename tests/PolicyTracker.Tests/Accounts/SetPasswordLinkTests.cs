using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PolicyTracker.Core.Accounts;
using PolicyTracker.Core.History;
using PolicyTracker.Tests.Infrastructure;

namespace PolicyTracker.Tests.Accounts;

/// <summary>An administrator never sees or makes up a password: they pass on a one-time link, and every account event is in the audit log.</summary>
public class SetPasswordLinkTests(AccountsFixture fixture) : IClassFixture<AccountsFixture>
{
    private const string ChosenPassword = "Chosen-by-the-owner-5r8t!";

    [Fact]
    public async Task A_new_account_gets_a_link_that_sets_its_password_once_and_then_signs_in_with_its_role()
    {
        var link = await AsAdminAsync(accounts => accounts.CreateAsync(AccountsFixture.Principal(Roles.Admin), "linked.editor@example.org", Roles.Editor));
        Assert.StartsWith(UserAdministration.SetPasswordPath + "?user=", link);
        // Until the link is used the account has no password at all: sign-in is refused (the form again, not a redirect).
        Assert.Equal(HttpStatusCode.OK, (await fixture.SignInAsync("linked.editor@example.org", ChosenPassword)).Response.StatusCode);

        var used = await SetPasswordAsync(link, ChosenPassword);
        Assert.Equal("/account/login", used.LocationPath());

        var (client, response) = await fixture.SignInAsync("linked.editor@example.org", ChosenPassword);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/workspace")).StatusCode);
        Assert.Equal("/account/access-denied", (await client.GetAsync("/workspace/users")).LocationPath());

        // The same link again: refused before anything can be typed.
        var again = await fixture.App.CreateClient().GetStringAsync(link);
        Assert.Contains("This link does not work", again);
        Assert.DoesNotContain("<form", again);
    }

    [Fact]
    public async Task A_new_password_link_ends_the_old_password_at_once_and_a_forged_token_is_refused()
    {
        var email = $"reset.{Guid.NewGuid():N}@example.org";
        await fixture.CreateUserAsync(email, Roles.Analyst);
        var id = (await AsAdminAsync(accounts => accounts.ListAsync(AccountsFixture.Principal(Roles.Admin)))).Single(u => u.Email == email).Id;

        var link = await AsAdminAsync(accounts => accounts.ResetPasswordAsync(AccountsFixture.Principal(Roles.Admin), id));

        Assert.Equal(HttpStatusCode.OK, (await fixture.SignInAsync(email, AccountsFixture.UserPassword)).Response.StatusCode);
        var forged = await fixture.App.CreateClient().GetStringAsync($"{UserAdministration.SetPasswordPath}?user={id}&token=forged");
        Assert.Contains("This link does not work", forged);
        await SetPasswordAsync(link, ChosenPassword);
        Assert.Equal(HttpStatusCode.Redirect, (await fixture.SignInAsync(email, ChosenPassword)).Response.StatusCode);
    }

    [Fact]
    public async Task Every_account_event_is_in_the_audit_log_with_who_did_it_and_no_secret()
    {
        var email = $"audited.{Guid.NewGuid():N}@example.org";
        var admin = AccountsFixture.Principal(Roles.Admin);
        var link = await AsAdminAsync(accounts => accounts.CreateAsync(admin, email, Roles.Analyst));
        var id = (await AsAdminAsync(accounts => accounts.ListAsync(admin))).Single(u => u.Email == email).Id;
        await SetPasswordAsync(link, ChosenPassword);
        await AsAdminAsync(accounts => accounts.SetRoleAsync(admin, id, Roles.Editor));
        await AsAdminAsync(accounts => accounts.SetLockedAsync(admin, id, true));
        await AsAdminAsync(accounts => accounts.SetLockedAsync(admin, id, false));
        await AsAdminAsync(accounts => accounts.ResetPasswordAsync(admin, id));

        await using var db = fixture.App.Database.CreateContext();
        var events = await db.Revisions.AsNoTracking().Where(r => r.EntityId == Guid.Parse(id)).OrderBy(r => r.Number).ToListAsync();
        Assert.Equal(
            [RevisionAction.AccountCreated, RevisionAction.PasswordChanged, RevisionAction.RoleChanged, RevisionAction.Locked, RevisionAction.Unlocked, RevisionAction.PasswordLinkIssued],
            events.Select(e => e.Action));
        Assert.All(events, e => Assert.Equal(AccountAudit.EntityType, e.EntityType));
        Assert.Equal(email, events[1].ChangedBy);
        Assert.Contains("\"Role\":\"Analyst\"", events[2].BeforeJson);
        Assert.Contains("\"Role\":\"Editor\"", events[2].AfterJson);
        var token = Uri.UnescapeDataString(link.Split("token=")[1]);
        Assert.All(events, e => Assert.DoesNotContain(token, (e.BeforeJson ?? "") + e.AfterJson));
        Assert.All(events, e => Assert.DoesNotContain(ChosenPassword, (e.BeforeJson ?? "") + e.AfterJson));

        var (entries, _) = await new RevisionQueries(db).AuditLogAsync(1);
        Assert.Contains(entries, e => e.Revision.Action == RevisionAction.RoleChanged && e.Title == email && e.ChangedFields.SequenceEqual(["Role"]));
    }

    private async Task<T> AsAdminAsync<T>(Func<UserAdministration, Task<T>> act)
    {
        await using var scope = fixture.App.Services.CreateAsyncScope();
        return await act(scope.ServiceProvider.GetRequiredService<UserAdministration>());
    }

    private async Task AsAdminAsync(Func<UserAdministration, Task> act)
    {
        await using var scope = fixture.App.Services.CreateAsyncScope();
        await act(scope.ServiceProvider.GetRequiredService<UserAdministration>());
    }

    /// <summary>Opens the link as its owner would and posts the form with its antiforgery token.</summary>
    private async Task<HttpResponseMessage> SetPasswordAsync(string link, string password)
    {
        var response = await AccountsFixture.PostFormAsync(
            fixture.App.CreateClient(new() { AllowAutoRedirect = false }), link, new() { ["Input.NewPassword"] = password, ["Input.Confirm"] = password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response;
    }
}
