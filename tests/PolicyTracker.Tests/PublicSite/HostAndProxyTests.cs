using System.Net;
using PolicyTracker.Core.Data;
using PolicyTracker.Tests.Accounts;
using PolicyTracker.Tests.Infrastructure;

namespace PolicyTracker.Tests.PublicSite;

/// <summary>
/// Behind a proxy: absolute links come from Site:BaseUrl, never from a request's Host header (a poisoned cache would
/// serve them to everyone), and the forwarded scheme is believed from known proxies only.
/// </summary>
public class HostAndProxyTests(HostAndProxyTests.Fixture fixture) : IClassFixture<HostAndProxyTests.Fixture>
{
    private const string BaseUrl = "https://policytracker.example";

    public sealed class Fixture : IAsyncLifetime
    {
        public PolicyTrackerApp App { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            App = new PolicyTrackerApp(
                await TestDatabase.WithSampleDataAsync(DatabaseProvider.Postgres, "proxy"),
                new Dictionary<string, string?>
                {
                    ["Site:BaseUrl"] = BaseUrl,
                    ["Accounts:AdminEmail"] = AccountsFixture.AdminEmail,
                    ["Accounts:AdminPassword"] = AccountsFixture.AdminPassword,
                });
            App.CreateClient().Dispose();
        }

        public async Task DisposeAsync()
        {
            await App.DisposeAsync();
            await App.Database.DisposeAsync();
        }
    }

    [Theory]
    [InlineData("/robots.txt")]
    [InlineData("/sitemap.xml")]
    [InlineData("/feed.atom")]
    [InlineData("/timeline.csv")]
    [InlineData("/agreements/pipir")]
    [InlineData("/meetings/pipir-first-meeting-honolulu")]
    [InlineData("/sources/rnz-nz-joins-pipir")]
    [InlineData("/people/judith-collins")]
    public async Task Absolute_links_use_the_configured_address_whatever_Host_the_request_names(string path)
    {
        var client = fixture.App.CreateClient(new() { AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Host = "evil.example";

        var body = await (await client.SendAsync(request)).Content.ReadAsStringAsync();

        Assert.Contains(BaseUrl, body);
        Assert.DoesNotContain("evil.example", body);
    }

    [Fact]
    public async Task The_sign_in_redirect_stays_on_the_site()
    {
        var client = fixture.App.CreateClient(new() { AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/workspace");
        request.Headers.Host = "evil.example";

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.False(response.Headers.Location!.IsAbsoluteUri, $"Location: {response.Headers.Location}");
        Assert.StartsWith("/account/login", response.Headers.Location.OriginalString);
    }

    [Theory]
    [InlineData("127.0.0.1", true)]
    [InlineData("203.0.113.5", false)]
    public async Task A_forwarded_https_is_believed_from_a_known_proxy_only(string from, bool believed)
    {
        var client = fixture.App.CreateClient(new() { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add("X-Test-Client-Address", from);
        client.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        client.DefaultRequestHeaders.Add("X-Forwarded-For", "198.51.100.9");
        // HSTS is never sent to localhost, which is the test server's own name.
        client.DefaultRequestHeaders.Host = "policytracker.example";

        var signedIn = await AccountsFixture.PostSignInAsync(client, AccountsFixture.AdminEmail, AccountsFixture.AdminPassword);
        var cookie = signedIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("PolicyTracker.Auth=", StringComparison.Ordinal));
        var about = await client.GetAsync("/about");

        Assert.Equal(believed, cookie.Contains("secure", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(believed, about.Headers.Contains("Strict-Transport-Security"));
    }
}
