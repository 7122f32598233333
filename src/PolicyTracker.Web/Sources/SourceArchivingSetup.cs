using PolicyTracker.Core.Sources;
using PolicyTracker.Core.Sources.Fetching;
using PolicyTracker.Web.Security;

namespace PolicyTracker.Web.Sources;

public static class SourceArchivingSetup
{
    /// <summary>
    /// The fetcher that archives a source from its address, through its own guarded handler (<c>Sources:Fetching</c>;
    /// <c>AllowPrivateAddresses</c> stays off outside tests), and the service editors archive with.
    /// </summary>
    public static IServiceCollection AddSourceArchiving(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection("Sources:Fetching").Get<FetchingOptions>() ?? new FetchingOptions();
        services.AddSingleton(options);
        services.AddHttpClient<SourceFetcher>().ConfigurePrimaryHttpMessageHandler(() => SourceFetcher.Handler(options));
        services.AddScoped(SourceArchiving.WithOwnContext);
        return services;
    }

    /// <summary>
    /// The raw bytes of a source's latest copy, for the workspace. Never shown as a page of this site (a script in an
    /// archived page would run as the site): only a download, under a sandbox policy that would keep even an opened
    /// copy from running anything or reaching the site's cookies.
    /// </summary>
    /// <summary>No script, no form, no plugin, no request of any kind, even if a browser were to open the copy.</summary>
    public const string ArchivedCopyPolicy = "sandbox; default-src 'none'";

    public static void MapArchivedCopyDownload(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/workspace/sources/{id:guid}/archived-copy", async (Guid id, HttpContext context, SourceArchiving archiving) =>
            {
                if (await archiving.LatestCopyAsync(id, context.RequestAborted) is not { } copy)
                {
                    return Results.NotFound();
                }

                var extension = copy.ContentType switch
                {
                    "application/pdf" => "pdf",
                    "text/html" or "application/xhtml+xml" => "html",
                    _ => "txt",
                };
                return Results.File(
                    copy.Raw(), copy.ContentType ?? "text/plain; charset=utf-8", $"archived-copy-{id:N}-{copy.RetrievedAt:yyyyMMdd}.{extension}");
            })
            .WithMetadata(new OwnContentSecurityPolicy(ArchivedCopyPolicy))
            .RequireAuthorization(policy => policy.RequireRole(PolicyTracker.Core.Accounts.Roles.Analyst, PolicyTracker.Core.Accounts.Roles.Editor, PolicyTracker.Core.Accounts.Roles.Admin))
            .ExcludeFromDescription();
}
