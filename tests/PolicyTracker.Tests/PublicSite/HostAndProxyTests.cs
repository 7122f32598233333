using System.Net;
using Microsoft.Extensions.Configuration;
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

    [Theory]
    [InlineData("/workspace", "/account/login")] // the sign-in redirect
    [InlineData("/events/laplante-pipir-collective-ability", "/statements/laplante-pipir-collective-ability")] // a public page's
    public async Task Redirects_are_paths_on_the_site_whatever_Host_the_request_names(string path, string redirectedTo)
    {
        var client = fixture.App.CreateClient(new() { AllowAutoRedirect = false });
        for (var i = 0; i < 2; i++) // the second answer could come from the output cache
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            request.Headers.Host = "evil.example";

            var response = await client.SendAsync(request);

            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.False(response.Headers.Location!.IsAbsoluteUri, $"Location: {response.Headers.Location}");
            Assert.StartsWith(redirectedTo, response.Headers.Location.OriginalString);
        }
    }

    [Fact]
    public async Task The_redirect_after_signing_in_is_a_path_whatever_Host_the_request_names()
    {
        var client = fixture.App.CreateClient(new() { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Host = "evil.example";

        var signedIn = await AccountsFixture.PostSignInAsync(client, AccountsFixture.AdminEmail, AccountsFixture.AdminPassword);

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/workspace", signedIn.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("Production", "*", null, true)]
    [InlineData("Production", null, "", true)]
    [InlineData("Production", "policytracker.example", null, false)]
    [InlineData("Production", "*", BaseUrl, false)]
    [InlineData("Development", "*", null, false)]
    public void A_production_start_that_believes_any_Host_is_warned_about(string environment, string? allowedHosts, string? baseUrl, bool warned)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["AllowedHosts"] = allowedHosts, ["Site:BaseUrl"] = baseUrl })
            .Build();
        var host = new Microsoft.Extensions.Hosting.Internal.HostingEnvironment { EnvironmentName = environment };

        Assert.Equal(warned, PolicyTracker.Web.Security.HostChecks.BelievesAnyHost(configuration, host));
    }

    [Theory]
    [InlineData("127.0.0.1", true)]
    [InlineData("203.0.113.5", false)]
    public async Task A_forwarded_https_is_believed_from_a_known_proxy_only(string from, bool believed)
    {
        // Cookies are carried by hand: the client talks plain http to the test server, so it would hold back a
        // Secure cookie that a browser on the proxy's https would send.
        var client = fixture.App.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Add("X-Test-Client-Address", from);
        client.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        client.DefaultRequestHeaders.Add("X-Forwarded-For", "198.51.100.9");
        // HSTS is never sent to localhost, which is the test server's own name.
        client.DefaultRequestHeaders.Host = "policytracker.example";

        var form = await client.GetAsync("/account/login");
        var antiforgeryCookie = form.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".AspNetCore.Antiforgery.", StringComparison.Ordinal));
        var fields = AccountsFixture.HiddenFields(new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await form.Content.ReadAsStringAsync()).QuerySelector("form.account-form")!);
        fields["Input.Email"] = AccountsFixture.AdminEmail;
        fields["Input.Password"] = AccountsFixture.AdminPassword;
        using var post = new HttpRequestMessage(HttpMethod.Post, "/account/login") { Content = new FormUrlEncodedContent(fields) };
        post.Headers.Add("Cookie", antiforgeryCookie.Split(';')[0]);
        var signedIn = await client.SendAsync(post);
        var cookie = signedIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("PolicyTracker.Auth=", StringComparison.Ordinal));
        var about = await client.GetAsync("/about");

        Assert.Equal(believed, cookie.Contains("secure", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(believed, antiforgeryCookie.Contains("secure", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(believed, about.Headers.Contains("Strict-Transport-Security"));
        if (believed)
        {
            Assert.Equal("max-age=31536000; includeSubDomains", about.Headers.GetValues("Strict-Transport-Security").Single());
        }
    }
}
