using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Microsoft.Extensions.DependencyInjection;
using netDumbster.smtp;
using PolicyTracker.Core.Data;
using PolicyTracker.Tests.Infrastructure;

namespace PolicyTracker.Tests.Accounts;

/// <summary>A forgotten password, with mail set up: a one-time link goes by SMTP (a real listener started here) to the account's own address.</summary>
public sealed partial class PasswordMailTests : IAsyncLifetime
{
    private const string Email = "forgetful.editor@example.org";
    private SimpleSmtpServer smtp = null!;
    private PolicyTrackerApp app = null!;

    [GeneratedRegex(@"https?://\S+/account/set-password\?\S+")]
    private static partial Regex Link();

    public async Task InitializeAsync()
    {
        smtp = SimpleSmtpServer.Start(LoopbackPort.Free());
        app = new PolicyTrackerApp(
            await TestDatabase.WithSampleDataAsync(DatabaseProvider.Postgres, "password-mail"),
            new Dictionary<string, string?>
            {
                ["Accounts:AdminEmail"] = "admin@example.org",
                ["Accounts:AdminPassword"] = "Test-admin-password-7f3k!",
                ["Accounts:SignInAttemptsPerMinute"] = "1000",
                ["Accounts:Smtp:Host"] = "127.0.0.1",
                ["Accounts:Smtp:Port"] = smtp.Configuration.Port.ToString(),
                ["Accounts:Smtp:Security"] = "None",
            });
        app.CreateClient().Dispose();
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Microsoft.AspNetCore.Identity.IdentityUser>>();
        Assert.True((await users.CreateAsync(new() { UserName = Email, Email = Email, EmailConfirmed = true }, "Old-password-of-the-editor-1!")).Succeeded);
    }

    public async Task DisposeAsync()
    {
        smtp.Stop();
        await app.DisposeAsync();
        await app.Database.DisposeAsync();
    }

    [Fact]
    public async Task A_link_is_mailed_to_an_account_and_the_answer_is_the_same_for_an_unknown_address()
    {
        var forKnown = await AskAsync(Email);
        var forUnknown = await AskAsync("nobody.here@example.org");

        Assert.Equal(TextOf(forKnown), TextOf(forUnknown));
        Assert.Contains("If an account has this address", TextOf(forKnown));
        var mail = Assert.Single(smtp.ReceivedEmail);
        Assert.Equal(Email, mail.ToAddresses.Single().Address);
        var link = new Uri(Link().Match(mail.MessageParts[0].BodyData).Value);

        // The link sets a new password once; the old one keeps working until then.
        var set = await AccountsFixture.PostFormAsync(app.CreateClient(new() { AllowAutoRedirect = false }), link.PathAndQuery,
            new() { ["Input.NewPassword"] = "New-password-by-mail-6h3j!", ["Input.Confirm"] = "New-password-by-mail-6h3j!" });
        Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);
        var signIn = await AccountsFixture.PostSignInAsync(app.CreateClient(new() { AllowAutoRedirect = false }), Email, "New-password-by-mail-6h3j!");
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Contains("This link does not work", await app.CreateClient().GetStringAsync(link.PathAndQuery));
    }

    private async Task<string> AskAsync(string email) =>
        await (await AccountsFixture.PostFormAsync(app.CreateClient(), "/account/forgot-password", new() { ["Input.Email"] = email }, "form.account-form"))
            .Content.ReadAsStringAsync();

    private static string TextOf(string page) => new HtmlParser().ParseDocument(page).QuerySelector("#link-sent")?.TextContent.Trim() ?? "(no answer)";
}
