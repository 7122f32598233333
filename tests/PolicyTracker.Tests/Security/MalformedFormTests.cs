using System.Net;
using System.Text;
using PolicyTracker.Core.Accounts;
using PolicyTracker.Tests.Accounts;

namespace PolicyTracker.Tests.Security;

/// <summary>
/// A form the server cannot read (a key over the framework's 2,048-character limit, a broken multipart body) is the
/// sender's fault: it is answered 400 wherever a form is posted, signed in or not, never 500.
/// </summary>
public class MalformedFormTests(AccountsFixture fixture) : IClassFixture<AccountsFixture>
{
    public static TheoryData<string> FormAddresses => new() { "/account/logout", "/account/login", "/account/forgot-password", "/workspace/records/new/meeting" };

    [Theory]
    [MemberData(nameof(FormAddresses))]
    public async Task A_form_key_of_3_KB_is_answered_400(string path)
    {
        var (client, _) = await fixture.SignInAsync(AccountsFixture.EmailFor(Roles.Editor), AccountsFixture.UserPassword);

        var response = await client.PostAsync(path, new StringContent(new string('k', 3 * 1024) + "=v", Encoding.ASCII, "application/x-www-form-urlencoded"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/account/login")]
    public async Task TRACE_is_not_answered(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Trace, path);
        request.Headers.Add("X-Echo-Me", "secret-header-value");

        var response = await fixture.App.CreateClient().SendAsync(request);

        Assert.False(response.IsSuccessStatusCode, $"TRACE {path} answered {response.StatusCode}");
        Assert.DoesNotContain("secret-header-value", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [MemberData(nameof(FormAddresses))]
    public async Task A_broken_multipart_body_is_answered_400(string path)
    {
        var (client, _) = await fixture.SignInAsync(AccountsFixture.EmailFor(Roles.Editor), AccountsFixture.UserPassword);
        var body = new StringContent("--edge\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nno closing boundary", Encoding.ASCII);
        body.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse("multipart/form-data; boundary=edge");

        var response = await client.PostAsync(path, body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
