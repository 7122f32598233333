using System.Net;
using Microsoft.EntityFrameworkCore;
using PolicyTracker.Core.Common;
using PolicyTracker.Core.People;
using PolicyTracker.Core.Records;
using PolicyTracker.Core.Statements;
using PolicyTracker.Tests.Infrastructure;

namespace PolicyTracker.Tests.PublicSite;

/// <summary>
/// Nothing unpublished leaks through what is published: a draft speaker, speaking organisation or role organisation
/// is named nowhere public, a draft's slug in a public filter answers like an unknown one, and the editor will not
/// publish a record that names a draft.
/// </summary>
public class UnpublishedLinksTests(UnpublishedLinksTests.Fixture fixture) : IClassFixture<UnpublishedLinksTests.Fixture>
{
    private const string DraftPerson = "Quagga Draftperson";
    private const string DraftOrganisation = "Quagga Draftorganisation";

    public sealed class Fixture : IAsyncLifetime
    {
        private readonly PostgresAppFixture app = new();

        public PolicyTrackerApp App => app.App;

        public Guid DraftPersonId { get; private set; }

        public async Task InitializeAsync()
        {
            await app.InitializeAsync();
            await using var db = App.Database.CreateContext();
            var person = new Person { Slug = "quagga-draftperson", Name = DraftPerson, State = PublicationState.Draft };
            var organisation = new Organisation { Slug = "quagga-draftorganisation", Name = DraftOrganisation, State = PublicationState.Draft };
            var published = new Person
            {
                Slug = "published-person-with-draft-role", Name = "Published Person", State = PublicationState.Published,
                Roles = [new PersonRole { Title = "Adviser", Organisation = organisation }],
            };
            db.AddRange(person, organisation, published);
            // Written past the editor, as a record published before its speaker was unpublished would be.
            var bySpeaker = (Statement)TestRecords.Create(db, RecordKind.Statement, "said-by-a-draft-person", PublicationState.Published);
            bySpeaker.Speaker = person;
            var byOrganisation = (Statement)TestRecords.Create(db, RecordKind.Statement, "said-by-a-draft-organisation", PublicationState.Published);
            (byOrganisation.Speaker, byOrganisation.SpeakingOrganisation) = (null, organisation);
            db.AddRange(bySpeaker, byOrganisation);
            await db.SaveChangesAsync();
            DraftPersonId = person.Id;
        }

        public Task DisposeAsync() => app.DisposeAsync();
    }

    [Theory]
    [InlineData("/timeline")]
    [InlineData("/statements")]
    [InlineData("/statements/said-by-a-draft-person")]
    [InlineData("/statements/said-by-a-draft-organisation")]
    [InlineData("/people/judith-collins")]
    [InlineData("/people/published-person-with-draft-role")]
    [InlineData("/people")]
    [InlineData("/api/records")]
    [InlineData("/api/records/said-by-a-draft-person")]
    [InlineData("/api/records/said-by-a-draft-organisation")]
    [InlineData("/api/people/published-person-with-draft-role")]
    [InlineData("/timeline.csv")]
    [InlineData("/feed.atom")]
    [InlineData("/search?q=said")]
    [InlineData("/sitemap.xml")]
    public async Task A_draft_speaker_speaking_organisation_or_role_organisation_is_named_nowhere_public(string path)
    {
        var body = await fixture.App.CreateClient().GetStringAsync(path);

        Assert.DoesNotContain("Quagga", body);
        Assert.DoesNotContain("quagga", body);
    }

    [Theory]
    [InlineData("/api/records?person=quagga-draftperson", "/api/records?person=no-such-person")]
    [InlineData("/timeline?person=quagga-draftperson", "/timeline?person=no-such-person")]
    public async Task A_draft_slug_in_a_public_filter_answers_as_an_unknown_one_does(string draft, string unknown)
    {
        var client = fixture.App.CreateClient();

        var forDraft = await client.GetAsync(draft);
        var forUnknown = await client.GetAsync(unknown);

        Assert.Equal(forUnknown.StatusCode, forDraft.StatusCode);
        Assert.Equal(
            Comparable(await forUnknown.Content.ReadAsStringAsync(), "no-such-person"),
            Comparable(await forDraft.Content.ReadAsStringAsync(), "quagga-draftperson"));
    }

    /// <summary>The body with the slug asked for made neutral, less what differs on every rendering.</summary>
    private static string Comparable(string body, string slug) => RenderedPage.WithoutRenderingNoise(body.Replace(slug, "SLUG"));

    [Fact]
    public async Task Publishing_a_statement_whose_speaker_is_a_draft_is_refused_naming_the_speaker()
    {
        await fixture.App.EditAsync(async editor =>
        {
            await using var db = fixture.App.Database.CreateContext();
            var links = await KindSamples.LinksAsync(db);
            var content = KindSamples.Publishable(RecordKind.Statement, "Said by a draft speaker through the editor", links);
            content.FieldsOf<StatementFields>().SpeakerId = fixture.DraftPersonId;
            var id = await editor.CreateAsync(content);
            await editor.SubmitForReviewAsync(id, 1);

            var error = await Assert.ThrowsAsync<ValidationException>(() => editor.PublishAsync(id, 2));

            Assert.Contains(error.Problems, p => p.Message.Contains($"person \"{DraftPerson}\", which is not published"));
            Assert.Equal(PublicationState.InReview, (await db.Records.AsNoTracking().SingleAsync(r => r.Id == id)).State);
        });
    }
}
