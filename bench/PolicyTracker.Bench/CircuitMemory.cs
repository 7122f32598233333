using System.Diagnostics;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PolicyTracker.Core.Data;
using PolicyTracker.Tests.Infrastructure;

namespace PolicyTracker.Bench;

/// <summary>
/// Server memory per open workspace circuit: signed-in browser tabs, each holding the workspace timeline open
/// over its own circuit. The app runs in this process; Chromium and Playwright's driver run in their own, so the
/// growth measured here is the server's alone.
/// </summary>
internal static class CircuitMemory
{
    private const string AdminEmail = "bench@example.org";
    private const string AdminPassword = "Bench-admin-password-3k9x!";

    private const string Page = "/workspace/timeline";

    /// <summary>
    /// Rendered by the page's interactive part (its filters), not by the page's first response: the circuit is up
    /// and rendered once these show, and the rows (static) are there too.
    /// </summary>
    private const string Ready = ".workspace-filters .mud-input";

    public static async Task RunAsync(int circuits)
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres, "bench-circuits");
        var openCircuits = new CircuitCounter();
        await using var app = new PolicyTrackerApp(
            database,
            new Dictionary<string, string?>
            {
                ["Accounts:AdminEmail"] = AdminEmail,
                ["Accounts:AdminPassword"] = AdminPassword,
                ["Serilog:MinimumLevel:Default"] = "Warning",
                ["Serilog:MinimumLevel:Override:Microsoft.AspNetCore"] = "Warning",
            },
            builder => builder.ConfigureServices(services => services.AddSingleton<CircuitHandler>(openCircuits)));
        app.UseKestrel(0);
        app.StartServer();
        var baseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Environment.GetEnvironmentVariable("POLICYTRACKER_CHROMIUM") is { Length: > 0 } chromium ? chromium : "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
        });
        var context = await browser.NewContextAsync(new() { BaseURL = baseUrl, ViewportSize = new() { Width = 1280, Height = 900 } });
        var signIn = await context.NewPageAsync();
        await signIn.GotoAsync($"/account/login?returnUrl={Uri.EscapeDataString(Page)}");
        await signIn.FillAsync("input[name='Input.Email']", AdminEmail);
        await signIn.FillAsync("input[name='Input.Password']", AdminPassword);
        await signIn.ClickAsync("button[type=submit]");
        await signIn.Locator(Ready).First.WaitForAsync();

        // The first circuit also pays for what every later one shares (compiled queries, component types, caches).
        var first = Measure();
        for (var opened = 2; opened <= circuits; opened++)
        {
            var tab = await context.NewPageAsync();
            await tab.GotoAsync(Page);
            await tab.Locator(Ready).First.WaitForAsync();
        }

        var all = Measure();
        var perCircuitManaged = (all.ManagedBytes - first.ManagedBytes) / (double)(circuits - 1) / 1024;
        var perCircuitWorkingSet = (all.WorkingSetBytes - first.WorkingSetBytes) / (double)(circuits - 1) / 1024;

        Console.WriteLine();
        Console.WriteLine($"## Workspace circuits: {openCircuits.Open} open on {Page} (sample data, first page: 50 records)");
        Console.WriteLine();
        Console.WriteLine("| server memory after a full GC | 1 circuit | " + circuits + " circuits | per circuit beyond the first |");
        Console.WriteLine("|---|---:|---:|---:|");
        Console.WriteLine($"| managed heap | {first.ManagedBytes / 1048576.0:F1} MB | {all.ManagedBytes / 1048576.0:F1} MB | **{perCircuitManaged:F0} KB** |");
        Console.WriteLine($"| process working set | {first.WorkingSetBytes / 1048576.0:F1} MB | {all.WorkingSetBytes / 1048576.0:F1} MB | {perCircuitWorkingSet:F0} KB |");
        if (openCircuits.Open != circuits)
        {
            throw new InvalidOperationException($"Expected {circuits} open circuits, found {openCircuits.Open}: the figures above do not measure what they say.");
        }
    }

    private static (long ManagedBytes, long WorkingSetBytes) Measure()
    {
        // Settle: let circuits finish rendering, then collect everything collectable, twice (finalizers free more).
        Thread.Sleep(TimeSpan.FromSeconds(2));
        for (var i = 0; i < 2; i++)
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
        }

        using var process = Process.GetCurrentProcess();
        return (GC.GetTotalMemory(forceFullCollection: true), process.WorkingSet64);
    }

    private sealed class CircuitCounter : CircuitHandler
    {
        private int open;

        public int Open => Volatile.Read(ref open);

        public override Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref open);
            return Task.CompletedTask;
        }

        public override Task OnCircuitClosedAsync(Circuit circuit, CancellationToken cancellationToken)
        {
            Interlocked.Decrement(ref open);
            return Task.CompletedTask;
        }
    }
}
