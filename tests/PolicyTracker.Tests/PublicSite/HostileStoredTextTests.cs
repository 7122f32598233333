using System.ServiceModel.Syndication;
using System.Xml;
using PolicyTracker.Core.Common;
using PolicyTracker.Core.Records;
using PolicyTracker.Tests.Infrastructure;

namespace PolicyTracker.Tests.PublicSite;

/// <summary>Input refuses control characters, but a value stored before that (or by hand) must not take an output down.</summary>
public class HostileStoredTextTests(PostgresAppFixture fixture) : IClassFixture<PostgresAppFixture>
{
    [Fact]
    public async Task The_feed_still_answers_when_a_published_title_holds_a_control_character()
    {
        await using (var db = fixture.App.Database.CreateContext())
        {
            // Written straight to the database, past the input checks, as an old row or a manual fix would be.
            db.Add(TestRecords.Create(db, RecordKind.Event, "control-character-title", PublicationState.Published, "Pasted\u0001 title\u000B with breaks"));
            await db.SaveChangesAsync();
        }

        using var response = await fixture.App.CreateClient().GetAsync("/feed.atom");

        Assert.True(response.IsSuccessStatusCode, $"/feed.atom answered {(int)response.StatusCode}");
        using var reader = XmlReader.Create(await response.Content.ReadAsStreamAsync());
        var feed = SyndicationFeed.Load(reader);
        Assert.Contains(feed.Items, i => i.Title.Text.Contains("Pasted title with breaks"));
    }
}
