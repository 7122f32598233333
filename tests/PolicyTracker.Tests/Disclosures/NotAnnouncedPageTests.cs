using AngleSharp.Html.Parser;
using PolicyTracker.Tests.Infrastructure;

namespace PolicyTracker.Tests.Disclosures;

/// <summary>The public "Not announced" view and the disclosure shown on an agreement's status step.</summary>
public class NotAnnouncedPageTests(PostgresAppFixture fixture) : IClassFixture<PostgresAppFixture>
{
    [Fact]
    public async Task Lists_what_was_not_announced_longest_kept_from_the_public_first_with_honest_lags()
    {
        var page = new HtmlParser().ParseDocument(await fixture.App.CreateClient().GetStringAsync("/not-announced"));

        var rows = page.QuerySelectorAll(".not-announced tbody tr").Select(tr => tr.TextContent).ToList();
        // NTIB (late 2022, public 22 May 2024) comes before PIPIR (late 2024, public December 2024).
        var ntib = rows.FindIndex(r => r.Contains("National Technology and Industrial Base", StringComparison.Ordinal));
        var pipir = rows.FindIndex(r => r.Contains("PIPIR", StringComparison.Ordinal));
        Assert.True(ntib >= 0 && pipir > ntib, string.Join(" | ", rows));
        Assert.Contains("16–21 months", rows[ntib]);
        Assert.Contains("a media report", rows[ntib]);
        Assert.Contains("confirmed only when asked", rows[pipir]);
        // The Statement of Principles was made public in a speech RNZ dates only to June 2024: the month, and a lag no
        // more precise than it (DisclosureLagTests: no lag at all without a date).
        var principles = Assert.Single(rows, r => r.Contains("Statement of Principles", StringComparison.Ordinal));
        Assert.Contains("June 2024, through other means", principles);
        Assert.DoesNotContain("not known", principles);
        Assert.DoesNotContain(" days", principles);
        // What the government announced is not listed.
        Assert.DoesNotContain(rows, r => r.Contains("Defence Capability Plan", StringComparison.Ordinal));
        Assert.Contains(page.QuerySelectorAll("nav a"), a => a.GetAttribute("href") == "/not-announced");
    }

    [Fact]
    public async Task An_agreement_says_on_its_status_step_how_the_public_learned_of_it_and_cites_it()
    {
        var page = new HtmlParser().ParseDocument(await fixture.App.CreateClient().GetStringAsync("/agreements/ntib"));

        var disclosure = page.QuerySelector("ol.status-history [data-testid=disclosure]")!;
        Assert.Contains("Not announced by the government.", disclosure.TextContent);
        Assert.Contains("It became public on 22 May 2024 through a media report, 16–21 months after the act.", disclosure.TextContent);
        Assert.Contains(disclosure.QuerySelectorAll(".citations .footnote-quote"), li => li.TextContent.Contains("18 months ago", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_api_gives_each_status_step_its_disclosure()
    {
        var json = await fixture.App.CreateClient().GetStringAsync("/api/agreements/pipir");

        Assert.Contains("\"announcement\":\"ConfirmedWhenAsked\"", json);
        Assert.Contains("\"through\":\"MediaReport\"", json);
    }

    [Fact]
    public async Task A_quotation_from_a_speaker_the_source_does_not_name_says_so_rather_than_naming_anyone()
    {
        var page = new HtmlParser().ParseDocument(await fixture.App.CreateClient().GetStringAsync("/statements/us-official-pipir-first-ever-consortium"));

        var footer = page.QuerySelector("blockquote.quotation footer")!;
        Assert.Equal("a top US official (not named in the source)", footer.TextContent.Trim());
        Assert.Empty(footer.QuerySelectorAll("a"));
    }
}
