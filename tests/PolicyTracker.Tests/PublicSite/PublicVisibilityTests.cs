using System.Net;
using PolicyTracker.Core.Common;
using PolicyTracker.Core.Records;
using PolicyTracker.Tests.Infrastructure;
using PolicyTracker.Web.Components.Shared;

namespace PolicyTracker.Tests.PublicSite;

/// <summary>
/// Route × state: a record of every kind in every state, and every public route checked for what it shows.
/// Only published records are shown; retracted ones leave a notice (title, no text); internal notes never show.
/// </summary>
public class PublicVisibilityTests(PublicVisibilityTests.Fixture fixture) : IClassFixture<PublicVisibilityTests.Fixture>
{
    public enum Visibility
    {
        Draft,
        InReview,
        Published,
        Retracted,
        Deleted,
    }

    public sealed class Fixture : IAsyncLifetime
    {
        private readonly PostgresAppFixture app = new();

        public PolicyTrackerApp App => app.App;

        public static IEnumerable<(RecordKind Kind, Visibility Visibility, string Slug)> Records =>
            from kind in Enum.GetValues<RecordKind>()
            from visibility in Enum.GetValues<Visibility>()
            select (kind, visibility, $"matrix-{kind}-{visibility}".ToLowerInvariant());

        public async Task InitializeAsync()
        {
            await app.InitializeAsync();
            await App.ChangeAsync(async (_, db) =>
            {
                var retracted = new List<TrackedRecord>();
                foreach (var (kind, visibility, slug) in Records)
                {
                    // A retracted record was published first: the public sees a notice only for what it once saw.
                    var record = TestRecords.Create(db, kind, slug, visibility switch
                    {
                        Visibility.Draft => PublicationState.Draft,
                        Visibility.InReview => PublicationState.InReview,
                        _ => PublicationState.Published,
                    });
                    if (visibility == Visibility.Retracted)
                    {
                        retracted.Add(record);
                    }

                    record.Date = FuzzyDate.Parse("March 2025");
                    if (visibility == Visibility.Deleted)
                    {
                        record.DeletedAt = DateTime.UtcNow;
                    }

                    db.Add(record);
                }

                await db.SaveChangesAsync();
                retracted.ForEach(record => record.State = PublicationState.Retracted);
                await db.SaveChangesAsync();
            });
        }

        public Task DisposeAsync() => app.DisposeAsync();
    }

    public static TheoryData<string> ListingRoutes =>
    [
        "/",
        "/timeline?from=2025-03&to=2025-03",
        "/timeline?agreement=pipir&from=2025",
        "/timeline?person=judith-collins&from=2025",
        "/statements",
        "/meetings",
        "/agreements",
        "/agreements/pipir",
        "/people/judith-collins",
        "/sources/rnz-nz-joins-pipir",
        "/search?q=quokkasummary",
        "/sitemap.xml",
        "/feed.atom",
        "/timeline.csv?from=2025-03&to=2025-03",
        "/api/records?from=2025-03&to=2025-03",
        "/api/agreements",
        "/api/agreements/pipir",
        "/api/search?q=quokkasummary",
        "/api/sources/rnz-nz-joins-pipir",
    ];

    [Theory]
    [MemberData(nameof(ListingRoutes))]
    public async Task A_listing_shows_published_records_only(string route)
    {
        var response = await fixture.App.CreateClient().GetAsync(route);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("secretnote", body);
        foreach (var (kind, visibility, slug) in Fixture.Records)
        {
            if (visibility == Visibility.Published && Lists(route, kind))
            {
                Assert.Contains(slug, body);
            }
            else if (visibility != Visibility.Published)
            {
                Assert.DoesNotContain($"Summary {slug}", body);
                Assert.DoesNotContain($"Quotation {slug}", body);
                if (visibility != Visibility.Retracted)
                {
                    Assert.DoesNotContain(slug, body);
                }
            }
        }
    }

    public static TheoryData<string, string, int> DetailRoutes()
    {
        var data = new TheoryData<string, string, int>();
        foreach (var (kind, visibility, slug) in Fixture.Records)
        {
            var (page, api) = visibility switch
            {
                Visibility.Published => (200, 200),
                Visibility.Retracted => (410, 410),
                _ => (404, 404),
            };
            data.Add(Paths.Record(kind, slug), slug, page);
            data.Add(kind == RecordKind.Agreement ? $"/api/agreements/{slug}" : $"/api/records/{slug}", slug, kind == RecordKind.Agreement && api == 410 ? 404 : api);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(DetailRoutes))]
    public async Task A_detail_page_is_shown_only_when_published(string route, string slug, int expectedStatus)
    {
        var response = await fixture.App.CreateClient(new() { AllowAutoRedirect = false }).GetAsync(route);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(expectedStatus, (int)response.StatusCode);
        Assert.DoesNotContain("secretnote", body);
        if (expectedStatus == 200)
        {
            Assert.Contains($"Summary {slug}", body);
        }
        else
        {
            Assert.DoesNotContain($"Summary {slug}", body);
            Assert.DoesNotContain($"Quotation {slug}", body);
        }

        if (expectedStatus == 410 && !route.StartsWith("/api"))
        {
            Assert.Contains("Retracted", body);
        }
    }

    // Which listing is expected to include a published record of this kind.
    private static bool Lists(string route, RecordKind kind) => route switch
    {
        "/statements" => kind == RecordKind.Statement,
        "/meetings" => kind == RecordKind.Meeting,
        "/agreements" or "/api/agreements" => kind == RecordKind.Agreement,
        "/" => kind == RecordKind.Agreement,
        "/agreements/pipir" or "/api/agreements/pipir" => kind is not RecordKind.Agreement,
        "/feed.atom" => true,
        _ => true,
    };
}
