using System.Net;
using System.Text;
using Microsoft.AspNetCore.Mvc.Testing;
using PolicyTracker.Core.Accounts;
using PolicyTracker.Core.Sources;
using PolicyTracker.Tests.Accounts;
using PolicyTracker.Tests.Infrastructure;

namespace PolicyTracker.Tests.Sources;

/// <summary>
/// An archived page is never served as a page of the site, where a script inside it would run as the site: the
/// workspace gives its raw bytes only as a download under a sandbox policy, and the public not at all.
/// </summary>
public class ArchivedCopyDownloadTests(AccountsFixture fixture) : IClassFixture<AccountsFixture>
{
    private const string Page = "<html><body><p>The archived words.</p><script>fetch('/workspace/users')</script></body></html>";

    [Fact]
    public async Task The_raw_copy_is_a_sandboxed_download_for_the_workspace_and_nothing_for_the_public()
    {
        var source = Guid.Empty;
        await fixture.App.ChangeAsync(async (_, db) =>
        {
            source = await TestRecords.PublishedSourceAsync(db, "https://example.org/archived-page");
            var copy = SourceCopy.Of(source, CopyOrigin.Fetched, Encoding.UTF8.GetBytes(Page), "The archived words.", new DateTime(2026, 12, 2, 0, 0, 0, DateTimeKind.Utc), "editor");
            copy.ContentType = "text/html";
            await new SourceArchive(db).AddCopyAsync(copy);
        });
        var path = $"/workspace/sources/{source}/archived-copy";
        var (analyst, _) = await fixture.SignInAsync(AccountsFixture.EmailFor(Roles.Analyst), AccountsFixture.UserPassword);

        using var download = await analyst.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(Page, await download.Content.ReadAsStringAsync());
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal($"archived-copy-{source:N}-20261202.html", download.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal("sandbox; default-src 'none'", download.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal(HttpStatusCode.NotFound, (await analyst.GetAsync($"/workspace/sources/{Guid.NewGuid()}/archived-copy")).StatusCode);

        using var reader = fixture.App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var refused = await reader.GetAsync(path);
        Assert.NotEqual(HttpStatusCode.OK, refused.StatusCode);
        Assert.DoesNotContain("archived words", await refused.Content.ReadAsStringAsync());
    }
}
