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
        Assert.Equal("/workspace", response.LocationPath());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/workspace/users")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains("The email or the password is wrong", await wrong.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Repeated_failures_hold_back_the_address_that_made_them_not_the_account_owner_elsewhere()
    {
        await fixture.CreateUserAsync("backoff@example.org", Roles.Analyst);
        for (var i = 0; i < AccountsSetup.MaxFailedSignIns; i++)
        {
            await SignInFromAsync("203.0.113.7", "backoff@example.org", "wrong-password-" + i);
        }

        var (attacker, heldBack) = await SignInFromAsync("203.0.113.7", "backoff@example.org", AccountsFixture.UserPassword);
        var (owner, signedIn) = await SignInFromAsync("198.51.100.20", "backoff@example.org", AccountsFixture.UserPassword);

        Assert.Equal(HttpStatusCode.OK, heldBack.StatusCode);
        Assert.Contains("The email or the password is wrong", await heldBack.Content.ReadAsStringAsync());
        Assert.Equal("/account/login", (await attacker.GetAsync("/workspace")).LocationPath());
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await owner.GetAsync("/workspace")).StatusCode);
    }

    [Fact]
    public async Task Another_spelling_of_the_same_address_shares_the_back_off()
    {
        await fixture.CreateUserAsync("kelvin@example.org", Roles.Analyst);
        for (var i = 0; i < AccountsSetup.MaxFailedSignIns; i++)
        {
            await SignInFromAsync("203.0.113.9", "kelvin@example.org", "wrong-password-" + i);
        }

        // U+212A KELVIN SIGN: Identity normalises it to "K", so it names the same account.
        var (attacker, answer) = await SignInFromAsync("203.0.113.9", "\u212Aelvin@example.org", AccountsFixture.UserPassword);

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Contains("The email or the password is wrong", await answer.Content.ReadAsStringAsync());
        Assert.Equal("/account/login", (await attacker.GetAsync("/workspace")).LocationPath());
    }

    [Fact]
    public async Task Unknown_locked_and_wrong_all_get_the_same_answer_in_comparable_time()
    {
        await fixture.CreateUserAsync("locked.by.admin@example.org", Roles.Analyst);
        await using (var scope = fixture.App.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Microsoft.AspNetCore.Identity.IdentityUser>>();
            await users.SetLockoutEndDateAsync((await users.FindByEmailAsync("locked.by.admin@example.org"))!, DateTimeOffset.MaxValue);
        }

        var unknown = await AnswerAsync("nobody.at.all@example.org", "Some-password-123!");
        var wrong = await AnswerAsync(AccountsFixture.EmailFor(Roles.Editor), "Some-password-123!");
        var locked = await AnswerAsync("locked.by.admin@example.org", AccountsFixture.UserPassword);

        Assert.Equal(wrong.Message, unknown.Message);
        Assert.Equal(wrong.Message, locked.Message);
        // An unknown email used to answer twenty times faster than a wrong password: now both check a password hash.
        Assert.True(unknown.Median.TotalMilliseconds * 3 > wrong.Median.TotalMilliseconds,
            $"unknown {unknown.Median.TotalMilliseconds:0} ms, wrong password {wrong.Median.TotalMilliseconds:0} ms");
        // A locked account answered in 5–13 ms against 51–97 ms for a wrong password: it now checks the hash too.
        Assert.True(locked.Median.TotalMilliseconds * 3 > wrong.Median.TotalMilliseconds,
            $"locked {locked.Median.TotalMilliseconds:0} ms, wrong password {wrong.Median.TotalMilliseconds:0} ms");
    }

    /// <summary>The refusal shown, and the median time of five attempts from distinct addresses.</summary>
    private async Task<(string Message, TimeSpan Median)> AnswerAsync(string email, string password)
    {
        var times = new List<TimeSpan>();
        string message = "";
        for (var i = 0; i < 5; i++)
        {
            var started = System.Diagnostics.Stopwatch.StartNew();
            var (_, response) = await SignInFromAsync($"192.0.2.{Random.Shared.Next(1, 250)}", email, password);
            times.Add(started.Elapsed);
            var page = await response.Content.ReadAsStringAsync();
            message = System.Text.RegularExpressions.Regex.Match(page, "id=\"login-error\"[^>]*>(.*?)</").Groups[1].Value;
        }

        return (message, times.Order().ElementAt(2));
    }

    private async Task<(HttpClient Client, HttpResponseMessage Response)> SignInFromAsync(string address, string email, string password)
    {
        var client = fixture.App.CreateClient(new() { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add("X-Test-Client-Address", address);
        return (client, await AccountsFixture.PostSignInAsync(client, email, password));
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

    /// <summary>The known ways past a home-made "starts with one slash" test, as they arrive after the query string is decoded.</summary>
    [Theory]
    [InlineData("/\\evil.example")]
    [InlineData("/%09/evil.example")]
    [InlineData("/%0a/evil.example")]
    [InlineData("/%0D%0A/evil.example")]
    [InlineData("/%5C/evil.example")]
    [InlineData("/%5c%5cevil.example")]
    [InlineData("//evil.example")]
    [InlineData("\\\\evil.example")]
    [InlineData("%2F%2Fevil.example")]
    [InlineData("/%7F/evil.example")]
    [InlineData(" /evil.example")]
    [InlineData("https:/evil.example")]
    [InlineData("javascript:alert(1)")]
    public void A_return_address_that_a_browser_would_take_off_site_is_replaced_by_the_workspace(string asTyped)
    {
        var decoded = Uri.UnescapeDataString(asTyped);

        Assert.Equal("/workspace", AccountsSetup.SafeReturnUrl(decoded));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/workspace/records/new?kind=meetings")]
    [InlineData("/%255C/stays-on-this-site")]
    public void A_return_address_on_this_site_is_kept(string asTyped)
    {
        var decoded = Uri.UnescapeDataString(asTyped);

        Assert.Equal(decoded, AccountsSetup.SafeReturnUrl(decoded));
    }

    [Fact]
    public async Task Passkey_sign_in_options_need_the_forms_token_and_name_no_account()
    {
        var client = fixture.App.CreateClient(new() { AllowAutoRedirect = false });
        var token = await PasskeyFormTokenAsync(client, "/account/login", "#passkey-sign-in");

        var withoutToken = await client.PostAsync(Passkeys.SignInOptionsPath, null);
        using var request = new HttpRequestMessage(HttpMethod.Post, Passkeys.SignInOptionsPath);
        request.Headers.Add("RequestVerificationToken", token);
        var options = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, withoutToken.StatusCode);
        Assert.Equal(HttpStatusCode.OK, options.StatusCode);
        var json = System.Text.Json.JsonDocument.Parse(await options.Content.ReadAsStringAsync()).RootElement;
        Assert.True(json.GetProperty("challenge").GetString()!.Length >= 40);
        Assert.True(!json.TryGetProperty("allowCredentials", out var allowed) || allowed.GetArrayLength() == 0);
    }

    [Fact]
    public async Task Passkey_creation_options_are_for_the_signed_in_account_only()
    {
        var anonymous = await fixture.App.CreateClient(new() { AllowAutoRedirect = false }).PostAsync(Passkeys.CreationOptionsPath, null);
        var (client, _) = await fixture.SignInAsync(AccountsFixture.EmailFor(Roles.Editor), AccountsFixture.UserPassword);
        var token = await PasskeyFormTokenAsync(client, Passkeys.ManagePath, "#add-passkey");
        using var request = new HttpRequestMessage(HttpMethod.Post, Passkeys.CreationOptionsPath);
        request.Headers.Add("RequestVerificationToken", token);

        var options = await client.SendAsync(request);

        Assert.NotEqual(HttpStatusCode.OK, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.OK, options.StatusCode);
        Assert.Contains(AccountsFixture.EmailFor(Roles.Editor), await options.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("not json at all", false)]
    [InlineData("not json at all", true)]
    [InlineData("{\"id\":\"AAAA\",\"type\":\"public-key\",\"response\":{}}", true)]
    public async Task A_passkey_answer_that_proves_nothing_signs_nobody_in(string credential, bool optionsAskedFirst)
    {
        var client = fixture.App.CreateClient(new() { AllowAutoRedirect = false });
        if (optionsAskedFirst)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, Passkeys.SignInOptionsPath);
            request.Headers.Add("RequestVerificationToken", await PasskeyFormTokenAsync(client, "/account/login", "#passkey-sign-in"));
            Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(request)).StatusCode);
        }

        var answer = await AccountsFixture.PostFormAsync(client, "/account/login", new() { [Passkeys.CredentialField] = credential }, "#passkey-sign-in");

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Contains("That passkey did not sign you in", await answer.Content.ReadAsStringAsync());
        Assert.Equal("/account/login", (await client.GetAsync("/workspace")).LocationPath());
    }

    private static async Task<string> PasskeyFormTokenAsync(HttpClient client, string path, string form) =>
        new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await client.GetStringAsync(path)).QuerySelector(form)!
            .QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
}
