using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace PolicyTracker.Tests.Infrastructure;

/// <summary>
/// A small website on a loopback port, answering the paths a test gives it: the pages the tracker fetches, archives
/// and watches, without the internet. Counts the requests each path receives.
/// </summary>
public sealed class LocalWebsite : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentDictionary<string, int> hits = new(StringComparer.Ordinal);

    private LocalWebsite(WebApplication app) => this.app = app;

    public Uri Address { get; private set; } = null!;

    /// <summary>The address of <paramref name="path"/> on this site.</summary>
    public string At(string path) => new Uri(Address, path).AbsoluteUri;

    public int HitsOn(string path) => hits.GetValueOrDefault(path);

    public int TotalHits => hits.Values.Sum();

    public static async Task<LocalWebsite> StartAsync(IReadOnlyDictionary<string, RequestDelegate> pages)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var site = new LocalWebsite(app);
        app.Use(async (context, next) =>
        {
            site.hits.AddOrUpdate(context.Request.Path.Value ?? "/", 1, (_, count) => count + 1);
            await next(context);
        });
        foreach (var (path, answer) in pages)
        {
            app.Map(path, answer);
        }

        await app.StartAsync();
        site.Address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        return site;
    }

    /// <summary>A page answering <paramref name="body"/> as <paramref name="contentType"/>.</summary>
    public static RequestDelegate Page(string body, string contentType = "text/html; charset=utf-8") => async context =>
    {
        context.Response.ContentType = contentType;
        await context.Response.WriteAsync(body);
    };

    public static RequestDelegate Status(int status) => context =>
    {
        context.Response.StatusCode = status;
        return Task.CompletedTask;
    };

    public static RequestDelegate Redirect(string location, int status = StatusCodes.Status301MovedPermanently) => context =>
    {
        context.Response.StatusCode = status;
        context.Response.Headers.Location = location;
        return Task.CompletedTask;
    };

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
