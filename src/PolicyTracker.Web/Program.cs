using MudBlazor.Services;
using PolicyTracker.Core.Common;
using PolicyTracker.Core.Data;
using PolicyTracker.Web.Components;
using PolicyTracker.Web;
using PolicyTracker.Web.Health;
using Serilog;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddSerilog((services, logger) => logger
    .ReadFrom.Configuration(builder.Configuration)
    .ReadFrom.Services(services)
    .Enrich.FromLogContext());

builder.Services.AddPolicyTrackerDatabase(builder.Configuration, Path.Combine(builder.Environment.ContentRootPath, "App_Data"));
builder.Services.AddHttpContextAccessor();
builder.Services.AddScoped<IActor, HttpContextActor>();
builder.Services.AddPolicyTrackerHealthChecks();
builder.Services.AddMudServices();
builder.Services.AddRazorComponents();

var app = builder.Build();

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/error", createScopeForErrors: true);
}

app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
app.UseSerilogRequestLogging();
app.UseAntiforgery();

app.MapStaticAssets();
app.MapPolicyTrackerHealthChecks();
app.MapRazorComponents<App>();

await using (var scope = app.Services.CreateAsyncScope())
{
    await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>()
        .InitialiseAsync(app.Configuration.GetValue("SampleData:LoadOnStart", true));
}

await app.RunAsync();

/// <summary>Visible to the test project's WebApplicationFactory.</summary>
public partial class Program;
