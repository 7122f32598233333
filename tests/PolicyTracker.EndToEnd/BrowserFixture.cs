using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using PolicyTracker.Core.Accounts;
using Microsoft.Playwright;
using PolicyTracker.Core.Data;
using PolicyTracker.Tests.Infrastructure;

namespace PolicyTracker.EndToEnd;

/// <summary>
/// The app on Kestrel (a real port) over a fresh PostgreSQL database with the sample data, and a headless
/// Chromium from the system (Debian's package; Playwright's own browser download is not used). One of each serves
/// every test class of the collection (<see cref="BrowserCollection"/>); each test opens its pages in browser contexts
/// of its own, so no cookie or storage passes from one test to the next, and makes its own records, users and names.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumVariable = "POLICYTRACKER_CHROMIUM";
    public const string AdminEmail = "admin@example.org";
    public const string AdminPassword = "E2e-admin-password-4h7w!";
    /// <summary>A second editor, who approves what the administrator writes (the second-approver rule is on here).</summary>
    public const string ReviewerEmail = "reviewer@example.org";
    public const string ReviewerPassword = "E2e-reviewer-password-8s2m!";

    public const string AnalystEmail = "analyst@example.org";
    public const string AnalystPassword = "E2e-analyst-password-3k9q!";

    private readonly List<IBrowserContext> openContexts = [];

    private readonly Dictionary<(int Width, int Height), IPage> readerPages = [];

    private IPlaywright? playwright;

    public PolicyTrackerApp App { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public string BaseUrl { get; private set; } = "";

    /// <summary>What the app logged; its warnings and errors are kept in artifacts/logs, for a failure seen only in a full run.</summary>
    public CapturingSink Log { get; } = new();

    public async Task InitializeAsync()
    {
        App = new PolicyTrackerApp(
            await TestDatabase.WithSampleDataAsync(DatabaseProvider.Postgres, "e2e"),
            new Dictionary<string, string?>
            {
                ["Accounts:AdminEmail"] = AdminEmail,
                ["Accounts:AdminPassword"] = AdminPassword,
                // Open tabs check their user every second here, so a test need not wait the production interval.
                ["Accounts:CircuitRevalidationInterval"] = "00:00:01",
                // Every test signs in from the same address; the per-address limit is tested in PolicyTracker.Tests (SignInTests).
                ["Accounts:SignInAttemptsPerMinute"] = "1000",
                // As in production: the person who wrote something does not publish it alone.
                ["Editing:RequireSecondApprover"] = "true",
                // The pages a source is archived from are served by a local website in these tests.
                ["Sources:Fetching:AllowPrivateAddresses"] = "true",
            },
            builder => builder.ConfigureServices(services => services.AddSingleton<Serilog.Core.ILogEventSink>(Log)));
        BaseUrl = App.ServeOnLoopbackPort().ToString().TrimEnd('/');
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
            foreach (var (email, password, role) in new[] { (ReviewerEmail, ReviewerPassword, Roles.Editor), (AnalystEmail, AnalystPassword, Roles.Analyst) })
            {
                var user = new IdentityUser { UserName = email, Email = email, EmailConfirmed = true };
                if (!(await users.CreateAsync(user, password)).Succeeded
                    || !(await users.AddToRolesAsync(user, UserAdministration.RolesUpTo(role))).Succeeded)
                {
                    throw new InvalidOperationException($"Could not create the account {email}.");
                }
            }
        }

        var chromium = Environment.GetEnvironmentVariable(ChromiumVariable) is { Length: > 0 } path ? path : "/usr/bin/chromium";
        if (!File.Exists(chromium))
        {
            throw new InvalidOperationException(
                $"The end-to-end tests need Chromium at {chromium}. Install it with `sudo apt-get install -y chromium` " +
                $"(Debian) or point {ChromiumVariable} at a Chromium or Chrome executable.");
        }

        // The end-to-end tests run beside the other test project on two cores: a page that draws in 1 s alone can take
        // several then. Playwright's 5 s default for an expectation failed a passing journey once so; a wait that
        // succeeds returns as soon as it does, so a longer limit costs nothing.
        Assertions.SetDefaultExpectTimeout(15_000);
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900)
    {
        var context = await Browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = height }, BaseURL = BaseUrl });
        lock (openContexts)
        {
            openContexts.Add(context);
        }

        return await context.NewPageAsync();
    }

    /// <summary>
    /// A page at this width that lasts as long as the fixture, for sweeps that read public pages without signing in
    /// (nothing a reader's visit leaves changes what the next page shows): a new browser context and page cost about
    /// 0.45 s, a fifth of each page's check.
    /// </summary>
    public async Task<IPage> ReaderPageAsync(int width, int height = 900)
    {
        if (!readerPages.TryGetValue((width, height), out var page))
        {
            var context = await Browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = height }, BaseURL = BaseUrl });
            readerPages[(width, height)] = page = await context.NewPageAsync();
        }

        return page;
    }

    /// <summary>Closes every page opened so far, ending their workspace circuits; tests in the collection run one at a time.</summary>
    public async Task CloseContextsAsync()
    {
        List<IBrowserContext> closing;
        lock (openContexts)
        {
            closing = [.. openContexts];
            openContexts.Clear();
        }

        foreach (var context in closing)
        {
            await context.CloseAsync();
        }
    }

    /// <summary>Collects every message in which the browser says the page's content security policy refused something.</summary>
    public static List<string> ContentSecurityPolicyViolations(IPage page)
    {
        var refused = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                refused.Add(message.Text);
            }
        };
        return refused;
    }

    /// <summary>
    /// Whether a reader must scroll sideways: the page wider than the screen, or a box on it (a table's container)
    /// scrolling its own content sideways, which hides columns off to the right (none, or one finding each).
    /// </summary>
    public static async Task<List<string>> SidewaysScrollAsync(IPage page, string where)
    {
        var findings = new List<string>();
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        if (widths[0] > widths[1])
        {
            // The innermost elements that stick out, to say where to look.
            var culprits = await page.EvaluateAsync<string[]>(
                """
                () => [...document.querySelectorAll('body *')]
                    .filter(e => e.getBoundingClientRect().right > window.innerWidth + 1 && ![...e.children].some(c => c.getBoundingClientRect().right > window.innerWidth + 1))
                    .slice(0, 4).map(e => `${e.tagName.toLowerCase()}.${[...e.classList].slice(0, 3).join('.')} "${(e.textContent ?? '').trim().slice(0, 30)}"`)
                """);
            findings.Add($"{where}: the page is {widths[0]} px wide on a {widths[1]} px screen; sticking out: {string.Join(", ", culprits)}");
        }

        // Code and text inputs may scroll their own line; a box of content may not.
        var scrollers = await page.EvaluateAsync<string[]>(
            """
            () => [...document.querySelectorAll('body *')]
                .filter(e => !e.closest('pre, code, input, textarea, .mud-popover') && e.scrollWidth > e.clientWidth + 1
                    && ['auto', 'scroll'].includes(getComputedStyle(e).overflowX))
                .slice(0, 4).map(e => `${e.tagName.toLowerCase()}.${[...e.classList].slice(0, 3).join('.')} (${e.scrollWidth} px in ${e.clientWidth} px)`)
            """);
        if (scrollers.Length > 0)
        {
            findings.Add($"{where}: content scrolls sideways inside {string.Join(", ", scrollers)}");
        }

        return findings;
    }

    /// <summary>Any enumeration code name ("InReview") in the page's visible words (none, or one finding).</summary>
    public static async Task<List<string>> CodeNamesAsync(IPage page, string where)
    {
        var leaked = EnumCodeNames.FoundIn(await page.InnerTextAsync("body"));
        return leaked.Count == 0 ? [] : [$"{where}: shows the code names {string.Join(", ", leaked)}"];
    }

    /// <summary>Signs in through the sign-in form, as a person would, and waits to arrive at <paramref name="returnUrl"/>.</summary>
    public static async Task SignInAsync(IPage page, string email, string password, string returnUrl = "/workspace")
    {
        await page.GotoAsync($"/account/login?returnUrl={Uri.EscapeDataString(returnUrl)}");
        await page.FillAsync("input[name='Input.Email']", email);
        await page.FillAsync("input[name='Input.Password']", password);
        await page.ClickAsync("button[type=submit]");
        try
        {
            // Arriving is enough: waiting for the page's load event as well once timed out on a loaded run with the
            // browser already showing the page (its load event late behind the circuit's start); what follows waits
            // for what it needs.
            await page.WaitForURLAsync("**" + returnUrl, new() { WaitUntil = WaitUntilState.Commit });
        }
        catch (TimeoutException stayed)
        {
            // Say what the sign-in page answered (a refusal, a limit, an error page), so a failure in a loaded run
            // can be told from a slow one.
            await page.ScreenshotAsync(new() { Path = Artifacts.Screenshot($"sign-in-failed-{Artifacts.NameOf(email)}"), FullPage = true });
            var shown = await page.Locator(".mud-alert, .validation-message, .validation-errors, h1").AllInnerTextsAsync();
            throw new TimeoutException($"Signing in as {email} did not reach {returnUrl}; the browser is at {page.Url} showing: [{string.Join(" | ", shown)}].", stayed);
        }
    }

    /// <summary>Picks <paramref name="option"/> in the MudSelect labelled <paramref name="label"/>: it opens a popover list to choose from.</summary>
    public static async Task ChooseAsync(IPage page, string label, string option)
    {
        await page.Locator(".mud-select").Filter(new() { Has = page.Locator($"label:text-is('{label}')") }).First.ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = option }).First.ClickAsync();
        // The list closes after the choice reaches the server; a click before then can land on its closing overlay.
        await Assertions.Expect(page.Locator(".mud-popover-open .mud-list-item")).ToHaveCountAsync(0);
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        playwright?.Dispose();
        await App.DisposeAsync();
        await App.Database.DisposeAsync();
        if (Log.Problems.Any())
        {
            var file = Artifacts.PathFor("logs", $"app-{DateTime.UtcNow:HHmmss}-{Guid.NewGuid():N}.txt");
            await File.WriteAllLinesAsync(file, Log.Problems);
        }
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}

