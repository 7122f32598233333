using System.Net;
using Microsoft.Extensions.DependencyInjection;
using PolicyTracker.Core.Accounts;

using PolicyTracker.Tests.Infrastructure;

namespace PolicyTracker.Tests.Accounts;

/// <summary>Every workspace route and every account write, for anonymous, Analyst, Editor and Admin.</summary>
public class AuthorisationMatrixTests(AccountsFixture fixture) : IClassFixture<AccountsFixture>
{
    /// <summary>Every workspace route and the least role that may open it; "{record}" stands for a sample record's id.</summary>
    private static readonly (string Route, string LeastRole)[] WorkspaceRoutes =
    [
        ("/workspace", Roles.Analyst),
        ("/workspace/users", Roles.Admin),
        ("/workspace/timeline", Roles.Analyst),
        ("/workspace/export.csv", Roles.Analyst),
        ("/workspace/export.json", Roles.Analyst),
        ("/workspace/audit", Roles.Analyst),
        ("/workspace/bin", Roles.Analyst),
        ("/workspace/dataset.json", Roles.Analyst),
        ("/workspace/import", Roles.Editor),
        ("/workspace/records/new", Roles.Editor),
        ("/workspace/directory/sources", Roles.Analyst),
        ("/workspace/directory/people/new", Roles.Editor),
        ("/workspace/records/new/meetings", Roles.Editor),
        ("/workspace/records/{record}", Roles.Editor),
        ("/workspace/records/{record}/history", Roles.Analyst),
        ("/workspace/records/{record}/preview", Roles.Analyst),
    ];

    // route, role (null: anonymous), expected: "ok", "login" or "denied"
    public static TheoryData<string, string?, string> Routes()
    {
        var data = new TheoryData<string, string?, string>();
        foreach (var (route, leastRole) in WorkspaceRoutes)
        {
            data.Add(route, null, "login");
            foreach (var role in Roles.All)
            {
                data.Add(route, role, UserAdministration.RolesUpTo(role).Contains(leastRole) ? "ok" : "denied");
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Workspace_routes_admit_only_their_roles(string route, string? role, string expected)
    {
        var client = role is null
            ? fixture.App.CreateClient(new() { AllowAutoRedirect = false })
            : (await fixture.SignInAsync(AccountsFixture.EmailFor(role), AccountsFixture.UserPassword)).Client;

        var response = await client.GetAsync(route.Replace("{record}", (await fixture.SampleRecordIdAsync()).ToString()));

        switch (expected)
        {
            case "ok":
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                break;
            case "login":
                Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
                Assert.Equal("/account/login", response.LocationPath());
                break;
            default:
                Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
                Assert.Equal("/account/access-denied", response.LocationPath());
                break;
        }
    }

    public static TheoryData<string?> NonAdministrators => [null, Roles.Analyst, Roles.Editor];

    [Theory]
    [MemberData(nameof(NonAdministrators))]
    public async Task Account_changes_are_refused_on_the_server_to_anyone_but_an_administrator(string? role)
    {
        await using var scope = fixture.App.Services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<UserAdministration>();
        var actor = role is null ? AccountsFixture.Principal() : AccountsFixture.Principal([.. UserAdministration.RolesUpTo(role)]);
        var target = (await accounts.ListAsync(AccountsFixture.Principal(Roles.Admin))).First(u => u.Email == AccountsFixture.EmailFor(Roles.Analyst));

        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => accounts.ListAsync(actor));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => accounts.CreateAsync(actor, "intruder@example.org", Roles.Admin));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => accounts.SetRoleAsync(actor, target.Id, Roles.Admin));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => accounts.SetLockedAsync(actor, target.Id, true));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => accounts.ResetPasswordAsync(actor, target.Id));
        Assert.DoesNotContain(await accounts.ListAsync(AccountsFixture.Principal(Roles.Admin)), u => u.Email == "intruder@example.org");
    }

    [Fact]
    public async Task Signing_out_needs_the_antiforgery_token()
    {
        var (client, _) = await fixture.SignInAsync(AccountsFixture.EmailFor(Roles.Analyst), AccountsFixture.UserPassword);

        var forged = await client.PostAsync("/account/logout", new FormUrlEncodedContent(new Dictionary<string, string>()));

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/workspace")).StatusCode);
    }

    [Fact]
    public async Task Workspace_pages_are_never_served_from_the_public_cache()
    {
        var (admin, _) = await fixture.SignInAsync(AccountsFixture.AdminEmail, AccountsFixture.AdminPassword);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/workspace/users")).StatusCode);

        var anonymous = await fixture.App.CreateClient(new() { AllowAutoRedirect = false }).GetAsync("/workspace/users");

        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
    }
}
