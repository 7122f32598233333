using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using PolicyTracker.Core.Sources;
using PolicyTracker.Core.Common;
using PolicyTracker.Core.Data;
using PolicyTracker.Core.Meetings;
using PolicyTracker.Core.Publication;
using PolicyTracker.Core.Records;
using PolicyTracker.Tests.Infrastructure;

namespace PolicyTracker.Tests.PublicSite;

/// <summary>
/// Evictions recorded: a save evicts the cached pages that show what it changed, when the public can see it, and only
/// then. Draft work, pending changes of live records and previews leave the readers' cache alone; a publication,
/// correction or retraction evicts the listings, the record's own pages and the pages of the records shown with it
/// (in either direction, including a link the save removed), and no other record's page.
/// </summary>
public class CacheEvictionTests : IAsyncLifetime
{
    private readonly RecordingPublicContentCache cache = new();
    private TestDatabase database = null!;
    private Guid source;

    public async Task InitializeAsync()
    {
        database = await TestDatabase.WithSampleDataAsync(DatabaseProvider.Postgres, "eviction");
        await using var db = database.CreateContext();
        source = (await db.Sources.SingleAsync(s => s.Slug == "rnz-nz-joins-pipir")).Id;
    }

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task Creating_saving_submitting_and_deleting_a_cited_draft_evicts_nothing()
    {
        await using var session = database.Edit(publicCache: cache);
        var draft = CitedEvent("A cited draft");

        var id = await session.Editor.CreateAsync(draft);
        draft.Summary = "Changed while a draft.";
        draft.Citations.Add(new CitationDraft { SourceId = source, Pinpoint = "another pinpoint", PinpointKind = PinpointKind.Paraphrase });
        await session.Editor.SaveAsync(id, 1, draft);
        await session.Editor.SubmitForReviewAsync(id, 2);
        await session.Editor.ReturnToDraftAsync(id, 3);
        await session.Editor.DeleteAsync(id, 4);
        await session.Editor.UndeleteAsync(id, 5);

        Assert.Empty(cache.Evictions);
    }

    [Fact]
    public async Task A_preview_evicts_nothing_and_publishing_evicts_the_listings_the_record_and_its_agreements_pages()
    {
        await using var session = database.Edit(publicCache: cache);
        var draft = CitedEvent("A previewed draft");
        draft.AgreementIds.Add(await IdOfAsync("pipir"));
        var id = await session.Editor.CreateAsync(draft);
        await session.Editor.SubmitForReviewAsync(id, 1);
        var records = new RecordQueries(session.Db, TimeProvider.System);

        await session.Editor.PreviewAsync(id, (kind, slug) => records.FindPublishedAsync(kind, slug));
        Assert.Empty(cache.Evictions);

        await session.Editor.PublishAsync(id, 2);
        var evicted = Assert.Single(cache.Evictions);
        Assert.Equal((await PagesOfAsync("pipir")).Append(PublicContentTags.Record(id)).Order(), evicted.Order());
    }

    [Fact]
    public async Task A_pending_change_of_a_live_record_evicts_nothing_until_it_is_published()
    {
        await using var session = database.Edit(publicCache: cache);
        var pipir = await IdOfAsync("pipir");
        var opened = await session.Editor.OpenAsync(pipir);
        opened.Draft.Summary += " A pending sentence.";
        opened.Draft.Citations.Add(new CitationDraft { SourceId = source, Pinpoint = "a pending pinpoint", PinpointKind = PinpointKind.Paraphrase });

        await session.Editor.SaveAsync(pipir, opened.Version, opened.Draft);
        await session.Editor.SubmitForReviewAsync(pipir, opened.Version + 1);
        await session.Editor.PreviewAsync(pipir, (kind, slug) => new RecordQueries(session.Db, TimeProvider.System).FindPublishedAsync(kind, slug));
        Assert.Empty(cache.Evictions);

        await session.Editor.PublishAsync(pipir, opened.Version + 2, "Added a sentence and its source.");
        Assert.Single(cache.Evictions);
    }

    [Fact]
    public async Task Discarding_a_pending_change_evicts_nothing_and_retracting_evicts_the_record_and_the_pages_that_show_it()
    {
        await using var session = database.Edit(publicCache: cache);
        var id = await IdOfAsync("pipir-first-meeting-honolulu");
        var opened = await session.Editor.OpenAsync(id);
        opened.Draft.Title += " (pending)";
        await session.Editor.SaveAsync(id, opened.Version, opened.Draft);
        await session.Editor.DiscardPendingAsync(id, opened.Version + 1);
        Assert.Empty(cache.Evictions);

        await session.Editor.RetractAsync(id, opened.Version + 2, "Test retraction.");
        var evicted = Assert.Single(cache.Evictions);
        Assert.Equal(await PagesOfAsync("pipir-first-meeting-honolulu", "pipir"), evicted.Order());
    }

    [Fact]
    public Task Correcting_a_count_evicts_the_count_it_is_part_of_and_its_agreement_and_no_other_record_page() =>
        AssertCorrectionEvictsAsync(
            "mod-mfat-aukus-meetings-2025", draft => draft.Title += " (corrected)",
            "nz-officials-aukus-meetings-2024-2025", "aukus-pillar-two");

