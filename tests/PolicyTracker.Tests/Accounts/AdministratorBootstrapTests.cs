using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using PolicyTracker.Core.Accounts;
using PolicyTracker.Core.Data;
using PolicyTracker.Tests.Infrastructure;

namespace PolicyTracker.Tests.Accounts;

public class AdministratorBootstrapTests
{
    [Fact]
    public async Task Without_a_configured_password_each_installation_gets_its_own_generated_one()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres, "admin");
        await using var app = new PolicyTrackerApp(database);
        app.CreateClient().Dispose(); // the first start created an administrator with a generated password
        await using var scope = app.Services.CreateAsyncScope();
        var bootstrap = scope.ServiceProvider.GetRequiredService<AdministratorBootstrap>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        var started = Assert.Single(users.Users.ToList());
        foreach (var common in new[] { "Admin123!", "admin", "password", "Password1!", "changeme" })
        {
            Assert.False(await users.CheckPasswordAsync(started, common));
        }

        // Two more "first starts" on the emptied user table: each sets a fresh, strong password.
        var passwords = new List<string>();
        for (var i = 0; i < 2; i++)
        {
            Assert.True((await users.DeleteAsync(Assert.Single(users.Users.ToList()))).Succeeded);
            var password = await bootstrap.EnsureAsync(null, null);
            Assert.NotNull(password);
            Assert.True(await users.CheckPasswordAsync((await users.FindByEmailAsync(AdministratorBootstrap.DefaultAdminEmail))!, password));
            passwords.Add(password);
        }

        Assert.NotEqual(passwords[0], passwords[1]);
        Assert.All(passwords, p =>
        {
            Assert.True(p.Length >= 20);
            Assert.Contains(p, char.IsUpper);
            Assert.Contains(p, char.IsLower);
            Assert.Contains(p, char.IsDigit);
            Assert.Contains(p, c => !char.IsLetterOrDigit(c));
        });
    }

    [Fact]
    public async Task Creates_the_administrator_only_once_and_with_every_role()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres, "admin");
        await using var app = new PolicyTrackerApp(database);
        app.CreateClient().Dispose();
        await using var scope = app.Services.CreateAsyncScope();
        var bootstrap = scope.ServiceProvider.GetRequiredService<AdministratorBootstrap>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();

        Assert.Null(await bootstrap.EnsureAsync(null, "ignored-because-users-exist-1A!"));
        var admin = Assert.Single(users.Users.ToList());
        Assert.Equal(AdministratorBootstrap.DefaultAdminEmail, admin.Email);
        Assert.Equal(Roles.All.Order(), (await users.GetRolesAsync(admin)).Order());
    }
}