/// <summary>
/// An app and a browser of their own, for a test that asserts over a whole list (every draft of an agreement), which
/// records the other tests add would change.
/// </summary>
[CollectionDefinition(Name)]
public sealed class OwnBrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser, own app";
}

/// <summary>
/// The accessibility sweeps, which only read: an app and a browser of their own, so that what they check does not
/// depend on which records the journeys have added before them.
/// </summary>
[CollectionDefinition(Name)]
public sealed class SweepCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser, accessibility sweeps";
}

/// <summary>A test in the browser collection: the pages it opened are closed when it ends.</summary>
public abstract class BrowserTest(BrowserFixture fixture) : IAsyncLifetime
{
    protected BrowserFixture Fixture { get; } = fixture;

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => Fixture.CloseContextsAsync();
}

/// <summary>Screenshots go to artifacts/screenshots at the repository root, where CI collects them.</summary>
public static class Artifacts
{
    public static string Screenshot(string name) => PathFor("screenshots", name + ".png");

    /// <summary>A file under artifacts/ (kept by CI), its folder made.</summary>
    public static string PathFor(string folder, string name)
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "PolicyTracker.sln")))
        {
            root = root.Parent;
        }

        var file = Path.Combine(root?.FullName ?? AppContext.BaseDirectory, "artifacts", folder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        return file;
    }

    /// <summary>A page address as a file name: "/agreements/pipir?x=1" becomes "agreements-pipir-x-1", the home page "home".</summary>
    public static string NameOf(string path) =>
        System.Text.RegularExpressions.Regex.Replace(path, "[^a-zA-Z0-9]+", "-").Trim('-') is { Length: > 0 } name ? name : "home";
}