    [Fact]
    public Task Correcting_a_record_an_oia_release_brought_to_light_evicts_the_release_page() =>
        AssertCorrectionEvictsAsync(
            "officials-deliberate-approach-pillar-two", draft => draft.Summary += " Corrected.",
            "aukus-pillar-two", "mod-releases-aukus-pillar-ii-briefing");

    [Fact]
    public async Task Correcting_an_agreement_evicts_every_page_that_names_it_in_either_direction()
    {
        await using var session = database.Edit(publicCache: cache);

        await session.Editor.CorrectAsync(await IdOfAsync("pipir"), draft => draft.Title += " (corrected)");

        var evicted = Assert.Single(cache.Evictions);
        var expected = await PagesOfAsync(
            "pipir",
            "statement-of-principles", // the agreement PIPIR itself is about
            "pipir-first-meeting-honolulu", "collins-confirms-pipir", // records about PIPIR
            "pipir-co-production", // a workstream of PIPIR
            "oia-pipir-briefings-to-rnz"); // an OIA release that brought PIPIR to light
        Assert.Subset(evicted.ToHashSet(), expected.ToHashSet());
        Assert.DoesNotContain(PublicContentTags.Everything, evicted);
        foreach (var unrelated in await PagesOfAsync("ntib", "aukus-pillar-two", "mod-mfat-aukus-meetings-2025", "nz-included-in-ntib"))
        {
            Assert.DoesNotContain(unrelated, evicted.Where(tag => tag != PublicContentTags.Listings));
        }
    }

    [Fact]
    public async Task Moving_a_record_to_another_agreement_evicts_the_page_it_left_as_well_as_the_one_it_joined()
    {
        var (pipir, ntib) = (await IdOfAsync("pipir"), await IdOfAsync("ntib"));

        await AssertCorrectionEvictsAsync("collins-confirms-pipir", draft =>
        {
            Assert.Contains(pipir, draft.AgreementIds);
            draft.AgreementIds.Remove(pipir);
            draft.AgreementIds.Add(ntib);
        }, "pipir", "ntib");
    }

    [Fact]
    public Task Taking_a_count_out_of_its_whole_evicts_the_whole_it_left() =>
        AssertCorrectionEvictsAsync(
            "mod-mfat-aukus-meetings-2025", draft => ((MeetingFields)draft.Fields).PartOfId = null,
            "nz-officials-aukus-meetings-2024-2025", "aukus-pillar-two");

    [Fact]
    public async Task A_change_to_a_published_person_evicts_every_public_page()
    {
        await using var session = database.Edit(publicCache: cache);
        var person = await session.Db.People.FirstAsync(p => p.State == PublicationState.Published);

        person.Name += " (corrected)";
        await session.Db.SaveChangesAsync();

        Assert.Equal([PublicContentTags.Everything], Assert.Single(cache.Evictions));
    }

    [Fact]
    public async Task The_links_followed_are_read_from_the_model_so_none_is_missed()
    {
        await using var db = database.CreateContext();

        var links = RecordNeighbours.LinksIn(db.Model).Select(link => $"{link.Holder.ShortName()}: {link.From} -> {link.To}");

        // Each is also followed in a test above, by correcting a record at one of its ends.
        Assert.Equal(
            ["Meeting: Id -> PartOfId", "OiaReleaseRevealedRecords: OiaReleaseId -> RecordId", "RecordAgreements: AgreementId -> RecordId", "Workstream: Id -> AgreementId"],
            links.Order());
    }

    /// <summary>Publishes <paramref name="change"/> to a record as a correction: one eviction, of exactly the listings, its page and <paramref name="alsoShownOn"/>.</summary>
    private async Task AssertCorrectionEvictsAsync(string slug, Action<RecordContent> change, params string[] alsoShownOn)
    {
        await using var session = database.Edit(publicCache: cache);

        await session.Editor.CorrectAsync(await IdOfAsync(slug), change);

        Assert.Equal(await PagesOfAsync([slug, .. alsoShownOn]), Assert.Single(cache.Evictions).Order());
    }

    private async Task<Guid> IdOfAsync(string slug)
    {
        await using var db = database.CreateContext();
        return await db.Records.Where(r => r.Slug == slug).Select(r => r.Id).SingleAsync();
    }

    /// <summary>The tags of the listings and of these records' pages, in order.</summary>
    private async Task<List<string>> PagesOfAsync(params string[] slugs)
    {
        var tags = new List<string> { PublicContentTags.Listings };
        foreach (var slug in slugs)
        {
            tags.Add(PublicContentTags.Record(await IdOfAsync(slug)));
        }

        return tags.Order().ToList();
    }

    private RecordContent CitedEvent(string title)
    {
        var draft = RecordContent.Empty(RecordKind.Event);
        draft.Title = title;
        draft.Slug = $"{Slugs.FromTitle(title)}-{Guid.NewGuid():N}";
        draft.Summary = "Something happened.";
        draft.Date = FuzzyDate.Parse("March 2025");
        draft.Citations.Add(new CitationDraft { SourceId = source, Pinpoint = "a pinpoint", PinpointKind = PinpointKind.Paraphrase });
        return draft;
    }
}
