using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PolicyTracker.Core.Data;
using PolicyTracker.Tests.Infrastructure;
using Serilog.Core;

namespace PolicyTracker.EndToEnd;

/// <summary>
/// An instance stopped (a deployment, a restart) while editors have workspace tabs open: the stop is clean, with no
/// error logged for any tab, and each tab says the connection was lost and keeps what was typed.
/// </summary>
[Collection(BrowserCollection.Name)]
public class ShutdownJourneyTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task Stopping_the_server_with_workspace_tabs_open_logs_no_error_and_tells_each_tab()
    {
        var log = new CapturingSink();
        await using var database = await TestDatabase.WithSampleDataAsync(DatabaseProvider.Postgres, "shutdown");
        var app = new PolicyTrackerApp(
            database,
            new Dictionary<string, string?>
            {
                ["Accounts:AdminEmail"] = BrowserFixture.AdminEmail,
                ["Accounts:AdminPassword"] = BrowserFixture.AdminPassword,
                // Each tab checks its user every second, so checks are due while the server stops.
                ["Accounts:CircuitRevalidationInterval"] = "00:00:01",
            },
            builder => builder.ConfigureServices(services => services.AddSingleton<ILogEventSink>(log)));
        var address = app.ServeOnLoopbackPort().ToString().TrimEnd('/');
        var tabs = new List<IPage>();
        try
        {
            for (var tab = 0; tab < 3; tab++)
            {
                var context = await Fixture.Browser.NewContextAsync(new() { BaseURL = address });
                var page = await context.NewPageAsync();
                await BrowserFixture.SignInAsync(page, BrowserFixture.AdminEmail, BrowserFixture.AdminPassword, "/workspace/records/new/events");
                await page.GetByRole(AriaRole.Heading, new() { Name = "New event" }).WaitForAsync();
                await page.GetByLabel("Title").First.FillAsync($"Typed in tab {tab}");
                tabs.Add(page);
            }

            // A few checks of each tab's user go by while the server is up.
            await tabs[0].WaitForTimeoutAsync(1500);
            var before = log.Text.Length;

            await app.DisposeAsync();

            foreach (var (page, tab) in tabs.Select((page, tab) => (page, tab)))
            {
                await Assertions.Expect(page.Locator("#components-reconnect-modal")).ToBeVisibleAsync();
                Assert.Equal($"Typed in tab {tab}", await page.GetByLabel("Title").First.InputValueAsync());
            }

            var stopping = log.Text[before..];
            Assert.DoesNotContain("ObjectDisposedException", stopping);
            Assert.DoesNotContain("Error: ", stopping);
            Assert.DoesNotContain("Fatal: ", stopping);
        }
        finally
        {
            foreach (var page in tabs)
            {
                await page.Context.CloseAsync();
            }

            await app.DisposeAsync();
        }
    }
}
