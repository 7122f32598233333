using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using MudBlazor.Services;
using PolicyTracker.Core.Data;
using PolicyTracker.Core.Records;
using PolicyTracker.Web;
using PolicyTracker.Web.Accounts;
using PolicyTracker.Web.Alerts;
using PolicyTracker.Web.Api;
using PolicyTracker.Web.Caching;
using PolicyTracker.Web.Sources;
using PolicyTracker.Web.Components;
using PolicyTracker.Web.Feeds;
using PolicyTracker.Web.Health;
using PolicyTracker.Web.Mail;
using PolicyTracker.Web.OpenData;
using PolicyTracker.Web.Records;
using PolicyTracker.Web.Security;
using PolicyTracker.Web.Telemetry;
using PolicyTracker.Web.Timeline;
using PolicyTracker.Web.Workspace;
using Serilog;

var builder = WebApplication.CreateBuilder(args);
// Package files (MudBlazor's CSS and script) live in the NuGet cache until the app is published; the framework reads
// their manifest only in Development, so a Production start from source would answer them with 500. Published output
// has no such manifest and this does nothing there.
builder.WebHost.UseStaticWebAssets();
// Run from a build rather than a publish, the framework watches for edited static files and answers every one
// "no-cache", fingerprinted or not, so browsers would revalidate each stylesheet on every page. Only Development
// edits them; elsewhere fingerprinted files keep the year-long, immutable caching they are published with.
if (!builder.Environment.IsDevelopment())
{
    builder.Configuration["ReloadStaticAssetsAtRuntime"] ??= "false";
}

// Each app has its own logger, never the static Log.Logger: several apps in one process (the tests) would
// otherwise write through whichever was built last.
builder.Services.AddSerilog(
    (services, logger) => logger
        .ReadFrom.Configuration(builder.Configuration)
        .ReadFrom.Services(services)
        .Enrich.FromLogContext()
        .Filter.With(new RepeatedErrorFilter(TimeProvider.System))
        .Filter.ByExcluding(AccountsSetup.IsUnencryptedKeyNotice),
    preserveStaticLogger: true);

builder.Services.AddPolicyTrackerDatabase(builder.Configuration, Path.Combine(builder.Environment.ContentRootPath, "App_Data"));
builder.Services.AddHttpContextAccessor();
builder.Services.AddSingleton<SiteAddress>();
builder.Services.AddTrustedProxies(builder.Configuration);
builder.Services.AddPolicyTrackerHealthChecks(builder.Configuration);
builder.Services.AddTelemetry(builder.Configuration);
builder.Services.AddPublicCaching(builder.Configuration);
builder.Services.AddSourceArchiving(builder.Configuration);
builder.Services.AddLinkWatch(builder.Configuration);
builder.Services.AddDataReleases(builder.Configuration);
builder.Services.AddAlerts(builder.Configuration);
builder.Services.ConfigureHttpJsonOptions(json =>
{
    json.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
    json.SerializerOptions.TypeInfoResolver = json.SerializerOptions.TypeInfoResolver!.WithAddedModifier(RecordFacts.DescribeKinds);
});
builder.Services.AddOpenApi();
builder.Services.AddProblemDetails();
builder.Services.AddExceptionHandler<MalformedRequestHandler>();
builder.Services.AddMudServices();
builder.Services.AddAccounts(builder.Configuration);
builder.Services.AddRequestLimits(builder.Configuration);
builder.Services.AddSecurityHeaders();
builder.Services.AddRazorComponents().AddInteractiveServerComponents();

// Every record kind must have its editor registered; better to stop here than when someone opens one.
PolicyTracker.Web.Records.RecordKindComponents.EnsureComplete();

var app = builder.Build();
app.WarnWhenAnyHostIsBelieved();
app.WarnWhenMailCannotBeSent();

// First, so that everything after sees the reader's own address and scheme (https behind a TLS-terminating proxy).
app.UseForwardedHeaders();
// Outside the error handling, so each request is logged once with the status the reader got (503 while the database
// is away, not the 500 of the exception on its way to the handler).
app.UseSerilogRequestLogging(options => options.Logger = app.Services.GetRequiredService<Serilog.ILogger>());
app.UseSecurityHeaders();
app.UseRelativeRedirects();
if (!app.Environment.IsDevelopment())
{
    app.UseErrorPages();
    // Sent on https responses only; tells browsers to use https for this host from then on.
    app.UseHsts();
}

// Empty error responses get the site's not-found page; the API answers its errors with problem details.
app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
// While the database has not yet been reached at start, requests are told to come back (health checks excepted).
app.UseStartupGate();
// Before routing, so that a HEAD request finds the GET endpoints.
app.UseHttpCachingRules();
app.UseRouting();
app.UseAuthentication();
app.UsePasswordChangeWhenRequired();
app.UseAuthorization();
app.UseOutputCache();
// After the cache, so a page served from it is never limited; only what reaches the database counts.
app.UseRateLimiter();
app.UsePublicCompression();
app.UseAntiforgery();

// Served by routing itself, before anything after it: static files show nothing personal, and reading the sign-in
// cookie for them would check its security stamp in the database and renew the cookie, which marks the answer
// "no-store", so a signed-in user's browser would fetch every stylesheet and script again on every page.
app.MapStaticAssets().ShortCircuit();
app.MapPolicyTrackerHealthChecks();
app.MapOpenApi().CacheOutput(PublicCaching.Policy);
app.MapPublicApi();
app.MapFeeds();
app.MapTimelineCsv();
app.MapAccountEndpoints();
app.MapWorkspaceExport();
app.MapArchivedCopyDownload();
app.MapSourcesCsv();
app.MapCitationDownloads();
app.MapDataReleases();
app.MapAlerts();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode().CacheOutput(PublicCaching.Policy);

// Migrations, sample data and the first administrator run as the app starts (Health/DatabaseStartup).
await app.RunAsync();

/// <summary>Visible to the test project's WebApplicationFactory.</summary>
public partial class Program;
