using AngleSharp.Html.Parser;
using PolicyTracker.Tests.Infrastructure;

namespace PolicyTracker.Tests.Meetings;

/// <summary>Counts that are parts of counts, parties the sources do not name, and a step New Zealand was left out of.</summary>
public class CountsAndPartiesPagesTests(PostgresAppFixture fixture) : IClassFixture<PostgresAppFixture>
{
    [Fact]
    public async Task The_whole_count_lists_its_parts_and_each_part_names_the_whole()
    {
        var client = fixture.App.CreateClient();
        var whole = new HtmlParser().ParseDocument(await client.GetStringAsync("/meetings/nz-officials-aukus-meetings-2024-2025"));

        var parts = whole.QuerySelectorAll("ul.count-parts li").Select(li => li.TextContent).ToList();
        Assert.Equal(5, parts.Count);
        Assert.Contains(parts, p => p.StartsWith("7: ", StringComparison.Ordinal));
        // The five add up to the 23, so nothing is said about a shortfall.
        Assert.DoesNotContain("The parts recorded add up to", whole.Body!.TextContent);

        var part = new HtmlParser().ParseDocument(await client.GetStringAsync("/meetings/aukus-technical-group-meetings"));
        var partOf = part.QuerySelectorAll(".facts tr").Single(tr => tr.TextContent.StartsWith("Part of", StringComparison.Ordinal));
        Assert.Equal("/meetings/nz-officials-aukus-meetings-2024-2025", partOf.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("(23)", partOf.TextContent);
    }

    [Fact]
    public async Task An_arrangement_New_Zealand_was_left_out_of_says_so_and_names_its_unnamed_parties_as_the_source_does()
    {
        var page = new HtmlParser().ParseDocument(await fixture.App.CreateClient().GetStringAsync("/agreements/us-regional-repair-framework"));

        Assert.Contains("Not included", page.QuerySelector("ol.status-history")!.TextContent);
        var unnamed = page.QuerySelectorAll(".facts tr").Single(tr => tr.TextContent.StartsWith("Parties not named", StringComparison.Ordinal));
        Assert.Contains("five countries the report does not name", unnamed.TextContent);
    }

    [Fact]
    public async Task PIPIR_says_it_includes_some_NATO_countries_without_naming_them()
    {
        var page = new HtmlParser().ParseDocument(await fixture.App.CreateClient().GetStringAsync("/agreements/pipir"));

        var unnamed = page.QuerySelectorAll(".facts tr").Single(tr => tr.TextContent.StartsWith("Parties not named", StringComparison.Ordinal));
        Assert.Contains("some NATO countries", unnamed.TextContent);
    }
}
