using System.Net;
using PolicyTracker.Tests.Infrastructure;

namespace PolicyTracker.Tests.PublicSite;

/// <summary>Unreadable addresses and query strings get a friendly 400 or 404, never a 500.</summary>
public class MalformedInputTests(PostgresAppFixture fixture) : IClassFixture<PostgresAppFixture>
{
    [Theory]
    [InlineData("/timeline?from=31+February+2024", 400, "not a date on the calendar")]
    [InlineData("/timeline?to=2024-13", 400, "Month 13 does not exist")]
    [InlineData("/timeline?page=0", 400, "not a page number")]
    [InlineData("/timeline?page=abc", 400, "not a page number")]
    [InlineData("/timeline?page=99999999999999", 400, "not a page number")]
    [InlineData("/timeline?kind=%3Cscript%3Ealert(1)%3C/script%3E", 400, "&lt;script&gt;")]
    [InlineData("/timeline?agreement=%27%20OR%201%3D1--", 400, "is not a valid agreement")]
    [InlineData("/statements?page=-3", 400, "not a page number")]
    [InlineData("/api/records?from=yesterday", 400, "not a date we can read")]
    [InlineData("/api/records?kind=42", 400, "is not a kind of record")]
    [InlineData("/api/search", 400, "q is required")]
    [InlineData("/timeline.csv?from=Smarch+2024", 400, "not a date we can read")]
    [InlineData("/agreements/no-such-thing", 404, "Page not found")]
    [InlineData("/agreements/%3Cscript%3E", 404, "Page not found")]
    [InlineData("/meetings/..%2F..%2Fetc%2Fpasswd", 404, "Page not found")]
    [InlineData("/sources/unknown-source", 404, "Page not found")]
    [InlineData("/people/nobody", 404, "Page not found")]
    [InlineData("/no/such/page", 404, "Page not found")]
    [InlineData("/api/records/no-such-record", 404, "Not Found")]
    [InlineData("/api/agreements/no-such-agreement", 404, "Not Found")]
    public async Task Answers_with_a_clear_client_error(string path, int status, string message)
    {
        var response = await fixture.App.CreateClient().GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Contains(message, body);
        Assert.DoesNotContain("<script>alert", body);
    }

    [Fact]
    public async Task An_over_long_search_is_refused_with_a_message()
    {
        var response = await fixture.App.CreateClient().GetAsync("/search?q=" + new string('a', 300));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("at most 200 characters", await response.Content.ReadAsStringAsync());
    }
}
