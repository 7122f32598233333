using System.Text.Json;
using System.Text.Json.Serialization;
using PolicyTracker.Core.Accounts;
using PolicyTracker.Core.Dataset;
using PolicyTracker.Core.Timeline;
using PolicyTracker.Web.Timeline;

namespace PolicyTracker.Web.Workspace;

/// <summary>
/// The analysts' exports of the current workspace filter, drafts included, as CSV and JSON. Authorised on the
/// endpoint itself: only signed-in analysts, editors and admins get them.
/// </summary>
public static class WorkspaceExport
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        WriteIndented = true,
    };

    public static void MapWorkspaceExport(this IEndpointRouteBuilder endpoints)
    {
        var export = endpoints.MapGroup("/workspace")
            .RequireAuthorization(policy => policy.RequireRole(Roles.Analyst, Roles.Editor, Roles.Admin))
            .ExcludeFromDescription();
        export.MapGet("/export.csv", async (HttpContext context, TimelineQueries timeline) =>
        {
            if (await ReadAsync(context) is { } filter)
            {
                await TimelineCsv.WriteAsync(context, timeline.StreamWorkspaceAsync(filter), "policytracker-workspace.csv");
            }
        });
        export.MapGet("/export.json", async (HttpContext context, TimelineQueries timeline) =>
        {
            if (await ReadAsync(context) is { } filter)
            {
                context.Response.ContentType = "application/json; charset=utf-8";
                context.Response.Headers.ContentDisposition = "attachment; filename=\"policytracker-workspace.json\"";
                await JsonSerializer.SerializeAsync(context.Response.Body, timeline.StreamWorkspaceAsync(filter), Json, context.RequestAborted);
            }
        });
        // The whole tracker in the importable dataset format (the import itself is on the editors' import page).
        export.MapGet("/dataset.json", async (HttpContext context, DatasetExporter exporter) =>
        {
            context.Response.ContentType = "application/json; charset=utf-8";
            context.Response.Headers.ContentDisposition = "attachment; filename=\"policytracker-dataset.json\"";
            await exporter.WriteAsync(context.Response.Body, context.RequestAborted);
        });
    }

    /// <summary>The filter from the query string, or null after answering 400 with what could not be read.</summary>
    private static async Task<WorkspaceFilter?> ReadAsync(HttpContext context)
    {
        if (WorkspaceFilter.TryParse(key => context.Request.Query[key].FirstOrDefault(), out var filter, out var problems))
        {
            return filter;
        }

        await Results.ValidationProblem(problems.ByField()).ExecuteAsync(context);
        return null;
    }
}
