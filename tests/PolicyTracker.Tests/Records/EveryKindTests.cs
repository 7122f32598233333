using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PolicyTracker.Core.Common;
using PolicyTracker.Core.Data;
using PolicyTracker.Core.History;
using PolicyTracker.Core.Records;
using PolicyTracker.Tests.Infrastructure;
using PolicyTracker.Web.Components.Shared;

namespace PolicyTracker.Tests.Records;

/// <summary>
/// Every registered kind walked through what a record gets: the workflow, its public page, the API, the feed, the
/// sitemap, search, its history, and the dataset export and import. A new kind is covered by registering it.
/// </summary>
public class EveryKindTests(PostgresAppFixture fixture) : IClassFixture<PostgresAppFixture>
{
    [Fact]
    public async Task Every_kind_goes_from_draft_to_every_public_output_and_through_export_and_import()
    {
        KindSamples.SampleLinks links;
        await using (var db = fixture.App.Database.CreateContext())
        {
            links = await KindSamples.LinksAsync(db);
        }

        var walked = new Dictionary<RecordKind, (Guid Id, string Title, string Slug)>();
        foreach (var kind in RecordKinds.All.Select(k => k.Kind))
        {
            var title = $"Walk {kind} zebrafinch{kind.ToString().ToLowerInvariant()}";
            var content = KindSamples.Publishable(kind, title, links);
            Guid id = default;
            await fixture.App.EditAsync(async editor =>
            {
                id = await editor.PublishNewAsync(content);
            });
            walked[kind] = (id, title, content.Slug);
        }

        var client = fixture.App.CreateClient();
        var feed = await client.GetStringAsync("/feed.atom");
        var sitemap = await client.GetStringAsync("/sitemap.xml");
        foreach (var (kind, (id, title, slug)) in walked)
        {
            var path = Paths.Record(kind, slug);
            var page = await client.GetAsync(path);
            Assert.True(page.StatusCode == HttpStatusCode.OK, $"{kind}: {path} answered {(int)page.StatusCode}");
            Assert.Contains(title, await page.Content.ReadAsStringAsync());

            var api = await client.GetAsync($"/api/{(kind == RecordKind.Agreement ? "agreements" : "records")}/{slug}");
            Assert.True(api.StatusCode == HttpStatusCode.OK, $"{kind}: the API answered {(int)api.StatusCode}");
            Assert.Contains(title, await api.Content.ReadAsStringAsync());

            Assert.True(feed.Contains(title, StringComparison.Ordinal), $"{kind} is missing from the feed");
            Assert.True(sitemap.Contains(path, StringComparison.Ordinal), $"{kind} is missing from the sitemap");
            var search = await client.GetStringAsync($"/search?q=zebrafinch{kind.ToString().ToLowerInvariant()}");
            Assert.True(search.Contains($"href=\"{path}\"", StringComparison.Ordinal), $"{kind} is not found by search");

            await using var scope = fixture.App.Services.CreateAsyncScope();
            var history = await scope.ServiceProvider.GetRequiredService<RevisionQueries>().HistoryAsync(id);
            Assert.Equal(
                [RevisionAction.Created, RevisionAction.SubmittedForReview, RevisionAction.Published],
                history.OrderBy(r => r.Number).Select(r => r.Action));
            Assert.Equal(title, RevisionContent.After(history.MaxBy(r => r.Number)!)?.Title);
        }

        await using var target = await TestDatabase.MigratedAsync(DatabaseProvider.Postgres, "every-kind");
        await target.ImportDatasetAsync(await fixture.App.Database.ExportDatasetAsync());
        await using var imported = target.CreateContext();
        foreach (var (kind, (id, title, _)) in walked)
        {
            var record = await imported.Records.Include(r => r.Citations).SingleOrDefaultAsync(r => r.Id == id);
            Assert.True(record is not null, $"{kind} did not survive export and import");
            Assert.Equal((kind, title, PublicationState.Published), (record.Kind, record.Title, record.State));
            Assert.Single(record.Citations);
        }
    }
}
