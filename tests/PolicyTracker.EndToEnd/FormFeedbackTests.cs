using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace PolicyTracker.EndToEnd;

/// <summary>The editor's forms say what is wrong, how much room is left and what is required while the editor works, not after Save.</summary>
[Collection(BrowserCollection.Name)]
public partial class FormFeedbackTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task An_impossible_date_is_reported_under_the_date_as_soon_as_it_is_entered()
    {
        var page = await Fixture.NewPageAsync();
        await BrowserFixture.SignInAsync(page, BrowserFixture.AdminEmail, BrowserFixture.AdminPassword, "/workspace/records/new/meetings");
        await page.GetByRole(AriaRole.Heading, new() { Name = "New meeting" }).WaitForAsync();

        await BrowserFixture.ChooseAsync(page, "Date: precision", "Day");
        await page.GetByLabel("Year").First.FillAsync("2024");
        await page.GetByLabel("Year").First.BlurAsync();
        await BrowserFixture.ChooseAsync(page, "Month", "February");
        await page.GetByLabel("Day").First.FillAsync("31");
        await page.GetByLabel("Day").First.BlurAsync();

        var error = page.Locator(".fuzzy-date-error").First;
        await Assertions.Expect(error).ToContainTextAsync("Date:");
        Assert.Equal("alert", await error.GetAttributeAsync("role"));
        await Assertions.Expect(page.Locator("[data-testid=problems]")).ToHaveCountAsync(0); // nothing was saved, so nothing "was not changed"
        await page.ScreenshotAsync(new() { Path = Artifacts.Screenshot("35-editor-date-error"), FullPage = true });

        await page.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=problems]")).ToContainTextAsync("is not a date on the calendar");

        await page.GetByLabel("Day").First.FillAsync("29");
        await page.GetByLabel("Day").First.BlurAsync();
        await Assertions.Expect(error).ToBeEmptyAsync();
    }

    [Theory]
    [InlineData("meetings", "New meeting")]
    [InlineData("statements", "New statement")]
    [InlineData("questions", "New question")]
    public async Task Every_limited_field_shows_a_counter_and_required_fields_are_marked(string kind, string heading)
    {
        var page = await Fixture.NewPageAsync();
        await BrowserFixture.SignInAsync(page, BrowserFixture.AdminEmail, BrowserFixture.AdminPassword, $"/workspace/records/new/{kind}");
        await page.GetByRole(AriaRole.Heading, new() { Name = heading }).WaitForAsync();

        var uncounted = await page.EvaluateAsync<string[]>(
            """
            () => [...document.querySelectorAll('main input[maxlength]:not([readonly]):not([inputmode=numeric]):not([inputmode=decimal]), main textarea[maxlength]:not([readonly])')]
                .filter(i => i.offsetParent !== null)
                .filter(i => !/^\d+ \/ \d+$/.test(i.closest('.mud-input-control')?.querySelector('.mud-input-helper-text > .ms-auto')?.textContent?.trim() ?? ''))
                .map(i => i.closest('.mud-input-control')?.querySelector('label')?.textContent ?? i.outerHTML)
            """);
        Assert.True(uncounted.Length == 0, $"Fields without a counter: {string.Join(", ", uncounted)}");

        var title = page.GetByLabel("Title", new() { Exact = true });
        await title.FillAsync("Twelve chars");
        await Assertions.Expect(page.Locator(".mud-input-control").Filter(new() { Has = title }).Locator(".mud-input-helper-text > .ms-auto"))
            .ToHaveTextAsync(CounterOf(12));

        var required = await page.EvaluateAsync<string[]>(
            "() => [...document.querySelectorAll('main .mud-input-control')].filter(c => c.querySelector('[aria-required=true], [required]')).map(c => c.querySelector('label')?.textContent?.trim() ?? '')");
        Assert.Contains(required, label => label.StartsWith("Title", StringComparison.Ordinal));
        if (kind == "statements")
        {
            Assert.Contains(required, label => label.StartsWith("What was said", StringComparison.Ordinal));
        }

        if (kind == "questions")
        {
            Assert.Contains(required, label => label.StartsWith("The question", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task The_sign_in_form_shows_its_boxes_and_button_on_a_phone()
    {
        var page = await Fixture.NewPageAsync(375, 812);
        await page.GotoAsync("/account/login");

        var looks = await page.EvaluateAsync<string[]>(
            """
            () => [...document.querySelectorAll('form.account-form input:not([type=hidden]), form.account-form button[type=submit]')].map(e => {
                const s = getComputedStyle(e), r = e.getBoundingClientRect();
                const visible = e.tagName === 'BUTTON' ? s.backgroundColor !== 'rgba(0, 0, 0, 0)' : parseFloat(s.borderTopWidth) >= 1 && s.borderTopStyle !== 'none';
                return `${e.tagName} ${e.name ?? ''}: ${visible ? 'visible' : 'INVISIBLE'}, ${Math.round(r.height)} px high, ${r.right <= innerWidth ? 'inside' : 'OUTSIDE'}`;
            })
            """);
        Assert.NotEmpty(looks);
        Assert.All(looks, look => Assert.Matches(@": visible, (4[4-9]|[5-9]\d) px high, inside$", look));
    }

    private static Regex CounterOf(int length) => new($@"^{length} / \d+$");
}
