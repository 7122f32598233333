using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using PolicyTracker.Core.Data;
using PolicyTracker.Tests.Infrastructure;
using PolicyTracker.Web.Caching;

namespace PolicyTracker.Tests.Hosting;

/// <summary>
/// The project's nginx configuration (deploy/nginx.conf) in front of two real instances on one database, as
/// docker-compose runs them. Before, a 20 s database outage made the proxy answer most requests with 502 "no live
/// upstreams", cached pages included, and every request opened a new connection to an instance.
/// </summary>
public class ProxyTests
{
    private static readonly string[] CachedPages = ["/", "/agreements/pipir", "/timeline?from=2024-01&to=2024-12"];

    [Fact]
    public async Task A_database_outage_gives_readers_cached_pages_and_503s_with_Retry_After_never_a_502()
    {
        await using var database = await TestDatabase.WithSampleDataAsync(DatabaseProvider.Postgres, "proxy-outage");
        await using var first = new PolicyTrackerApp(database);
        await using var second = new PolicyTrackerApp(database);
        await using var proxy = await NginxServer.StartAsync(first.ServeOnLoopbackPort().Authority, second.ServeOnLoopbackPort().Authority);
        using var reader = new HttpClient { BaseAddress = proxy.Address };
        foreach (var page in CachedPages)
        {
            Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync(page)).StatusCode);
        }

        var answers = new List<(string Page, HttpStatusCode Status, string? RetryAfter)>();
        await using (await PostgresServer.Instance.TakeOfflineAsync(database.ConnectionString))
        {
            for (var round = 0; round < 10; round++)
            {
                // Pages read before the outage, and a page nobody has read (a fresh filter each round).
                foreach (var page in CachedPages.Append($"/timeline?from=20{10 + round}-01"))
                {
                    var answer = await reader.GetAsync(page);
                    answers.Add((page, answer.StatusCode, answer.Headers.RetryAfter?.Delta?.TotalSeconds.ToString(CultureInfo.InvariantCulture)));
                }
            }
        }

        Assert.DoesNotContain(answers, a => a.Status == HttpStatusCode.BadGateway);
        Assert.All(answers.Where(a => CachedPages.Contains(a.Page)), a => Assert.Equal(HttpStatusCode.OK, a.Status));
        var unread = answers.Where(a => !CachedPages.Contains(a.Page)).ToList();
        Assert.All(unread, a => Assert.Equal((HttpStatusCode.ServiceUnavailable, "10"), (a.Status, a.RetryAfter)));

        // Back at once: no instance was marked failed for answering 503.
        foreach (var page in CachedPages.Append("/timeline?from=2030-01"))
        {
            Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync(page)).StatusCode);
        }
    }

    [Fact]
    public async Task An_instance_gone_is_routed_around_and_connections_to_the_instances_are_reused()
    {
        await using var database = await TestDatabase.WithSampleDataAsync(DatabaseProvider.Postgres, "proxy-instances");
        await using var first = new PolicyTrackerApp(database);
        var second = new PolicyTrackerApp(database);
        var (firstAddress, secondAddress) = (first.ServeOnLoopbackPort(), second.ServeOnLoopbackPort());
        await using var proxy = await NginxServer.StartAsync(firstAddress.Authority, secondAddress.Authority);
        using var reader = new HttpClient { BaseAddress = proxy.Address };
        var ports = new[] { firstAddress.Port, secondAddress.Port };

        var closedBefore = ClosedConnectionsTo(ports);
        for (var request = 0; request < 200; request++)
        {
            // A made-up parameter each time: nginx keys its cache as the app does, so all of these are one page to
            // it, but the workspace's sign-in page is never cached and always reaches an instance.
            Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync($"/account/login?n={request}")).StatusCode);
        }

        Assert.True(ClosedConnectionsTo(ports) - closedBefore < 20, $"{ClosedConnectionsTo(ports) - closedBefore} connections to the instances were closed for 200 requests: they are not kept alive.");

        await second.DisposeAsync();
        for (var request = 0; request < 20; request++)
        {
            Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync($"/timeline?from=2019-{request % 12 + 1:00}")).StatusCode);
        }
    }

    [Fact]
    public void The_proxy_keys_its_cache_on_the_query_parameters_the_app_does()
    {
        var key = Regex.Match(NginxServer.ProjectConfiguration(), "proxy_cache_key \"([^\"]+)\"").Groups[1].Value;
        var parameters = Regex.Matches(key, @"\$arg_(\w+)").Select(m => m.Groups[1].Value);
        Assert.Equal(PublicCaching.QueryKeys.Order(), parameters.Order());
    }

    /// <summary>Loopback connections to <paramref name="ports"/> now in TIME_WAIT: each is one connection closed.</summary>
    private static int ClosedConnectionsTo(int[] ports) =>
        File.ReadLines("/proc/net/tcp").Skip(1)
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Count(columns => columns[3] == "06" && ports.Contains(Convert.ToInt32(columns[2].Split(':')[1], 16)));
}
