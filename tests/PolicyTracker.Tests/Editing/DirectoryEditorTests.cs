using Microsoft.EntityFrameworkCore;
using PolicyTracker.Core.Common;
using PolicyTracker.Core.Data;
using PolicyTracker.Core.Editing;
using PolicyTracker.Core.History;
using PolicyTracker.Core.People;
using PolicyTracker.Core.Records;
using PolicyTracker.Core.Sources;
using PolicyTracker.Tests.Infrastructure;

namespace PolicyTracker.Tests.Editing;

/// <summary>People, organisations, countries and sources: saved with revisions, checked, conflict-safe, soft-deleted.</summary>
public class DirectoryEditorTests : IAsyncLifetime
{
    private TestDatabase database = null!;

    public async Task InitializeAsync() => database = await TestDatabase.WithSampleDataAsync(DatabaseProvider.Postgres, "directory");

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task An_editor_adds_and_changes_a_source_and_each_save_is_a_revision()
    {
        await using var db = database.CreateContext(TestActor.Editor());
        var editor = new DirectoryEditor(db, TestActor.Editor(), TimeProvider.System);
        var edit = new SourceEdit { Content = { Title = "Select committee report", Url = "https://example.org/report", ReliabilityReason = "Parliamentary record" } };

        var id = await editor.SaveAsync<Source, SourceEdit>(null, 0, edit, null, PublicationState.Published, "Check the appendix");
        edit.Content.Outlet = "New Zealand Parliament";
        await editor.SaveAsync<Source, SourceEdit>(id, 1, edit, "select-committee-report", PublicationState.Published, null);

        var saved = await db.Sources.SingleAsync(s => s.Id == id);
        Assert.Equal("New Zealand Parliament", saved.Outlet);
        Assert.Equal(2, saved.Version);
        Assert.Equal([RevisionAction.Published, RevisionAction.Updated], await db.Revisions.Where(r => r.EntityId == id).OrderBy(r => r.Number).Select(r => r.Action).ToListAsync());
    }

    [Fact]
    public async Task A_wikidata_identifier_is_kept_bare_whether_typed_or_pasted_and_anything_else_is_refused_changing_nothing()
    {
        await using var db = database.CreateContext(TestActor.Editor());
        var editor = new DirectoryEditor(db, TestActor.Editor(), TimeProvider.System);
        var id = await editor.SaveAsync<Country, CountryDraft>(null, 0, new CountryDraft { Name = "Fiji", IsoCode = "FJ", WikidataId = "https://www.wikidata.org/wiki/q712" }, null, PublicationState.Published, null);
        Assert.Equal("Q712", (await db.Countries.SingleAsync(c => c.Id == id)).WikidataId);
        var person = await editor.SaveAsync<Person, PersonDraft>(null, 0, new PersonDraft { Name = "A person with an item", WikidataId = " q42 " }, null, PublicationState.Draft, null);
        Assert.Equal("Q42", (await db.People.SingleAsync(p => p.Id == person)).WikidataId);

        foreach (var bad in new[] { "664", "Q0664", "Q12a", "P31", "<script>alert(1)</script>", "https://example.org/wiki/Q1", "Q" + new string('9', 300) })
        {
            var refused = await Assert.ThrowsAsync<ValidationException>(() =>
                editor.SaveAsync<Organisation, OrganisationDraft>(null, 0, new OrganisationDraft { Name = "Refused organisation", WikidataId = bad }, null, PublicationState.Draft, null));
            var problem = Assert.Single(refused.Problems);
            Assert.Equal("Wikidata", problem.Field);
            Assert.Contains("is not a Wikidata identifier", problem.Message);
            Assert.True(problem.Message.Length < 300, problem.Message);
        }

        Assert.False(await db.Organisations.AnyAsync(o => o.Name == "Refused organisation"));
    }

