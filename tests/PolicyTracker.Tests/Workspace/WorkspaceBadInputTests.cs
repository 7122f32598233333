using System.Net;
using PolicyTracker.Core.Accounts;
using PolicyTracker.Tests.Accounts;

namespace PolicyTracker.Tests.Workspace;

/// <summary>Unreadable workspace addresses get a 400 with a message, never a 500.</summary>
public class WorkspaceBadInputTests(AccountsFixture fixture) : IClassFixture<AccountsFixture>
{
    [Theory]
    [InlineData("/workspace/audit?page=abc")]
    [InlineData("/workspace/audit?page=0")]
    [InlineData("/workspace/audit?page=99999999999")]
    public async Task A_page_that_is_not_a_number_is_a_400_with_a_message(string path)
    {
        var (client, _) = await fixture.SignInAsync(AccountsFixture.EmailFor(Roles.Analyst), AccountsFixture.UserPassword);

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("is not a page number", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_second_page_of_the_audit_log_answers()
    {
        var (client, _) = await fixture.SignInAsync(AccountsFixture.EmailFor(Roles.Analyst), AccountsFixture.UserPassword);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/workspace/audit?page=2")).StatusCode);
    }
}
