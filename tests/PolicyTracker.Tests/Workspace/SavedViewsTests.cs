using System.Net;
using AngleSharp.Html.Parser;
using PolicyTracker.Core.Accounts;
using PolicyTracker.Tests.Accounts;

namespace PolicyTracker.Tests.Workspace;

/// <summary>Saved views on the workspace timeline: kept per user, opened by link, deleted; forms need antiforgery.</summary>
public class SavedViewsTests(AccountsFixture fixture) : IClassFixture<AccountsFixture>
{
    private const string Filtered = "/workspace/timeline?agreement=pipir&state=draft";

    [Fact]
    public async Task An_analyst_saves_the_current_filter_opens_it_by_link_and_deletes_it()
    {
        var (client, _) = await fixture.SignInAsync(AccountsFixture.EmailFor(Roles.Analyst), AccountsFixture.UserPassword);

        var saved = await PostFormAsync(client, Filtered, "save-view", new() { ["ViewName"] = "PIPIR drafts" });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var page = new HtmlParser().ParseDocument(await client.GetStringAsync("/workspace/timeline"));
        var link = page.QuerySelectorAll(".saved-view a").Single(a => a.TextContent == "PIPIR drafts");
        Assert.Equal("/workspace/timeline?agreement=pipir&state=draft", link.GetAttribute("href"));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(link.GetAttribute("href"))).StatusCode);

        var (editor, _) = await fixture.SignInAsync(AccountsFixture.EmailFor(Roles.Editor), AccountsFixture.UserPassword);
        Assert.DoesNotContain("PIPIR drafts", await editor.GetStringAsync("/workspace/timeline"));

        var id = page.QuerySelector(".saved-view button")!.GetAttribute("value")!;
        var deleted = await PostFormAsync(client, "/workspace/timeline", "delete-view", new() { ["DeleteId"] = id });
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.DoesNotContain("PIPIR drafts", await client.GetStringAsync("/workspace/timeline"));
    }

    [Fact]
    public async Task A_view_needs_a_name_and_the_form_needs_its_antiforgery_token()
    {
        var (client, _) = await fixture.SignInAsync(AccountsFixture.EmailFor(Roles.Analyst), AccountsFixture.UserPassword);

        var unnamed = await PostFormAsync(client, Filtered, "save-view", new() { ["ViewName"] = "  " });
        Assert.Equal(HttpStatusCode.OK, unnamed.StatusCode);
        Assert.Contains("Name is required.", await unnamed.Content.ReadAsStringAsync());

        var forged = await client.PostAsync(Filtered, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "save-view",
            ["ViewName"] = "Forged",
        }));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.DoesNotContain("Forged", await client.GetStringAsync("/workspace/timeline"));
    }

    /// <summary>Posts the named form of the page at <paramref name="url"/>, with its hidden fields (antiforgery token, handler).</summary>
    private static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string url, string formName, Dictionary<string, string> values)
    {
        var document = new HtmlParser().ParseDocument(await client.GetStringAsync(url));
        var form = document.QuerySelectorAll("form").Single(f => f.QuerySelector($"input[name=_handler][value={formName}]") is not null);
        var fields = form.QuerySelectorAll("input[type=hidden]").ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value") ?? "");
        foreach (var (key, value) in values)
        {
            fields[key] = value;
        }

        return await client.PostAsync(url, new FormUrlEncodedContent(fields));
    }
}