    [Fact]
    public async Task A_second_source_for_the_same_page_is_refused_naming_the_first_and_nothing_is_saved()
    {
        await using var db = database.CreateContext(TestActor.Editor());
        var editor = new DirectoryEditor(db, TestActor.Editor(), TimeProvider.System);
        var existing = await db.Sources.AsNoTracking().SingleAsync(s => s.Url == "https://www.rnz.co.nz/news/top/543889/military-tech-moves-lots-of-talk-and-lots-of-drones");
        var count = await db.Sources.CountAsync();
        var copy = new SourceEdit
        {
            Content =
            {
                Title = "Military tech moves", ReliabilityReason = "Public broadcaster",
                Url = "http://rnz.co.nz/news/top/543889/military-tech-moves-lots-of-talk-and-lots-of-drones/?utm_source=feed",
            },
        };

        var refused = await Assert.ThrowsAsync<ValidationException>(() =>
            editor.SaveAsync<Source, SourceEdit>(null, 0, copy, null, PublicationState.Draft, null));

        var problem = Assert.Single(refused.Problems, p => p.Field == "URL");
        Assert.Contains($"already in the tracker as the source \"{existing.Title}\"", problem.Message);
        Assert.Equal(count, await db.Sources.CountAsync());
        // The source itself keeps its own address when saved again.
        var own = SourceEdit.From(existing);
        await editor.SaveAsync<Source, SourceEdit>(existing.Id, existing.Version, own, existing.Slug, existing.State, null);
    }

    /// <summary>
    /// A title losing focus just as the database goes away: the lookup finds nothing rather than failing, which took the
    /// whole editor form down in a loaded end-to-end run (its app log: "55000 … not currently accepting connections"
    /// thrown from RecordsLikeAsync, unhandled in the circuit).
    /// </summary>
    [Fact]
    public async Task A_lookup_while_the_database_is_away_finds_nothing_and_does_not_fail()
    {
        await using var db = database.CreateContext(TestActor.Editor());
        await using var similar = new SimilarEntries(db, TestActor.Editor());
        Assert.NotEmpty(await similar.RecordsLikeAsync(RecordKind.Meeting, "PIPIR's first meeting in Honolulu", null));

        await using (await PostgresServer.Instance.TakeOfflineAsync(database.ConnectionString))
        {
            Assert.Empty(await similar.RecordsLikeAsync(RecordKind.Meeting, "PIPIR's first meeting in Honolulu", null));
            Assert.Empty(await similar.SourcesLikeAsync("https://rnz.co.nz/news/top/543889/military-tech-moves-lots-of-talk-and-lots-of-drones", null));
        }
    }

    /// <summary>
    /// A title and an address losing focus one after the other start two lookups; on a busy server the second starts
    /// before the first ends, and a context running two operations at once throws (an end-to-end journey failed so).
    /// </summary>
    [Fact]
    public async Task Lookups_started_together_each_get_their_answer()
    {
        await using var db = database.CreateContext(TestActor.Editor());
        await using var similar = new SimilarEntries(db, TestActor.Editor());

        var byTitle = similar.SourcesLikeAsync(null, "Military tech moves: lots of talk and lots of drones");
        var byAddress = similar.SourcesLikeAsync("https://rnz.co.nz/news/top/543889/military-tech-moves-lots-of-talk-and-lots-of-drones", null);
        var records = similar.RecordsLikeAsync(RecordKind.Meeting, "PIPIR's first meeting in Honolulu", null);
        await Task.WhenAll(byTitle, byAddress, records);

        Assert.Contains(await byAddress, s => s.SameAddress);
        Assert.NotEmpty(await records);
    }

    [Fact]
    public async Task Sources_like_a_new_one_are_offered_by_address_and_by_close_title_and_unused_drafts_are_listed()
    {
        await using var db = database.CreateContext(TestActor.Editor());
        var similar = new SimilarEntries(db, TestActor.Editor());
        var byAddress = await similar.SourcesLikeAsync("https://rnz.co.nz/news/top/543889/military-tech-moves-lots-of-talk-and-lots-of-drones#top", "Something else");
        var match = Assert.Single(byAddress);
        Assert.True(match.SameAddress);

        var editor = new DirectoryEditor(db, TestActor.Editor(), TimeProvider.System);
        var id = await editor.SaveAsync<Source, SourceEdit>(
            null, 0, new SourceEdit { Content = { Title = "Briefing to the incoming Minister of Defence", ReliabilityReason = "Official" } }, null, PublicationState.Draft, null);
        var byTitle = await similar.SourcesLikeAsync(null, "Briefing to the Incoming Minister of Defence.");
        Assert.Contains(byTitle, s => s.Source.Id == id && !s.SameAddress);
        Assert.Empty(await similar.SourcesLikeAsync(null, "Briefing on wine exports"));

        var unused = await new DirectoryQueries(db).UnusedDraftSourcesAsync();
        Assert.Contains(unused, s => s.Id == id);
        Assert.DoesNotContain(unused, s => s.State == PublicationState.Published);
    }

