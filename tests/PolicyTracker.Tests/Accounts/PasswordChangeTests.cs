using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using PolicyTracker.Core.Accounts;
using PolicyTracker.Core.Data;
using PolicyTracker.Tests.Infrastructure;

namespace PolicyTracker.Tests.Accounts;

/// <summary>A generated first password has been in the log: it opens nothing but the page that replaces it.</summary>
public class PasswordChangeTests
{
    private const string NewPassword = "My-own-password-5k8v!";

    [Fact]
    public async Task A_generated_password_must_be_changed_before_the_workspace_opens_and_then_no_longer_works()
    {
        await using var database = await TestDatabase.WithSampleDataAsync(DatabaseProvider.Postgres, "password-change");
        await using var app = new PolicyTrackerApp(database, new Dictionary<string, string?> { ["Accounts:AdminEmail"] = "first@example.org" });
        app.CreateClient().Dispose();
        string generated;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            // A fresh first start, to learn the password it writes to the log.
            var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
            Assert.True((await users.DeleteAsync(Assert.Single(users.Users.ToList()))).Succeeded);
            generated = (await scope.ServiceProvider.GetRequiredService<AdministratorBootstrap>().EnsureAsync("first@example.org", null))!;
        }

        var client = app.CreateClient(new() { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.Redirect, (await AccountsFixture.PostSignInAsync(client, "first@example.org", generated)).StatusCode);

        foreach (var path in new[] { "/workspace", "/workspace/dataset.json", "/workspace/users" })
        {
            var refused = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
            Assert.Equal($"/account/password?returnUrl={Uri.EscapeDataString(path)}", refused.Headers.Location!.OriginalString);
        }

        var page = await client.GetStringAsync("/account/password?returnUrl=%2Fworkspace");
        Assert.Contains("written to the server's log", page);
        var wrong = await PostChangeAsync(client, "not-the-password-1A!", NewPassword);
        Assert.Contains("The current password is wrong.", await wrong.Content.ReadAsStringAsync());

        var changed = await PostChangeAsync(client, generated, NewPassword);
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal("/workspace", changed.LocationPath());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/workspace")).StatusCode);

        var stranger = app.CreateClient(new() { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.OK, (await AccountsFixture.PostSignInAsync(stranger, "first@example.org", generated)).StatusCode); // the form again, refused
        Assert.Equal(HttpStatusCode.Redirect, (await AccountsFixture.PostSignInAsync(stranger, "first@example.org", NewPassword)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await stranger.GetAsync("/workspace")).StatusCode);
    }

    private static async Task<HttpResponseMessage> PostChangeAsync(HttpClient client, string current, string next)
    {
        var form = new HtmlParser().ParseDocument(await client.GetStringAsync("/account/password?returnUrl=%2Fworkspace")).QuerySelector("form")!;
        var fields = AccountsFixture.HiddenFields(form);
        fields["Input.CurrentPassword"] = current;
        fields["Input.NewPassword"] = next;
        fields["Input.Confirm"] = next;
        return await client.PostAsync("/account/password?returnUrl=%2Fworkspace", new FormUrlEncodedContent(fields));
    }
}
