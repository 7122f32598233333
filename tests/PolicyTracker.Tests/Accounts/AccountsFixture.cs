using Microsoft.EntityFrameworkCore;
using System.Net;
using System.Security.Claims;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using PolicyTracker.Core.Accounts;
using PolicyTracker.Core.Data;
using PolicyTracker.Tests.Infrastructure;

namespace PolicyTracker.Tests.Accounts;

/// <summary>The app with a known administrator password and one account per role, signed in over HTTP.</summary>
public sealed class AccountsFixture : IAsyncLifetime
{
    public const string AdminEmail = "admin@example.org";
    public const string AdminPassword = "Test-admin-password-7f3k!";
    public const string UserPassword = "Test-user-password-9q2m!";

    public PolicyTrackerApp App { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        App = new PolicyTrackerApp(
            await TestDatabase.WithSampleDataAsync(DatabaseProvider.Postgres, "accounts"),
            new Dictionary<string, string?>
            {
                ["Accounts:AdminEmail"] = AdminEmail,
                ["Accounts:AdminPassword"] = AdminPassword,
                ["Accounts:SignInAttemptsPerMinute"] = "1000",
            });
        App.CreateClient().Dispose();
        foreach (var role in Roles.All)
        {
            await CreateUserAsync(EmailFor(role), role);
        }
    }

    /// <summary>A published sample record, for routes that name one.</summary>
    public async Task<Guid> SampleRecordIdAsync()
    {
        await using var db = App.Database.CreateContext();
        return await db.Records.Where(r => r.Slug == "pipir").Select(r => r.Id).SingleAsync();
    }

    public static string EmailFor(string role) => $"{role.ToLowerInvariant()}.user@example.org";

    public async Task CreateUserAsync(string email, string role)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        var user = new IdentityUser { UserName = email, Email = email, EmailConfirmed = true };
        Assert.True((await users.CreateAsync(user, UserPassword)).Succeeded);
        Assert.True((await users.AddToRolesAsync(user, UserAdministration.RolesUpTo(role))).Succeeded);
    }

    /// <summary>A client that has posted the sign-in form; the response to the post comes with it.</summary>
    public async Task<(HttpClient Client, HttpResponseMessage Response)> SignInAsync(string email, string password, PolicyTrackerApp? app = null)
    {
        var client = (app ?? App).CreateClient(new() { AllowAutoRedirect = false });
        return (client, await PostSignInAsync(client, email, password));
    }

    /// <summary>Fills and posts the sign-in form (with its antiforgery token) as a browser would.</summary>
    public static Task<HttpResponseMessage> PostSignInAsync(HttpClient client, string email, string password) =>
        PostFormAsync(client, "/account/login", new() { ["Input.Email"] = email, ["Input.Password"] = password });

    /// <summary>
    /// Opens <paramref name="path"/>, fills its form (<paramref name="form"/>: a CSS selector) with <paramref name="values"/>
    /// beside the form's hidden fields (the antiforgery token among them), and posts it back to the same address.
    /// </summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string path, Dictionary<string, string> values, string form = "form")
    {
        var page = new HtmlParser().ParseDocument(await client.GetStringAsync(path)).QuerySelector(form)
            ?? throw new InvalidOperationException($"{path} showed no {form}.");
        var fields = HiddenFields(page);
        foreach (var (name, value) in values)
        {
            fields[name] = value;
        }

        return await client.PostAsync(path, new FormUrlEncodedContent(fields));
    }

    /// <summary>A form's hidden fields (its antiforgery token among them), by name, as a browser would post them.</summary>
    public static Dictionary<string, string> HiddenFields(AngleSharp.Dom.IElement form) =>
        form.QuerySelectorAll("input[type=hidden]").ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value") ?? "");

    public static ClaimsPrincipal Principal(params string[] roles) =>
        new(new ClaimsIdentity(roles.Select(r => new Claim(ClaimTypes.Role, r)), "test"));

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        await App.Database.DisposeAsync();
    }
}