    [Fact]
    public async Task A_slug_made_from_a_name_is_made_free_and_a_new_source_records_the_day_it_was_read()
    {
        await using var db = database.CreateContext(TestActor.Editor());
        var editor = new DirectoryEditor(db, TestActor.Editor(), TimeProvider.System);
        SourceEdit Report() => new() { Content = { Title = "Cabinet paper", ReliabilityReason = "Official document" } };

        var first = await editor.SaveAsync<Source, SourceEdit>(null, 0, Report(), null, PublicationState.Published, null);
        var second = await editor.SaveAsync<Source, SourceEdit>(null, 0, Report(), null, PublicationState.Published, null);
        var typed = await Assert.ThrowsAsync<ValidationException>(() =>
            editor.SaveAsync<Source, SourceEdit>(null, 0, Report(), "cabinet-paper", PublicationState.Published, null));

        var slugs = await db.Sources.AsNoTracking().Where(s => s.Id == first || s.Id == second).OrderBy(s => s.Id).Select(s => s.Slug).ToListAsync();
        Assert.Equal(["cabinet-paper", "cabinet-paper-2"], slugs);
        Assert.Contains(typed.Problems, p => p.Field == "Slug" && p.Message.Contains("already taken"));
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        Assert.InRange((await db.Sources.AsNoTracking().SingleAsync(s => s.Id == first)).AccessedOn!.Value, today.AddDays(-1), today);
    }

    public static TheoryData<string> BadSources => ["javascript:alert(1)", "ftp://example.org/file", "<b>bold</b>"];

    [Theory]
    [MemberData(nameof(BadSources))]
    public async Task A_bad_source_is_refused_and_nothing_is_saved(string bad)
    {
        await using var db = database.CreateContext(TestActor.Editor());
        var editor = new DirectoryEditor(db, TestActor.Editor(), TimeProvider.System);
        var before = await db.Sources.CountAsync();
        var edit = new SourceEdit { Content = { Title = bad.StartsWith('<') ? bad : "A source", Url = bad.StartsWith('<') ? null : bad, ReliabilityReason = "Reason" } };

        await Assert.ThrowsAsync<ValidationException>(() => editor.SaveAsync<Source, SourceEdit>(null, 0, edit, null, PublicationState.Draft, null));

        Assert.Equal(before, await db.Sources.CountAsync());
    }

    [Fact]
    public async Task A_cited_source_cannot_be_deleted_but_an_unused_person_can_and_the_delete_can_be_undone()
    {
        await using var db = database.CreateContext(TestActor.Editor());
        var editor = new DirectoryEditor(db, TestActor.Editor(), TimeProvider.System);
        var cited = await db.Sources.AsNoTracking().FirstAsync(s => s.Citations.Any());

        await Assert.ThrowsAsync<ValidationException>(() => editor.DeleteAsync<Source>(cited.Id, cited.Version));

        var id = await editor.SaveAsync<Person, PersonDraft>(null, 0, new PersonDraft { Name = "A. N. Official" }, null, PublicationState.Draft, null);
        await editor.DeleteAsync<Person>(id, 1);
        Assert.False(await db.People.AnyAsync(p => p.Id == id));
        await editor.UndeleteAsync<Person>(id, 2);
        Assert.True(await db.People.AnyAsync(p => p.Id == id));
    }

    [Fact]
    public async Task A_second_save_of_the_same_version_is_a_conflict_and_the_first_survives()
    {
        await using var db = database.CreateContext(TestActor.Editor());
        var editor = new DirectoryEditor(db, TestActor.Editor(), TimeProvider.System);
        var id = await editor.SaveAsync<Country, CountryDraft>(null, 0, new CountryDraft { Name = "Fiji", IsoCode = "FJ" }, null, PublicationState.Draft, null);

        await editor.SaveAsync<Country, CountryDraft>(id, 1, new CountryDraft { Name = "Republic of Fiji", IsoCode = "FJ" }, "fiji", PublicationState.Draft, null);
        await Assert.ThrowsAsync<EditConflictException>(() =>
            editor.SaveAsync<Country, CountryDraft>(id, 1, new CountryDraft { Name = "Viti", IsoCode = "FJ" }, "fiji", PublicationState.Draft, null));

        Assert.Equal("Republic of Fiji", (await db.Countries.AsNoTracking().SingleAsync(c => c.Id == id)).Name);
    }

