using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace PolicyTracker.EndToEnd;

/// <summary>
/// An editor who uses no mouse: signs in, writes a sourced event with a date and a citation, and saves it, with Tab,
/// typing, arrow keys and Enter only. Each control is reached by tabbing; the test reads what has focus, never clicks.
/// </summary>
[Collection(BrowserCollection.Name)]
public class KeyboardJourneyTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const string FocusedName =
        """
        () => {
            const e = document.activeElement;
            const label = e.labels?.[0]?.textContent ?? e.closest('.mud-input-control')?.querySelector('label')?.textContent;
            return (e.getAttribute('aria-label') ?? label ?? e.textContent ?? '').trim();
        }
        """;

    [Fact]
    public async Task An_editor_writes_and_saves_a_cited_event_by_keyboard_alone()
    {
        var page = await Fixture.NewPageAsync();
        await page.GotoAsync($"/account/login?returnUrl={Uri.EscapeDataString("/workspace/records/new/events")}");

        await TabToAsync(page, "Email");
        await page.Keyboard.TypeAsync(BrowserFixture.AdminEmail);
        await TabToAsync(page, "Password");
        await page.Keyboard.TypeAsync(BrowserFixture.AdminPassword);
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/workspace/records/new/events", new() { WaitUntil = WaitUntilState.Commit });
        await page.GetByRole(AriaRole.Heading, new() { Name = "New event" }).WaitForAsync();

        await TabToAsync(page, "Title");
        await page.Keyboard.TypeAsync("Keyboard-only event");
        // The precision list opens on its current choice, "Not known", the last; "Year" is the one above it.
        await TabToAsync(page, "Date: precision");
        await ChooseByKeyboardAsync(page, "ArrowUp", 1);
        await Assertions.Expect(page.GetByLabel("Year")).ToBeVisibleAsync();
        await TabToAsync(page, "Year");
        await page.Keyboard.TypeAsync("2025");
        await TabToAsync(page, "Summary (in the tracker's own words)");
        await page.Keyboard.TypeAsync("Written without a mouse.");

        await TabToAsync(page, "Cite a source");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("[data-testid=record-citations] .citation-row")).ToHaveCountAsync(1);
        // The source box is searched by typing: a few words of the title narrow the list to it.
        await TabToAsync(page, "Source");
        await page.Keyboard.TypeAsync("inclusion in the NTIB");
        await Assertions.Expect(page.Locator(".mud-popover-open .mud-list-item").First).ToContainTextAsync("inclusion in the NTIB");
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator(".mud-popover-open .mud-list-item")).ToHaveCountAsync(0);
        await TabToAsync(page, "Pinpoint (short quotation or paragraph)");
        await page.Keyboard.TypeAsync("a short quotation");

        await TabToAsync(page, "Save draft");
        await page.Keyboard.PressAsync("Enter");
        try
        {
            await page.WaitForURLAsync(url => System.Text.RegularExpressions.Regex.IsMatch(url, "/workspace/records/[0-9a-f-]{36}$"), new() { WaitUntil = WaitUntilState.Commit });
        }
        catch (TimeoutException unsaved)
        {
            // Say what the form showed instead (a refusal, a field's error, the box's values), so a failure in a loaded
            // run can be told from a slow one.
            await page.ScreenshotAsync(new() { Path = Artifacts.Screenshot("36-keyboard-not-saved"), FullPage = true });
            var shown = await page.Locator(".mud-alert, .mud-input-error, [data-testid=save-failed]").AllInnerTextsAsync();
            var source = await page.GetByLabel("Source", new() { Exact = true }).InputValueAsync();
            throw new TimeoutException($"Not saved within the wait; the form showed: [{string.Join(" | ", shown)}]; source box: \"{source}\".", unsaved);
        }
        await page.ScreenshotAsync(new() { Path = Artifacts.Screenshot("36-keyboard-saved"), FullPage = true });

        await Fixture.App.ChangeAsync(async (_, db) =>
        {
            var saved = await db.Records.Include(r => r.Citations).SingleAsync(r => r.Title == "Keyboard-only event");
            Assert.Equal("Written without a mouse.", saved.Summary);
            Assert.True(saved.Date.IsKnown, $"The date was not saved: {saved.Date}.");
            var citation = Assert.Single(saved.Citations);
            Assert.Equal("a short quotation", citation.Pinpoint);
            Assert.Contains("inclusion in the NTIB", (await db.Sources.SingleAsync(source => source.Id == citation.SourceId)).Title);
        });
    }

    /// <summary>Opens the focused select with Enter, moves <paramref name="presses"/> times with <paramref name="arrow"/>, and chooses with Enter.</summary>
    private static async Task ChooseByKeyboardAsync(IPage page, string arrow, int presses)
    {
        await page.Keyboard.PressAsync("Enter");
        await page.Locator(".mud-popover-open .mud-list-item").First.WaitForAsync();
        for (var i = 0; i < presses; i++)
        {
            await page.Keyboard.PressAsync(arrow);
        }

        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator(".mud-popover-open .mud-list-item")).ToHaveCountAsync(0);
    }

    /// <summary>Presses Tab until the focused control is named <paramref name="name"/>; fails if it is never reached.</summary>
    private static async Task TabToAsync(IPage page, string name, int maxPresses = 120)
    {
        var seen = new List<string>();
        for (var i = 0; i < maxPresses; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focused = await page.EvaluateAsync<string>(FocusedName);
            if (focused.TrimEnd('*').Trim() == name) // a required field's label ends with a star
            {
                return;
            }

            seen.Add(focused);
        }

        throw new Xunit.Sdk.XunitException($"Tab never reached \"{name}\"; it went through: {string.Join(" → ", seen.Distinct().Take(40))}");
    }
}
