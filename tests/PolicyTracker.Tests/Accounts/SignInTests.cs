using System.Net;
using Microsoft.Extensions.DependencyInjection;
using PolicyTracker.Core.Accounts;
using PolicyTracker.Core.Data;
using PolicyTracker.Tests.Infrastructure;
using PolicyTracker.Web.Accounts;

namespace PolicyTracker.Tests.Accounts;

public class SignInTests(AccountsFixture fixture) : IClassFixture<AccountsFixture>
{
    [Fact]
    public async Task The_configured_administrator_signs_in_and_a_wrong_password_does_not()
    {
        var (client, response) = await fixture.SignInAsync(AccountsFixture.AdminEmail, AccountsFixture.AdminPassword);
        var (_, wrong) = await fixture.SignInAsync(AccountsFixture.AdminEmail, "not-the-password");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/workspace", response.Headers.Location!.AbsolutePath);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/workspace/users")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains("The email or the password is wrong.", await wrong.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_account_is_locked_after_repeated_failures_even_for_the_right_password()
    {
        await fixture.CreateUserAsync("lockout@example.org", Roles.Analyst);
        for (var i = 0; i < AccountsSetup.MaxFailedSignIns; i++)
        {
            await fixture.SignInAsync("lockout@example.org", "wrong-password-" + i);
        }

        var (client, response) = await fixture.SignInAsync("lockout@example.org", AccountsFixture.UserPassword);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("locked after 5 failed sign-ins", await response.Content.ReadAsStringAsync());
        Assert.Equal("/account/login", (await client.GetAsync("/workspace")).Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task A_return_address_on_another_site_is_ignored()
    {
        var client = fixture.App.CreateClient(new() { AllowAutoRedirect = false });
        Assert.Equal("/workspace", AccountsSetup.SafeReturnUrl("https://evil.example/phish"));
        Assert.Equal("/workspace", AccountsSetup.SafeReturnUrl("//evil.example"));
        Assert.Equal("/workspace/users", AccountsSetup.SafeReturnUrl("/workspace/users"));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/account/login?returnUrl=https://evil.example")).StatusCode);
    }

    [Fact]
    public async Task Sign_in_attempts_are_rate_limited_per_address()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres, "ratelimit");
        await using var app = new PolicyTrackerApp(database, new Dictionary<string, string?> { ["Accounts:SignInAttemptsPerMinute"] = "3" });

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            statuses.Add((await fixture.SignInAsync("someone@example.org", "wrong-password", app)).Response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.OK, (await app.CreateClient().GetAsync("/account/login")).StatusCode);
    }
}
