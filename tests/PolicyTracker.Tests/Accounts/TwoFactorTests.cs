using System.Net;
using System.Security.Cryptography;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using PolicyTracker.Core.Data;
using PolicyTracker.Core.History;
using PolicyTracker.Tests.Infrastructure;

namespace PolicyTracker.Tests.Accounts;

/// <summary>
/// Administrators sign in with an authenticator app (Identity's TOTP) when Accounts:RequireTwoFactorForAdmins is on,
/// as it is by default; the codes here are computed by the test from the key the setup page shows (RFC 6238).
/// </summary>
public sealed class TwoFactorTests : IAsyncLifetime
{
    private const string AdminEmail = "admin@example.org";
    private const string AdminPassword = "Test-admin-password-7f3k!";

    private PolicyTrackerApp app = null!;

    public async Task InitializeAsync()
    {
        app = new PolicyTrackerApp(
            await TestDatabase.WithSampleDataAsync(DatabaseProvider.Postgres, "two-factor"),
            new Dictionary<string, string?>
            {
                ["Accounts:AdminEmail"] = AdminEmail,
                ["Accounts:AdminPassword"] = AdminPassword,
                ["Accounts:SignInAttemptsPerMinute"] = "1000",
                ["Accounts:RequireTwoFactorForAdmins"] = "true",
            });
        app.CreateClient().Dispose();
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        await app.Database.DisposeAsync();
    }

    [Fact]
    public async Task An_administrator_sets_up_codes_before_the_workspace_opens_then_signs_in_with_a_code_or_a_recovery_code()
    {
        // First sign-in with a password only: the workspace sends the administrator to set up codes.
        var (first, _) = await SignInAsync(AdminPassword);
        var setupPath = (await first.GetAsync("/workspace/timeline")).LocationPath();
        Assert.Equal("/account/two-factor-setup", setupPath);
        var setup = new HtmlParser().ParseDocument(await first.GetStringAsync("/account/two-factor-setup?returnUrl=%2Fworkspace"));
        var key = setup.QuerySelector("#authenticator-key")!.GetAttribute("data-key")!;
        // The QR code beside the key reads, as a phone's camera would, as the same key's otpauth link.
        Assert.Equal(setup.QuerySelector("code.otpauth")!.TextContent, QrCodeReader.Read(setup.QuerySelector("img#authenticator-qr")!.GetAttribute("src")!));
        Assert.Contains($"secret={key}", setup.QuerySelector("code.otpauth")!.TextContent);

        var wrong = await PostFormAsync(first, "/account/two-factor-setup?returnUrl=%2Fworkspace", "Input.Code", "000000");
        Assert.Contains("That code is not right", await wrong.Content.ReadAsStringAsync());
        var step = CurrentStep();
        var enabled = new HtmlParser().ParseDocument(await (await PostFormAsync(first, "/account/two-factor-setup?returnUrl=%2Fworkspace", "Input.Code", Totp(key, step))).Content.ReadAsStringAsync());
        var recoveryCodes = enabled.QuerySelectorAll("#recovery-codes code").Select(c => c.TextContent).ToList();
        Assert.Equal(10, recoveryCodes.Count);
        var afterSetup = await first.GetAsync("/workspace/timeline");
        Assert.True(afterSetup.StatusCode == HttpStatusCode.OK, afterSetup.Headers.Location?.ToString());

        // From now on the password alone does not sign in: it leads to the code step, which refuses a wrong code.
        var (second, afterPassword) = await SignInAsync(AdminPassword);
        Assert.Equal("/account/two-factor", afterPassword.LocationPath());
        Assert.NotEqual(HttpStatusCode.OK, (await second.GetAsync("/workspace/timeline")).StatusCode);
        var refused = await PostFormAsync(second, "/account/two-factor?returnUrl=%2Fworkspace", "Input.Code", "123456");
        Assert.Contains("That code is not right", await refused.Content.ReadAsStringAsync());
        // The code used to set up is spent, though still inside its window; the authenticator's next one works.
        var replayed = await PostFormAsync(second, "/account/two-factor?returnUrl=%2Fworkspace", "Input.Code", Totp(key, step));
        Assert.Contains("That code is not right", await replayed.Content.ReadAsStringAsync());
        var signedIn = await PostFormAsync(second, "/account/two-factor?returnUrl=%2Fworkspace", "Input.Code", Totp(key, step + 1));
        Assert.Equal("/workspace", signedIn.LocationPath());
        Assert.Equal(HttpStatusCode.OK, (await second.GetAsync("/workspace/timeline")).StatusCode);

        // A code works once: the same code in another browser a moment later is refused.
        var (another, _) = await SignInAsync(AdminPassword);
        var secondUse = await PostFormAsync(another, "/account/two-factor?returnUrl=%2Fworkspace", "Input.Code", Totp(key, step + 1));
        Assert.Contains("That code is not right", await secondUse.Content.ReadAsStringAsync());
        Assert.NotEqual(HttpStatusCode.OK, (await another.GetAsync("/workspace/timeline")).StatusCode);

        // A recovery code signs in once.
        var (third, _) = await SignInAsync(AdminPassword);
        Assert.Equal("/workspace", (await PostFormAsync(third, "/account/two-factor?returnUrl=%2Fworkspace", "Input.Code", recoveryCodes[0])).LocationPath());
        var (fourth, _) = await SignInAsync(AdminPassword);
        Assert.Contains("That code is not right", await (await PostFormAsync(fourth, "/account/two-factor?returnUrl=%2Fworkspace", "Input.Code", recoveryCodes[0])).Content.ReadAsStringAsync());

        await using var db = app.Database.CreateContext();
        Assert.True(await db.Revisions.AnyAsync(r => r.Action == RevisionAction.TwoFactorEnabled && r.ChangedBy == AdminEmail));
    }

    private async Task<(HttpClient Client, HttpResponseMessage Response)> SignInAsync(string password)
    {
        var client = app.CreateClient(new() { AllowAutoRedirect = false });
        return (client, await AccountsFixture.PostSignInAsync(client, AdminEmail, password));
    }

    /// <summary>Posts the page's account form with its antiforgery token and one field filled in.</summary>
    private static Task<HttpResponseMessage> PostFormAsync(HttpClient client, string path, string field, string value) =>
        AccountsFixture.PostFormAsync(client, path, new() { [field] = value }, "form.account-form");

    private static long CurrentStep() => DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 30;

    /// <summary>The code an authenticator app shows in a time step for a base32 key (RFC 6238: HMAC-SHA1, 30-second steps, 6 digits).</summary>
    private static string Totp(string base32Key, long step)
    {
        var bits = base32Key.TrimEnd('=').ToUpperInvariant()
            .Select(c => "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".IndexOf(c))
            .SelectMany(v => Enumerable.Range(0, 5).Select(i => (v >> (4 - i)) & 1))
            .ToList();
        var key = Enumerable.Range(0, bits.Count / 8).Select(b => (byte)bits.Skip(b * 8).Take(8).Aggregate(0, (a, bit) => (a << 1) | bit)).ToArray();
        var counter = BitConverter.GetBytes(step);
        if (BitConverter.IsLittleEndian)
        {
            Array.Reverse(counter);
        }

        var hash = HMACSHA1.HashData(key, counter);
        var offset = hash[^1] & 0x0f;
        var number = ((hash[offset] & 0x7f) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return (number % 1_000_000).ToString("D6");
    }
}