    [Fact]
    public async Task A_person_s_roles_are_added_changed_and_removed_with_the_person()
    {
        await using var db = database.CreateContext(TestActor.Editor());
        var editor = new DirectoryEditor(db, TestActor.Editor(), TimeProvider.System);
        var organisation = (await db.Organisations.AsNoTracking().FirstAsync()).Id;
        var draft = new PersonDraft
        {
            Name = "A. Minister",
            Roles =
            [
                new PersonRoleDraft { Title = "Associate Minister", From = FuzzyDate.Parse("2020"), To = FuzzyDate.Parse("2022") },
                new PersonRoleDraft { Title = "Minister", OrganisationId = organisation, From = FuzzyDate.Parse("2023") },
            ],
        };
        var id = await editor.SaveAsync<Person, PersonDraft>(null, 0, draft, null, PublicationState.Draft, null);

        var opened = await editor.OpenAsync<Person, PersonDraft>(id, PersonDraft.From);
        Assert.Equal(["Associate Minister", "Minister"], opened.Draft.Roles.Select(r => r.Title));
        opened.Draft.Roles.RemoveAt(0);
        opened.Draft.Roles[0].Title = "Minister of Defence";
        await editor.SaveAsync<Person, PersonDraft>(id, opened.Version, opened.Draft, opened.Slug, PublicationState.Draft, null);

        var roles = await db.People.AsNoTracking().Where(p => p.Id == id).SelectMany(p => p.Roles).ToListAsync();
        var role = Assert.Single(roles);
        Assert.Equal("Minister of Defence", role.Title);
        Assert.Equal(organisation, role.OrganisationId);
    }

    [Fact]
    public async Task A_role_without_a_title_or_ending_before_it_starts_or_at_an_unknown_organisation_is_refused()
    {
        await using var db = database.CreateContext(TestActor.Editor());
        var editor = new DirectoryEditor(db, TestActor.Editor(), TimeProvider.System);
        var draft = new PersonDraft
        {
            Name = "B. Official",
            Roles =
            [
                new PersonRoleDraft { Title = " " },
                new PersonRoleDraft { Title = "Envoy", From = FuzzyDate.Parse("2024"), To = FuzzyDate.Parse("2021") },
                new PersonRoleDraft { Title = "Adviser", OrganisationId = Guid.NewGuid() },
            ],
        };

        var error = await Assert.ThrowsAsync<ValidationException>(() =>
            editor.SaveAsync<Person, PersonDraft>(null, 0, draft, null, PublicationState.Draft, null));

        Assert.Equal(3, error.Problems.Count(p => p.Field == "Role"));
        Assert.False(await db.People.AnyAsync(p => p.Name == "B. Official"));
    }

    [Fact]
    public async Task An_invalid_country_code_is_refused()
    {
        await using var db = database.CreateContext(TestActor.Editor());
        var editor = new DirectoryEditor(db, TestActor.Editor(), TimeProvider.System);

        var error = await Assert.ThrowsAsync<ValidationException>(() =>
            editor.SaveAsync<Country, CountryDraft>(null, 0, new CountryDraft { Name = "Nowhere", IsoCode = "N1" }, null, PublicationState.Draft, null));

        Assert.Contains(error.Problems, p => p.Field == "ISO code");
    }

    [Fact]
    public async Task Analysts_cannot_write_to_the_directory()
    {
        var analyst = new TestActor("analyst@example.org", TestActor.AnalystRoles);
        await using var db = database.CreateContext(analyst);
        var editor = new DirectoryEditor(db, analyst, TimeProvider.System);
        var person = await db.People.AsNoTracking().FirstAsync();

        await Assert.ThrowsAsync<UnauthorizedAccessException>(() =>
            editor.SaveAsync<Person, PersonDraft>(null, 0, new PersonDraft { Name = "Intruder" }, null, PublicationState.Published, null));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => editor.DeleteAsync<Person>(person.Id, person.Version));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => editor.UndeleteAsync<Person>(person.Id, person.Version));
    }
}
