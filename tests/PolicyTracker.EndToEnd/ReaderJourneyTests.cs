using Microsoft.Playwright;

namespace PolicyTracker.EndToEnd;

/// <summary>A reader on the public site, in a real headless Chromium.</summary>
[Collection(BrowserCollection.Name)]
public class ReaderJourneyTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task A_reader_goes_from_home_to_pipir_to_a_cited_source_and_shares_a_filtered_timeline()
    {
        var page = await Fixture.NewPageAsync();

        await page.GotoAsync("/");
        Assert.Equal("What New Zealand has committed to", (await page.Locator("h1").TextContentAsync())?.Trim());
        await page.ScreenshotAsync(new() { Path = Artifacts.Screenshot("01-home"), FullPage = true });

        await page.GetByRole(AriaRole.Link, new() { Name = "PIPIR", Exact = true }).First.ClickAsync();
        await page.WaitForURLAsync("**/agreements/pipir");
        Assert.Equal("Partnership for Indo-Pacific Industrial Resilience (PIPIR)", (await page.Locator("h1").TextContentAsync())?.Trim());
        await page.ScreenshotAsync(new() { Path = Artifacts.Screenshot("02-pipir"), FullPage = true });

        // A footnote marker opens its quotation in place; the quotation links to the numbered source at the foot.
        await page.Locator("ol.status-history button.footnote-marker").First.ClickAsync();
        var quote = page.Locator(".footnote-quote:popover-open");
        await Assertions.Expect(quote.Locator(".pinpoint q").First).ToBeVisibleAsync();
        var target = "#" + (await quote.Locator(":scope > a").GetAttributeAsync("href"))!.Split('#')[1];
        await quote.Locator(":scope > a").ClickAsync();
        await Assertions.Expect(page.Locator(target)).ToBeInViewportAsync();
        var citation = page.Locator($"ol.sources-cited {target} a.citation-source");
        var sourceTitle = (await citation.TextContentAsync())!.Trim();
        await citation.ClickAsync();
        await page.WaitForURLAsync("**/sources/**");
        Assert.Equal(sourceTitle, (await page.Locator("h1").TextContentAsync())?.Trim());
        Assert.True(await page.Locator("ul.cited-by a[href='/agreements/pipir']").CountAsync() > 0, "The source page lists PIPIR among the records citing it.");
        await page.ScreenshotAsync(new() { Path = Artifacts.Screenshot("03-source"), FullPage = true });

        await page.GotoAsync("/timeline");
        await page.SelectOptionAsync("select[name=agreement]", "pipir");
        await page.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();
        await page.WaitForURLAsync("**/timeline?*agreement=pipir*");
        var sharedUrl = page.Url;
        var filteredTitles = await page.Locator("a.timeline-title").AllTextContentsAsync();
        Assert.NotEmpty(filteredTitles);
        Assert.Contains(filteredTitles, t => t.Contains("PIPIR's first meeting, Honolulu"));
        Assert.DoesNotContain(filteredTitles, t => t.Contains("Hegseth and Collins meet at the Pentagon"));
        await page.ScreenshotAsync(new() { Path = Artifacts.Screenshot("04-timeline-pipir"), FullPage = true });

        // The shared link, opened fresh by someone else, shows the same view.
        var other = await Fixture.NewPageAsync();
        await other.GotoAsync(sharedUrl);
        Assert.Equal(filteredTitles, await other.Locator("a.timeline-title").AllTextContentsAsync());
        Assert.Equal("pipir", await other.Locator("select[name=agreement]").InputValueAsync());
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/agreements/pipir")]
    public async Task On_a_phone_every_menu_item_is_on_the_bar_inside_the_screen_and_the_page_starts_below_it(string path)
    {
        var page = await Fixture.NewPageAsync(375, 812);
        await page.GotoAsync(path);

        var bar = (await page.Locator("header").First.BoundingBoxAsync())!;
        var links = page.Locator("nav[aria-label=Main] a");
        Assert.Equal(11, await links.CountAsync());
        foreach (var link in await links.AllAsync())
        {
            var name = (await link.TextContentAsync())!.Trim();
            var box = (await link.BoundingBoxAsync())!;
            Assert.True(await link.IsVisibleAsync(), $"{name} is hidden");
            Assert.True(box.X >= 0 && box.X + box.Width <= 375, $"{name} runs outside the screen: x {box.X}, width {box.Width}");
            // On the bar's own background, not spilling onto the white page below it.
            Assert.True(box.Y >= bar.Y && box.Y + box.Height <= bar.Y + bar.Height, $"{name} (y {box.Y}) is outside the bar (y {bar.Y}, height {bar.Height})");
            Assert.True(box.Height >= 24, $"{name} is a {box.Height} px touch target");
        }

        var heading = (await page.Locator("h1").First.BoundingBoxAsync())!;
        Assert.True(heading.Y - (bar.Y + bar.Height) < 64, $"A {heading.Y - (bar.Y + bar.Height)} px gap between the bar and the heading");
        await page.ScreenshotAsync(new() { Path = Artifacts.Screenshot("phone-menu" + path.Replace('/', '-').TrimEnd('-')) });
    }

    [Theory]
    [InlineData(375, "narrow")]
    [InlineData(768, "wide")]
    [InlineData(1280, "wide")]
    public async Task The_status_chart_is_drawn_for_the_screen_with_words_large_enough_to_read(int width, string shown)
    {
        var page = await Fixture.NewPageAsync(width, 900);
        await page.GotoAsync("/");

        var chart = page.Locator($"[data-testid=status-chart] svg.status-chart-{shown}");
        await Assertions.Expect(chart).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator($"[data-testid=status-chart] svg:not(.status-chart-{shown})")).ToBeHiddenAsync();
        var box = (await chart.BoundingBoxAsync())!;
        Assert.True(box.X >= 0 && box.X + box.Width <= width, $"The chart spans {box.X}–{box.X + box.Width} px of {width}.");
        var labelHeight = await chart.Locator("text.status-chart-label").First.EvaluateAsync<double>("t => t.getBoundingClientRect().height");
        Assert.True(labelHeight >= 11, $"Agreement names are drawn {labelHeight:0.0} px high at {width} px.");
    }

    /// <summary>A filter's example (its placeholder) is read whole, on a phone and on a desktop: none is cut off by its box.</summary>
    [Theory]
    [InlineData(375)]
    [InlineData(1280)]
    public async Task The_timeline_filters_show_their_examples_whole(int width)
    {
        var page = await Fixture.NewPageAsync(width);
        await page.GotoAsync("/timeline");

        var cut = await page.EvaluateAsync<string[]>(
            """
            () => {
              const measure = document.createElement('canvas').getContext('2d');
              return [...document.querySelectorAll('.filters input[placeholder]')].filter(input => {
                const style = getComputedStyle(input);
                measure.font = style.font;
                const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
                return measure.measureText(input.placeholder).width > room;
              }).map(input => `${input.name}: "${input.placeholder}" in ${input.clientWidth} px`);
            }
            """);

        Assert.True(await page.Locator(".filters input[placeholder]").CountAsync() >= 3, "The timeline's filters have lost their examples.");
        Assert.True(cut.Length == 0, $"At {width} px, cut off: {string.Join("; ", cut)}");
    }
}
