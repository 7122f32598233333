using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using PolicyTracker.Core.Data;
using Xunit;

using PolicyTracker.Core.Editing;
using PolicyTracker.Web.Accounts;

namespace PolicyTracker.Tests.Infrastructure;

/// <summary>The real web app, in process, on a test database, as production would run it.</summary>
public sealed class PolicyTrackerApp(
    TestDatabase database,
    IReadOnlyDictionary<string, string?>? settings = null,
    Action<IWebHostBuilder>? configure = null) : WebApplicationFactory<Program>
{
    public TestDatabase Database { get; } = database;

    /// <summary>
    /// Runs <paramref name="change"/> with the app's own services, so saves go through the same path as an
    /// editor's (revisions, cache invalidation).
    /// </summary>
    public async Task ChangeAsync(Func<IServiceProvider, PolicyTrackerDbContext, Task> change)
    {
        await using var scope = Services.CreateAsyncScope();
        await change(scope.ServiceProvider, scope.ServiceProvider.GetRequiredService<PolicyTrackerDbContext>());
    }

    /// <summary>
    /// Runs <paramref name="edit"/> with the app's record editor, acting as a signed-in user holding
    /// <paramref name="roles"/> (an editor unless told otherwise), as a workspace circuit would.
    /// </summary>
    public async Task EditAsync(Func<RecordEditor, Task> edit, string user = "editor@example.org", params string[] roles)
    {
        await using var scope = Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().SetCircuitUser(TestActor.Principal(user, roles.Length > 0 ? roles : TestActor.EditorRoles));
        await edit(scope.ServiceProvider.GetRequiredService<RecordEditor>());
    }

    /// <summary>
    /// Serves the app on a free loopback port with Kestrel, for clients outside the process (Chromium, nginx), and
    /// returns its address ("http://127.0.0.1:port/").
    /// </summary>
    public Uri ServeOnLoopbackPort()
    {
        UseKestrel(0);
        StartServer();
        return new Uri(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        // Found from the repository, not the working folder, so the bench runs from wherever it is started.
        builder.UseContentRoot(Path.Combine(Repository.Root, "src", "PolicyTracker.Web"));
        // As the Development run checks them: a singleton holding a scoped service fails every test, not only that run.
        builder.UseDefaultServiceProvider(provider => (provider.ValidateScopes, provider.ValidateOnBuild) = (true, true));
        builder.UseSetting("Database:Provider", Database.Provider.ToString());
        builder.UseSetting("Database:ConnectionString", Database.ConnectionString);
        builder.UseSetting("SampleData:LoadOnStart", "true");
        // Tests not about review publish as the one user who wrote; the review tests and the browser journeys turn it on.
        builder.UseSetting("Editing:RequireSecondApprover", "false");
        // Likewise administrators sign in with a password alone, except in the two-factor tests.
        builder.UseSetting("Accounts:RequireTwoFactorForAdmins", "false");
        // The second eviction, seconds after a save, would evict pages a later test has just cached and compares
        // (the sample-data load at start evicts everything); here it follows the first at once. SecondEvictionTests
        // tries the delay itself.
        builder.UseSetting("Caching:EvictAgainAfterSeconds", "0");
        // No test app asks the sample sources' real addresses on the internet; the link watch tests run it themselves.
        builder.UseSetting("Sources:LinkWatch:Scheduled", "false");
        // Open-data releases are made by the tests that check them (OpenDataReleaseTests), not on a timer.
        builder.UseSetting("OpenData:Scheduled", "false");
        // Alerts are queued by the tests that check them (AlertTests), not on a timer.
        builder.UseSetting("Alerts:Scheduled", "false");
        // Tests ask many distinct searches from one address; the limit's own tests set it low (RequestLimitTests).
        builder.UseSetting("Limits:QueriesPerMinute", "1000000");
        builder.ConfigureServices(services => services.AddTransient<IStartupFilter, TestClientAddress>());
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }

        configure?.Invoke(builder);
    }
}

/// <summary>
/// The in-process test server has no client address; a test names one with the X-Test-Client-Address header, so
/// rules kept per address (sign-in back-off, rate limits) can be tried from two places.
/// </summary>
internal sealed class TestClientAddress : IStartupFilter
{
    public const string Header = "X-Test-Client-Address";

    public Action<Microsoft.AspNetCore.Builder.IApplicationBuilder> Configure(Action<Microsoft.AspNetCore.Builder.IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            if (context.Request.Headers.TryGetValue(Header, out var address) && System.Net.IPAddress.TryParse(address, out var parsed))
            {
                context.Connection.RemoteIpAddress = parsed;
            }

            return nextMiddleware(context);
        });
        next(app);
    };
}

/// <summary>One app on one fresh PostgreSQL database with the sample data, shared by a test class.</summary>
public sealed class PostgresAppFixture : IAsyncLifetime
{
    public PolicyTrackerApp App { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var database = await TestDatabase.WithSampleDataAsync(DatabaseProvider.Postgres, "web");
        App = new PolicyTrackerApp(database);
        App.CreateClient().Dispose(); // starts the host: migrations and sample data
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        await App.Database.DisposeAsync();
    }
}
