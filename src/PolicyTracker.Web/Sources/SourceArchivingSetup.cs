using PolicyTracker.Core.Sources;
using PolicyTracker.Core.Sources.Fetching;

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
}
