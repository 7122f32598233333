using System.Net;
using System.Text.Json;
using PolicyTracker.Core.Accounts;
using PolicyTracker.Core.Common;
using PolicyTracker.Core.Records;
using PolicyTracker.Tests.Accounts;
using PolicyTracker.Tests.Infrastructure;

namespace PolicyTracker.Tests.Workspace;

public class WorkspaceExportTests(AccountsFixture fixture) : IClassFixture<AccountsFixture>
{
    [Fact]
    public async Task An_analyst_exports_the_drafts_of_one_agreement_which_the_public_never_gets()
    {
        await fixture.App.ChangeAsync(async (_, db) =>
        {
            db.Add(TestRecords.Create(db, RecordKind.Meeting, "export-draft-meeting", PublicationState.Draft));
            db.Add(TestRecords.Create(db, RecordKind.Event, "export-review-event", PublicationState.InReview));
            await db.SaveChangesAsync();
        });
        var (analyst, _) = await fixture.SignInAsync(AccountsFixture.EmailFor(Roles.Analyst), AccountsFixture.UserPassword);

        var csv = await analyst.GetStringAsync("/workspace/export.csv?agreement=pipir&state=draft");
        var json = JsonDocument.Parse(await analyst.GetStringAsync("/workspace/export.json?agreement=pipir&state=draft")).RootElement;
        var publicCsv = await fixture.App.CreateClient().GetStringAsync("/timeline.csv?agreement=pipir");

        var rows = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.EndsWith(",state", rows[0].TrimEnd('\r'));
        Assert.All(rows.Skip(1), row => Assert.EndsWith(",Draft", row.TrimEnd('\r')));
        Assert.Contains(rows, r => r.Contains("Title export-draft-meeting"));
        Assert.DoesNotContain("export-review-event", csv);
        var items = json.EnumerateArray().ToList();
        Assert.Contains(items, i => i.GetProperty("slug").GetString() == "export-draft-meeting");
        Assert.All(items, i => Assert.Equal("Draft", i.GetProperty("state").GetString()));
        Assert.Equal("March 2025", items.Single(i => i.GetProperty("slug").GetString() == "export-draft-meeting").GetProperty("date").GetProperty("text").GetString());
        Assert.DoesNotContain("export-draft-meeting", publicCsv);
    }

    [Fact]
    public async Task An_unreadable_filter_is_refused_with_the_reason()
    {
        var (analyst, _) = await fixture.SignInAsync(AccountsFixture.EmailFor(Roles.Analyst), AccountsFixture.UserPassword);

        var response = await analyst.GetAsync("/workspace/export.csv?state=lost&from=31+February+2024");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("not a state", body);
        Assert.Contains("not a date on the calendar", body);
    }
}
