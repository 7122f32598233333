using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using PolicyTracker.Core.Sources;
using PolicyTracker.Tests.Infrastructure;

namespace PolicyTracker.EndToEnd;

/// <summary>An editor adds a sourced meeting and takes it through review to the public site, in a real headless Chromium.</summary>
[Collection(BrowserCollection.Name)]
public class EditorJourneyTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task An_editor_adds_a_meeting_with_a_new_source_inline_and_publishes_it_to_the_public_page()
    {
        var page = await Fixture.NewPageAsync();
        var refused = BrowserFixture.ContentSecurityPolicyViolations(page);
        await BrowserFixture.SignInAsync(page, BrowserFixture.AdminEmail, BrowserFixture.AdminPassword, "/workspace/records/new/meetings");
        await page.GetByRole(AriaRole.Heading, new() { Name = "New meeting" }).WaitForAsync();

        // Saving with no title is refused, with the message next to the field.
        await page.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
        await page.Locator(".mud-input-control").Filter(new() { HasText = "Title is required." }).First.WaitForAsync();

        // A title close to a meeting already in the tracker is pointed out before anything is saved.
        await page.GetByLabel("Title").First.FillAsync("PIPIR's first meeting in Honolulu");
        await page.GetByLabel("Title").First.BlurAsync();
        await Assertions.Expect(page.Locator("[data-testid=similar-records]")).ToContainTextAsync("PIPIR's first meeting, Honolulu");
        await page.GetByLabel("Title").First.FillAsync("E2E inline-sourced meeting");
        await page.GetByLabel("Title").First.BlurAsync();
        await Assertions.Expect(page.Locator("[data-testid=similar-records]")).ToHaveCountAsync(0);
        await page.GetByLabel("Summary (in the tracker's own words)").FillAsync("Officials met to discuss supply-chain resilience.");
        await BrowserFixture.ChooseAsync(page, "Date: precision", "Month");
        await page.GetByLabel("Year").First.FillAsync("2025");
        await page.GetByLabel("Year").First.BlurAsync();
        await BrowserFixture.ChooseAsync(page, "Month", "March");
        await page.GetByLabel("Place").FillAsync("Wellington");

        await page.GetByRole(AriaRole.Button, new() { Name = "New source" }).First.ClickAsync();
        var newSource = page.Locator(".new-source");
        await newSource.GetByLabel("Title").FillAsync("E2E source report");
        await newSource.GetByLabel("Outlet").FillAsync("E2E Outlet");
        // The address of a source already in the tracker, pasted with tracking parameters: the existing one is offered.
        await newSource.GetByLabel("URL (http or https)").FillAsync("http://rnz.co.nz/article/55438393-c750-4cfa-b034-cc408c7c2629?utm_source=e2e");
        await newSource.GetByLabel("URL (http or https)").BlurAsync();
        await Assertions.Expect(page.Locator("[data-testid=similar-sources]")).ToContainTextAsync("(the same address)");
        await newSource.GetByLabel("URL (http or https)").FillAsync("https://example.org/e2e-report");
        await newSource.GetByLabel("URL (http or https)").BlurAsync();
        await Assertions.Expect(page.Locator("[data-testid=similar-sources]")).ToHaveCountAsync(0);
        await newSource.GetByLabel("Why this reliability").FillAsync("Checked against the original document.");
        await newSource.GetByRole(AriaRole.Button, new() { Name = "Add and cite this source" }).ClickAsync();
        var citation = page.Locator("[data-testid=record-citations] .citation-row");
        await Assertions.Expect(citation).ToHaveCountAsync(1);
        await citation.GetByLabel("Pinpoint (short quotation or paragraph)").FillAsync("officials met in Wellington");
        await page.ScreenshotAsync(new() { Path = Artifacts.Screenshot("30-editor-new-meeting"), FullPage = true });

        await page.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
        await page.WaitForURLAsync(url => System.Text.RegularExpressions.Regex.IsMatch(url, "/workspace/records/[0-9a-f-]{36}$"), new() { WaitUntil = WaitUntilState.Commit });
        await Assertions.Expect(page.Locator("[data-testid=record-state]")).ToHaveTextAsync("Draft");

        await page.GetByRole(AriaRole.Button, new() { Name = "Submit for review" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=record-state]")).ToHaveTextAsync("In review");
        // The writer cannot publish their own work; they leave a note for the reviewer instead.
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Publish" })).ToBeDisabledAsync();
        await Assertions.Expect(page.Locator("[data-testid=needs-approver]")).ToContainTextAsync("Another editor must publish this");
        await page.GetByLabel("Add a comment for the other editors").FillAsync("The pinpoint is in the third paragraph.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add comment" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=review-comments] .comment-text")).ToHaveTextAsync("The pinpoint is in the third paragraph.");

        // A second editor reads the note and publishes.
        var reviewer = await Fixture.NewPageAsync();
        await BrowserFixture.SignInAsync(reviewer, BrowserFixture.ReviewerEmail, BrowserFixture.ReviewerPassword, new Uri(page.Url).PathAndQuery);
        await Assertions.Expect(reviewer.Locator("[data-testid=review-comments]")).ToContainTextAsync(BrowserFixture.AdminEmail);
        await reviewer.GetByRole(AriaRole.Button, new() { Name = "Publish" }).ClickAsync();
        await Assertions.Expect(reviewer.Locator("[data-testid=record-state]")).ToHaveTextAsync("Published");
        await reviewer.ScreenshotAsync(new() { Path = Artifacts.Screenshot("31-editor-published"), FullPage = true });

        var reader = await Fixture.NewPageAsync(375, 800);
        var readerRefused = BrowserFixture.ContentSecurityPolicyViolations(reader);
        var response = await reader.GotoAsync("/meetings/e2e-inline-sourced-meeting");
        Assert.Equal(200, response!.Status);
        await reader.GetByRole(AriaRole.Heading, new() { Name = "E2E inline-sourced meeting" }).WaitForAsync();
        var source = reader.Locator("ol.sources-cited a.citation-source", new() { HasText = "E2E source report" });
        await source.WaitForAsync();
        Assert.Contains("officials met in Wellington", await reader.ContentAsync());
        await reader.ScreenshotAsync(new() { Path = Artifacts.Screenshot("32-public-meeting-with-citation"), FullPage = true });

        // The whole journey ran under the content security policies: nothing the workspace or the page needs was refused.
        Assert.Empty(refused);
        Assert.Empty(readerRefused);
    }

    [Fact]
    public async Task An_editor_adds_a_person_to_the_directory_with_a_message_next_to_a_missing_name()
    {
        var page = await Fixture.NewPageAsync();
        await BrowserFixture.SignInAsync(page, BrowserFixture.AdminEmail, BrowserFixture.AdminPassword, "/workspace/directory/people/new");

        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await page.Locator(".mud-input-control").Filter(new() { HasText = "Name is required." }).First.WaitForAsync();

        await page.GetByLabel("Name").First.FillAsync("E2E Person");
        await page.GetByLabel("Who they are").FillAsync("An official added in the end-to-end test.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await page.WaitForURLAsync(url => System.Text.RegularExpressions.Regex.IsMatch(url, "/workspace/directory/people/[0-9a-f-]{36}$"), new() { WaitUntil = WaitUntilState.Commit });

        await page.GotoAsync("/workspace/directory/people");
        await page.GetByRole(AriaRole.Link, new() { Name = "E2E Person" }).WaitForAsync();
        await page.ScreenshotAsync(new() { Path = Artifacts.Screenshot("33-directory-people"), FullPage = true });
    }

    [Fact]
    public async Task A_directory_form_whose_own_list_is_slow_to_load_waits_for_it_instead_of_querying_beside_it()
    {
        // A person's form loads the organisations to choose from, and an organisation's form the countries, besides the
        // entry itself; both once opened the entry on the circuit's context while the list was still being read, which a
        // context refuses ("a second operation was started"), taking the form down. Holding the list's table locked
        // keeps its query running long enough to see it every time.
        Guid person, organisation;
        await using (var db = Fixture.App.Database.CreateContext())
        {
            person = await db.People.Select(p => p.Id).FirstAsync();
            organisation = await db.Organisations.Select(o => o.Id).FirstAsync();
        }

        var page = await Fixture.NewPageAsync();
        await BrowserFixture.SignInAsync(page, BrowserFixture.AdminEmail, BrowserFixture.AdminPassword, "/workspace");
        foreach (var (address, lockList) in new[]
        {
            ($"/workspace/directory/people/{person}", """LOCK TABLE "Organisations" IN ACCESS EXCLUSIVE MODE"""),
            ($"/workspace/directory/organisations/{organisation}", """LOCK TABLE "Countries" IN ACCESS EXCLUSIVE MODE"""),
        })
        {
            await using (var holder = Fixture.App.Database.CreateContext())
            await using (var hold = await holder.Database.BeginTransactionAsync())
            {
                await holder.Database.ExecuteSqlRawAsync(lockList);
                await page.GotoAsync(address, new() { WaitUntil = WaitUntilState.Commit });
                await Task.Delay(TimeSpan.FromSeconds(2));
                await hold.CommitAsync();
            }

            await Assertions.Expect(page.GetByLabel("Name").First).Not.ToBeEmptyAsync();
        }

        Assert.DoesNotContain(Fixture.Log.Problems, problem => problem.Contains("A second operation was started on this context", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_refused_change_to_an_entry_keeps_what_the_editor_typed_beside_the_message()
    {
        Guid person;
        await using (var db = Fixture.App.Database.CreateContext())
        {
            person = await db.People.Select(p => p.Id).FirstAsync();
        }

        var page = await Fixture.NewPageAsync();
        await BrowserFixture.SignInAsync(page, BrowserFixture.AdminEmail, BrowserFixture.AdminPassword, $"/workspace/directory/people/{person}");
        var name = page.GetByLabel("Name").First;
        await Assertions.Expect(name).Not.ToBeEmptyAsync();
        await page.GetByLabel("Who they are").FillAsync("Typed before a refused save.");
        await name.FillAsync("");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        await page.Locator(".mud-input-control").Filter(new() { HasText = "Name is required." }).First.WaitForAsync();
        await Assertions.Expect(page.GetByLabel("Who they are")).ToHaveValueAsync("Typed before a refused save.");
        await Assertions.Expect(name).ToHaveValueAsync("");
    }

    [Fact]
    public async Task A_new_source_fills_itself_from_its_address_warns_of_its_canonical_twin_and_keeps_the_page_as_its_archived_copy()
    {
        const string existing = "https://scoop.co.nz/stories/PO2412/S00035/nz-joins-new-group-that-might-be-answer-to-us-exhausting-weapons-in-a-war.htm";
        const string article = """
            <html><head><title>NZ joins group | E2E Wire</title>
            <meta property="og:title" content="E2E Wire: NZ joins new group"><meta property="og:site_name" content="E2E Wire">
            <meta name="author" content="Wire Reporter"><meta property="article:published_time" content="2024-12-10T09:00:00+13:00">
            <link rel="canonical" href="https://e2e-wire.example/nz-joins"></head>
            <body><article><p>New Zealand has joined a new United States-led group of thirteen countries, the wire service reports, after months in which the government said nothing about it in public.</p>
            <p>The group has four workstreams, covering co-production, supply chain resilience, sustainment and repair, and the policies that stand in the way of closer work between defence industries.</p>
            <p>Officials said New Zealand would take part in the supply chain resilience workstream first, according to briefing papers released under the Official Information Act.</p></article></body></html>
            """;
        await using var site = await LocalWebsite.StartAsync(new Dictionary<string, RequestDelegate>
        {
            ["/republished"] = LocalWebsite.Page(article.Replace("https://e2e-wire.example/nz-joins", existing)),
            ["/story"] = LocalWebsite.Page(article),
        });
        var page = await Fixture.NewPageAsync();
        await BrowserFixture.SignInAsync(page, BrowserFixture.AdminEmail, BrowserFixture.AdminPassword, "/workspace/records/new/meetings");
        await page.GetByRole(AriaRole.Button, new() { Name = "New source" }).First.ClickAsync();
        var newSource = page.Locator(".new-source");

        // A republished copy whose canonical address is a source the tracker already has: the existing one is offered.
        await newSource.GetByLabel("URL (http or https)").FillAsync(site.At("/republished"));
        await newSource.GetByRole(AriaRole.Button, new() { Name = "Fill in from the address" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=similar-sources]")).ToContainTextAsync("(the same address)");
        await Assertions.Expect(newSource.GetByLabel("URL (http or https)")).ToHaveValueAsync(existing);

        await newSource.GetByLabel("Title").FillAsync("");
        await newSource.GetByLabel("URL (http or https)").FillAsync(site.At("/story"));
        await newSource.GetByRole(AriaRole.Button, new() { Name = "Fill in from the address" }).ClickAsync();
        await Assertions.Expect(newSource.GetByLabel("URL (http or https)")).ToHaveValueAsync("https://e2e-wire.example/nz-joins");
        await Assertions.Expect(newSource.GetByLabel("Title")).ToHaveValueAsync("E2E Wire: NZ joins new group");
        await Assertions.Expect(newSource.GetByLabel("Author")).ToHaveValueAsync("Wire Reporter");
        await Assertions.Expect(page.Locator("[data-testid=fetched-page]")).ToContainTextAsync("kept as its archived copy");
        await newSource.GetByLabel("Why this reliability").FillAsync("A wire service report.");
        await newSource.GetByRole(AriaRole.Button, new() { Name = "Add and cite this source" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=record-citations] .citation-row")).ToHaveCountAsync(1);

        await using var db = Fixture.App.Database.CreateContext();
        var source = await db.Sources.SingleAsync(s => s.Url == "https://e2e-wire.example/nz-joins");
        Assert.Equal(("E2E Wire", new DateOnly(2024, 12, 10)), (source.Outlet, source.Published.Start));
        var copy = await db.SourceCopies.SingleAsync(c => c.SourceId == source.Id);
        Assert.Equal((CopyOrigin.Fetched, site.At("/story")), (copy.Origin, copy.FinalUrl));
        Assert.Contains("supply chain resilience workstream first", copy.Text);
        Assert.Equal(1, site.HitsOn("/story")); // read once, kept without a second fetch
    }

    [Fact]
    public async Task A_source_added_in_the_directory_fills_itself_from_its_address_and_starts_with_the_page_archived()
    {
        var path = $"/report-{Guid.NewGuid():N}";
        var title = $"Directory report {Guid.NewGuid():N}";
        await using var site = await LocalWebsite.StartAsync(new Dictionary<string, RequestDelegate>
        {
            [path] = LocalWebsite.Page($"""
                <html><head><title>{title}</title><meta property="og:site_name" content="E2E Ministry"></head>
                <body><article><p>The ministry has published its annual report on defence industry engagement, covering the partnership's four workstreams and the meetings held in the year.</p>
                <p>The report says officials attended two meetings of the supply chain resilience workstream and none of the others, and that no new commitments were made.</p></article></body></html>
                """),
        });
        var page = await Fixture.NewPageAsync();
        await BrowserFixture.SignInAsync(page, BrowserFixture.AdminEmail, BrowserFixture.AdminPassword, "/workspace/directory/sources/new");

        await page.GetByLabel("URL (http or https)").FillAsync(site.At(path));
        await page.GetByRole(AriaRole.Button, new() { Name = "Fill in from the address" }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("Title")).ToHaveValueAsync(title);
        await Assertions.Expect(page.GetByLabel("Outlet")).ToHaveValueAsync("E2E Ministry");
        await page.GetByLabel("Why this reliability").FillAsync("The ministry's own report.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        // The new source's page opens with the page read already kept as its archived copy.
        await Assertions.Expect(page.Locator("[data-testid=archive-facts]")).ToContainTextAsync("Fetched by the tracker");
        Assert.Equal(1, site.HitsOn(path));
    }

    [Fact]
    public async Task An_editor_uploads_a_print_source_s_file_and_it_becomes_the_archived_copy()
    {
        var id = Guid.Empty;
        await Fixture.App.ChangeAsync(async (_, db) => id = await TestRecords.PublishedSourceAsync(db, $"https://example.org/print-{Guid.NewGuid():N}", "A print-only report"));
        var page = await Fixture.NewPageAsync();
        await BrowserFixture.SignInAsync(page, BrowserFixture.AdminEmail, BrowserFixture.AdminPassword, $"/workspace/directory/sources/{id}");
        var panel = page.Locator("[data-testid=archived-copy]");
        await Assertions.Expect(panel).ToContainTextAsync("No archived copy yet");
        // The panel draws the upload after loading the archive; a file chosen before Blazor's script has taken charge
        // of the input (it marks the element) is never read.
        await page.WaitForFunctionAsync("() => document.querySelector('[data-testid=archived-copy] input[type=file]')?._blazorInputFileNextFileId !== undefined");

        await panel.Locator("input[type=file]").SetInputFilesAsync(new FilePayload
        {
            Name = "report.txt", MimeType = "text/plain",
            Buffer = System.Text.Encoding.UTF8.GetBytes("The report, typed from the printed copy: officials attended two workstream meetings in the year."),
        });

        // Taking the copy reloads the page (the form's version moved on), so this waits for a fresh circuit.
        await Assertions.Expect(page.Locator("[data-testid=archive-facts]")).ToContainTextAsync("The source's file, uploaded by an editor", new() { Timeout = 20_000 });
        await using var db = Fixture.App.Database.CreateContext();
        Assert.Equal(CopyOrigin.UploadedByEditor, (await db.SourceCopies.SingleAsync(c => c.SourceId == id)).Origin);
    }

    [Fact]
    public async Task An_editor_enters_a_source_s_text_by_hand_and_its_quotation_is_verified_against_it()
    {
        var page = await Fixture.NewPageAsync();
        await BrowserFixture.SignInAsync(page, BrowserFixture.AdminEmail, BrowserFixture.AdminPassword, "/workspace/directory/sources");
        await page.GetByRole(AriaRole.Link, new() { Name = "New Zealand quietly added to US military trade law" }).ClickAsync();
        var panel = page.Locator("[data-testid=archived-copy]");
        await Assertions.Expect(panel).ToContainTextAsync("No archived copy yet: 1 quotation is not yet verified.");

        await panel.GetByRole(AriaRole.Button, new() { Name = "Enter the text by hand" }).ClickAsync();
        await panel.GetByLabel("The source's text, pasted from it (for a page the server cannot fetch)").FillAsync(
            "Wellington. Congress amended the law to add New Zealand to the US National Technology and Industrial Base (NTIB) 18 months ago. Officials said little more.");
        await panel.GetByRole(AriaRole.Button, new() { Name = "Keep this text as the archived copy" }).ClickAsync();

        var facts = page.Locator("[data-testid=archive-facts]");
        await Assertions.Expect(facts).ToContainTextAsync("Text entered by an editor");
        await Assertions.Expect(facts).ToContainTextAsync("1 quotation verified against it.");
        await page.ScreenshotAsync(new() { Path = Artifacts.Screenshot("35-source-archived-by-hand"), FullPage = true });
    }

    /// <summary>
    /// A choice list shows its words, open and closed, and keeps what was picked: a commitment's outcome picked as
    /// "In progress" is saved as in progress, not pending, and an event can be a training exercise.
    /// </summary>
    [Fact]
    public async Task A_choice_picked_in_a_list_is_the_choice_saved_shown_in_words_after_a_reload()
    {
        Guid id = default;
        await Fixture.App.ChangeAsync(async (_, db) =>
        {
            var commitment = (Core.Commitments.Commitment)TestRecords.Create(db, Core.Records.RecordKind.Commitment, $"e2e-outcome-{Guid.NewGuid():N}", Core.Common.PublicationState.Draft);
            commitment.Outcomes.Add(new Core.Commitments.CommitmentOutcome
            {
                Status = Core.Commitments.CommitmentStatus.Pending,
                Date = Core.Common.FuzzyDate.Parse("2025"),
                Citations = { new Citation { Source = db.Sources.Single(s => s.Slug == "rnz-nz-joins-pipir"), Pinpoint = "a step", PinpointKind = PinpointKind.Paraphrase } },
            });
            db.Add(commitment);
            await db.SaveChangesAsync();
            id = commitment.Id;
        });
        var page = await Fixture.NewPageAsync();
        await BrowserFixture.SignInAsync(page, BrowserFixture.AdminEmail, BrowserFixture.AdminPassword, $"/workspace/records/{id}");
        var outcome = page.Locator(".mud-select").Filter(new() { Has = page.Locator("label:text-is('Outcome')") }).Locator("input").First;
        await Assertions.Expect(outcome).ToHaveValueAsync("Pending");

        // A second outcome on the same date, picked as in progress: where the commitment stands is the later entry.
        await page.GetByRole(AriaRole.Button, new() { Name = "Add an outcome" }).ClickAsync();
        var second = page.Locator(".commitment-outcome").Nth(1);
        await second.Locator(".mud-select").First.ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = "In progress" }).First.ClickAsync();
        await Assertions.Expect(second.Locator(".mud-select input").First).ToHaveValueAsync("In progress");
        await second.Locator(".mud-select").Filter(new() { Has = page.Locator("label:text-is('As of: precision')") }).First.ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasTextRegex = new System.Text.RegularExpressions.Regex("^Year$") }).ClickAsync();
        await Assertions.Expect(page.Locator(".mud-popover-open .mud-list-item")).ToHaveCountAsync(0);
        await second.GetByLabel("Year").First.FillAsync("2025");
        await second.GetByLabel("Year").First.BlurAsync();
        await second.GetByRole(AriaRole.Button, new() { Name = "Cite a source" }).ClickAsync();
        await second.Locator(".citation-row").GetByLabel("Source", new() { Exact = true }).FillAsync("inclusion in the NTIB");
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = "inclusion in the NTIB" }).First.ClickAsync();
        await Assertions.Expect(page.Locator(".mud-popover-open .mud-list-item")).ToHaveCountAsync(0);
        await second.Locator(".citation-row").GetByLabel("Pinpoint (short quotation or paragraph)").FillAsync("work began");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Version 2")).ToBeVisibleAsync();

        await page.ReloadAsync();
        var outcomes = page.Locator(".mud-select").Filter(new() { Has = page.Locator("label:text-is('Outcome')") }).Locator("input");
        await Assertions.Expect(outcomes).ToHaveCountAsync(2);
        await Assertions.Expect(outcomes.Nth(1)).ToHaveValueAsync("In progress");
        await Fixture.App.ChangeAsync(async (_, db) =>
        {
            var statuses = await db.Set<Core.Commitments.CommitmentOutcome>().Where(o => o.CommitmentId == id).OrderBy(o => o.Id).Select(o => o.Status).ToListAsync();
            Assert.Equal([Core.Commitments.CommitmentStatus.Pending, Core.Commitments.CommitmentStatus.InProgress], statuses);
        });

        // Every choice in the list reads as words; none is a code name.
        await outcomes.Nth(1).ClickAsync();
        var choices = await page.Locator(".mud-popover-open .mud-list-item").AllTextContentsAsync();
        Assert.Contains("Partly delivered", choices);
        Assert.DoesNotContain(choices, choice => System.Text.RegularExpressions.Regex.IsMatch(choice, "[a-z][A-Z]"));
        await page.Keyboard.PressAsync("Escape");

        // An event's kind offers a training exercise, and keeps it.
        await page.GotoAsync("/workspace/records/new/events");
        await page.GetByLabel("Title").First.FillAsync($"E2E exercise {Guid.NewGuid():N}");
        await BrowserFixture.ChooseAsync(page, "Kind of event", "Training exercise");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
        await page.WaitForURLAsync(url => System.Text.RegularExpressions.Regex.IsMatch(url, "/workspace/records/[0-9a-f-]{36}$"), new() { WaitUntil = WaitUntilState.Commit });
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator(".mud-select").Filter(new() { Has = page.Locator("label:text-is('Kind of event')") }).Locator("input").First)
            .ToHaveValueAsync("Training exercise");
    }

    /// <summary>An OIA release's statutory due date shows in the editor as the request's day is entered, before any save or preview.</summary>
    [Fact]
    public async Task An_oia_release_s_due_date_shows_as_the_request_day_is_entered()
    {
        var page = await Fixture.NewPageAsync();
        await BrowserFixture.SignInAsync(page, BrowserFixture.AdminEmail, BrowserFixture.AdminPassword, "/workspace/records/new/oia-releases");
        var due = page.Locator("[data-testid=oia-due]");
        await Assertions.Expect(due).ToContainTextAsync("once the day the request was received is entered");

        const string field = "Request received (to the day, for the due date to be worked out)";
        await BrowserFixture.ChooseAsync(page, $"{field}: precision", "Day");
        var requested = page.Locator(".fuzzy-date").Filter(new() { Has = page.Locator($"label:text-is('{field}: precision')") });
        await requested.GetByLabel("Year").FillAsync("2025");
        await requested.GetByLabel("Year").BlurAsync();
        await requested.Locator(".mud-select").Filter(new() { Has = page.Locator("label:text-is('Month')") }).First.ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = "February" }).First.ClickAsync();
        await requested.GetByLabel("Day", new() { Exact = true }).FillAsync("3");
        await requested.GetByLabel("Day", new() { Exact = true }).BlurAsync();

        var expected = Core.OiaReleases.OiaWorkingDays.ResponseDue(new DateOnly(2025, 2, 3)).ToString("d MMMM yyyy", System.Globalization.CultureInfo.CurrentCulture);
        await Assertions.Expect(due).ToContainTextAsync($"The answer was due by {expected}");
    }

    [Fact]
    public async Task When_two_editors_save_the_same_record_the_second_sees_what_changed_and_the_first_save_stands()
    {
        var first = await Fixture.NewPageAsync();
        await BrowserFixture.SignInAsync(first, BrowserFixture.AdminEmail, BrowserFixture.AdminPassword, "/workspace/records/new/events");
        await first.GetByLabel("Title").First.FillAsync("E2E contested event");
        await first.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
        await first.WaitForURLAsync(url => System.Text.RegularExpressions.Regex.IsMatch(url, "/workspace/records/[0-9a-f-]{36}$"), new() { WaitUntil = WaitUntilState.Commit });
        await Assertions.Expect(first.Locator("[data-testid=record-state]")).ToHaveTextAsync("Draft");

        // A second tab of the same editor stands in for a second editor: each tab is its own circuit with its own copy.
        var second = await first.Context.NewPageAsync();
        await second.GotoAsync(first.Url);
        await Assertions.Expect(second.Locator("[data-testid=record-state]")).ToHaveTextAsync("Draft");

        await first.GetByLabel("Title").First.FillAsync("E2E contested event, first editor's title");
        await first.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
        await Assertions.Expect(first.GetByText("Version 2")).ToBeVisibleAsync();

        await second.GetByLabel("Title").First.FillAsync("E2E contested event, second editor's title");
        await second.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
        var conflict = second.Locator("[data-testid=conflict]");
        await Assertions.Expect(conflict).ToContainTextAsync("someone else changed this record");
        await Assertions.Expect(conflict).ToContainTextAsync("(changed: Title)");
        await second.ScreenshotAsync(new() { Path = Artifacts.Screenshot("34-editor-conflict"), FullPage = true });

        await second.ReloadAsync();
        await Assertions.Expect(second.GetByLabel("Title").First).ToHaveValueAsync("E2E contested event, first editor's title");
    }

    [Fact]
    public async Task On_a_phone_the_workspace_uses_the_whole_width_and_its_menu_opens_from_the_bar()
    {
        var page = await Fixture.NewPageAsync(375, 812);
        await BrowserFixture.SignInAsync(page, BrowserFixture.AdminEmail, BrowserFixture.AdminPassword, "/workspace/timeline");

        // No side drawer taking 240 of 375 px, nothing scrolling sideways, and "Sign out" on the screen.
        Assert.False(await page.Locator(".workspace-drawer").IsVisibleAsync());
        var sideways = await BrowserFixture.SidewaysScrollAsync(page, "/workspace/timeline");
        Assert.True(sideways.Count == 0, string.Join("\n", sideways));
        var signOut = (await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).BoundingBoxAsync())!;
        Assert.True(signOut.X >= 0 && signOut.X + signOut.Width <= 375, $"Sign out at x {signOut.X}, width {signOut.Width}");

        var menuLink = page.Locator(".workspace-phone-menu-panel").GetByRole(AriaRole.Link, new() { Name = "Deleted records" });
        Assert.False(await menuLink.IsVisibleAsync());
        await page.Locator(".workspace-phone-menu summary").ClickAsync();
        await Assertions.Expect(menuLink).ToBeVisibleAsync();
        var box = (await menuLink.BoundingBoxAsync())!;
        Assert.True(box.X >= 0 && box.X + box.Width <= 375, $"The menu link runs outside the screen: x {box.X}, width {box.Width}");
        await page.ScreenshotAsync(new() { Path = Artifacts.Screenshot("phone-workspace-menu") });
        await menuLink.ClickAsync();
        await page.WaitForURLAsync("**/workspace/bin", new() { WaitUntil = WaitUntilState.Commit });

        // The fixed top bar leaves each page's heading in sight below it.
        foreach (var path in new[] { "/workspace/bin", "/workspace/timeline", "/workspace/records/new/events", "/workspace/directory/people" })
        {
            await page.GotoAsync(path);
            var bar = (await page.Locator(".mud-appbar").First.BoundingBoxAsync())!;
            var heading = (await page.Locator("h1").First.BoundingBoxAsync())!;
            Assert.True(heading.Y >= bar.Y + bar.Height - 1, $"{path}: the heading starts at y {heading.Y}, under the bar that ends at {bar.Y + bar.Height}");
        }

        // On a wide screen the drawer is there and the phone menu is not.
        var wide = await Fixture.NewPageAsync(1280, 800);
        await BrowserFixture.SignInAsync(wide, BrowserFixture.AdminEmail, BrowserFixture.AdminPassword, "/workspace/timeline");
        Assert.True(await wide.Locator(".workspace-drawer").IsVisibleAsync());
        Assert.False(await wide.Locator(".workspace-phone-menu").IsVisibleAsync());
    }
}
