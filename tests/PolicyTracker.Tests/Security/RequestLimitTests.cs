using System.Net;
using PolicyTracker.Core.Data;
using PolicyTracker.Tests.Accounts;
using PolicyTracker.Tests.Infrastructure;
using PolicyTracker.Web.Security;

namespace PolicyTracker.Tests.Security;

/// <summary>
/// Requests that reach the database each time are limited per client address (429 with Retry-After), so a flood of
/// unique queries cannot starve it; whatever the output cache serves is never limited.
/// </summary>
public class RequestLimitTests(RequestLimitTests.Fixture fixture) : IClassFixture<RequestLimitTests.Fixture>
{
    private const int QueriesPerMinute = 5;
    private const int SignInsPerMinute = 3;

    public sealed class Fixture : IAsyncLifetime
    {
        public PolicyTrackerApp App { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            App = new PolicyTrackerApp(
                await TestDatabase.WithSampleDataAsync(DatabaseProvider.Postgres, "limits"),
                new Dictionary<string, string?>
                {
                    ["Limits:QueriesPerMinute"] = QueriesPerMinute.ToString(),
                    ["Accounts:SignInAttemptsPerMinute"] = SignInsPerMinute.ToString(),
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
    [InlineData("/search?q=pipir{0}", "203.0.113.21")]
    [InlineData("/api/search?q=aukus{0}", "203.0.113.22")]
    [InlineData("/timeline?text=ntib{0}", "203.0.113.23")]
    [InlineData("/timeline.csv?text=ntib{0}", "203.0.113.24")]
    [InlineData("/api/records?text=seahawk{0}", "203.0.113.25")]
    public async Task Unique_queries_from_one_address_are_limited_and_another_address_is_not(string query, string address)
    {
        var client = ClientFrom(address);
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage last = null!;
        for (var i = 0; i <= QueriesPerMinute; i++)
        {
            last = await client.GetAsync(string.Format(query, i));
            statuses.Add(last.StatusCode);
        }

        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.OK, QueriesPerMinute), HttpStatusCode.TooManyRequests], statuses);
        var retryAfter = int.Parse(last.Headers.GetValues("Retry-After").Single());
        Assert.InRange(retryAfter, 1, 60);
        Assert.Equal(RequestLimits.RejectedMessage, await last.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await ClientFrom("198.51.100.77").GetAsync(string.Format(query, "other"))).StatusCode);
    }

    [Fact]
    public async Task A_query_the_cache_answers_is_never_limited()
    {
        var client = ClientFrom("203.0.113.30");

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4 * QueriesPerMinute; i++)
        {
            statuses.Add((await client.GetAsync("/timeline?from=2024")).StatusCode);
            statuses.Add((await client.GetAsync("/search?q=pipir")).StatusCode);
        }

        Assert.All(statuses, status => Assert.Equal(HttpStatusCode.OK, status));
    }

    [Fact]
    public async Task Sign_in_attempts_are_limited_per_address()
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < SignInsPerMinute + 2; i++)
        {
            var client = ClientFrom("203.0.113.40");
            statuses.Add((await AccountsFixture.PostSignInAsync(client, "someone@example.org", "wrong-password")).StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.OK, (await ClientFrom("203.0.113.40").GetAsync("/account/login")).StatusCode);
    }

    private HttpClient ClientFrom(string address)
    {
        var client = fixture.App.CreateClient(new() { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add("X-Test-Client-Address", address);
        return client;
    }
}
