using System.Text;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using PolicyTracker.Core.Publication;
using PolicyTracker.Tests.Infrastructure;
using PolicyTracker.Web.Caching;

namespace PolicyTracker.Tests.PublicSite;

/// <summary>
/// The race a single eviction loses: a page rendered from the database just before a save landed is stored just
/// after the save's eviction. The second eviction, a few seconds on, takes it out.
/// </summary>
public class SecondEvictionTests
{
    [Fact]
    public async Task A_page_stored_from_old_data_just_after_the_eviction_is_evicted_again_a_few_seconds_later()
    {
        var store = new ServiceCollection().AddOptions().AddOutputCache().BuildServiceProvider().GetRequiredService<IOutputCacheStore>();
        var clock = new FakeTimeProvider();
        var cache = new OutputCachePublicContent(store, clock, TimeSpan.FromSeconds(5), NullLogger<OutputCachePublicContent>.Instance);
        var record = PublicContentTags.Record(Guid.NewGuid());

        await cache.InvalidateAsync([PublicContentTags.Listings, record], CancellationToken.None);
        // The slow rendering that read the record before the save lands now, under the record's tag.
        await store.SetAsync("/events/slow", Encoding.UTF8.GetBytes("the old title"), [PublicContentTags.Everything, record], TimeSpan.FromMinutes(30), CancellationToken.None);
        await store.SetAsync("/agreements/other", Encoding.UTF8.GetBytes("another page"), [PublicContentTags.Everything, PublicContentTags.Record(Guid.NewGuid())], TimeSpan.FromMinutes(30), CancellationToken.None);

        clock.Advance(TimeSpan.FromSeconds(4));
        await Task.Delay(200);
        Assert.NotNull(await store.GetAsync("/events/slow", CancellationToken.None));

        clock.Advance(TimeSpan.FromSeconds(1));
        await Eventually.TrueAsync(
            async () => await store.GetAsync("/events/slow", CancellationToken.None) is null, TimeSpan.FromSeconds(5),
            "the stale page to be evicted again");

        Assert.NotNull(await store.GetAsync("/agreements/other", CancellationToken.None));
    }
}
