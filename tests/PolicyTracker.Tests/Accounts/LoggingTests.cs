using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using PolicyTracker.Tests.Infrastructure;

namespace PolicyTracker.Tests.Accounts;

/// <summary>Everything the app logs, down to Debug, while people sign in and work: no password, no cookie.</summary>
public class LoggingTests : IAsyncLifetime
{
    private const string AdminEmail = "logging.admin@example.org";
    private const string AdminPassword = "Logged-never-password-5t8w!";
    private readonly CapturingSink sink = new();
    private PolicyTrackerApp app = null!;

    public async Task InitializeAsync() =>
        app = new PolicyTrackerApp(
            await TestDatabase.WithSampleDataAsync(Core.Data.DatabaseProvider.Postgres, "logging"),
            new Dictionary<string, string?>
            {
                ["Accounts:AdminEmail"] = AdminEmail,
                ["Accounts:AdminPassword"] = AdminPassword,
                ["Serilog:MinimumLevel:Default"] = "Debug",
                ["Serilog:MinimumLevel:Override:Microsoft.AspNetCore"] = "Debug",
                ["Serilog:MinimumLevel:Override:Microsoft.EntityFrameworkCore"] = "Debug",
            },
            // The app's logger takes sinks registered as services (ReadFrom.Services): this one keeps every event.
            builder => builder.ConfigureServices(services => services.AddSingleton<ILogEventSink>(sink)));

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        await app.Database.DisposeAsync();
    }

    [Fact]
    public async Task A_production_start_with_neither_AllowedHosts_nor_Site_BaseUrl_warns()
    {
        app.CreateClient().Dispose();

        var log = await sink.WaitForAsync(PolicyTracker.Web.Security.HostChecks.AnyHostWarning);

        Assert.Contains("Warning: " + PolicyTracker.Web.Security.HostChecks.AnyHostWarning, log);
    }

    [Fact]
    public async Task Signing_in_and_working_never_logs_a_password_or_a_cookie()
    {
        var client = app.CreateClient(new() { AllowAutoRedirect = false });
        var wrong = await AccountsFixture.PostSignInAsync(client, AdminEmail, "Wrong-password-never-logged-1!");
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        var signedIn = await AccountsFixture.PostSignInAsync(client, AdminEmail, AdminPassword);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var cookie = signedIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("PolicyTracker.Auth=", StringComparison.Ordinal));
        var cookieValue = cookie.Split(';')[0]["PolicyTracker.Auth=".Length..];
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/workspace/timeline")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/workspace/dataset.json")).StatusCode);

        // The request log is written once the response has gone, which can be after the client has read it.
        await sink.WaitForAsync("/workspace/timeline");
        var log = await sink.WaitForAsync("/workspace/dataset.json");

        Assert.Contains("/workspace/timeline", log); // the request log is there...
        Assert.DoesNotContain(AdminPassword, log); // ...but no password,
        Assert.DoesNotContain("Wrong-password-never-logged-1!", log);
        Assert.DoesNotContain(cookieValue[..40], log); // no authentication cookie,
        Assert.DoesNotContain("RequestVerificationToken=", log); // and no antiforgery cookie or token.
    }
}
