using PolicyTracker.Core.Common;
using PolicyTracker.Core.Records;

namespace PolicyTracker.Core.Timeline;

/// <summary>
/// What a timeline view is narrowed to. Built from query-string text, so a filtered view is a shareable link;
/// text that cannot be read is reported rather than ignored.
/// </summary>
public sealed record TimelineFilter
{
    public const int PageSize = 50;
    public const int MaxPage = 10_000;

    public const int MaxTextLength = 200;

    public string? Agreement { get; init; }

    public RecordKind? Kind { get; init; }

    public string? Person { get; init; }

    public string? Country { get; init; }

    /// <summary>Records naming this organisation.</summary>
    public string? Organisation { get; init; }

    /// <summary>One record alone, by its address: a reader follows a workstream or a commitment by it.</summary>
    public string? Record { get; init; }

    /// <summary>Records whose date starts on or after this day.</summary>
    public DateOnly? From { get; init; }

    /// <summary>Records whose date starts on or before this day.</summary>
    public DateOnly? To { get; init; }

    /// <summary>Words that must appear in the title, the summary or a statement's text (any case).</summary>
    public string? Text { get; init; }

    public int Page { get; init; } = 1;

    /// <summary>
    /// The record the page starts after (a next-page link names the last one shown), so a deep page is read from the
    /// index rather than by skipping every page before it (<see cref="TimelineKeyset"/>). <see cref="Page"/> still
    /// numbers the page, and places it alone when the record is no longer listed.
    /// </summary>
    public string? After { get; init; }

    /// <summary>The record the page ends before (a previous-page link names the first one shown).</summary>
    public string? Before { get; init; }

    public static readonly TimelineFilter None = new();

    /// <summary>Reads every filter from <paramref name="query"/>, a query-string lookup by parameter name.</summary>
    public static bool TryParse(Func<string, string?> query, out TimelineFilter filter, out ValidationProblems problems) =>
        TryParse(query("agreement"), query("kind"), query("person"), query("country"), query("from"), query("to"), query("text"), query("page"),
            out filter, out problems, query("after"), query("before"), query("organisation"), query("record"));

    /// <summary>Reads the filter from query-string values; dates may be fuzzy ("2024", "June 2024", "late 2022").</summary>
    public static bool TryParse(
        string? agreement, string? kind, string? person, string? country, string? from, string? to, string? text, string? page,
        out TimelineFilter filter, out ValidationProblems problems, string? after = null, string? before = null,
        string? organisation = null, string? record = null)
    {
        problems = new ValidationProblems();
        if (text?.Length > MaxTextLength)
        {
            problems.Add("text", $"Search for at most {MaxTextLength} characters.");
        }

        filter = None;
        var parsedKind = ReadEnum<RecordKind>("kind", kind, problems, "kind of record");
        var fromDate = ReadDate("from", from, problems, d => d.Start);
        var toDate = ReadDate("to", to, problems, d => d.End);
        var pageNumber = ReadPage(page, problems);

        foreach (var (field, slug) in new[] { ("agreement", agreement), ("person", person), ("country", country), ("organisation", organisation), ("record", record) })
        {
            if (!string.IsNullOrWhiteSpace(slug) && !Slugs.IsValid(slug))
            {
                problems.Add(field, $"\"{slug}\" is not a valid {field}.");
            }
        }

        foreach (var (field, slug) in new[] { ("after", after), ("before", before) })
        {
            if (!string.IsNullOrWhiteSpace(slug) && !Slugs.IsValid(slug))
            {
                problems.Add(field, $"\"{slug}\" is not a record's address.");
            }
        }

        if (!string.IsNullOrWhiteSpace(after) && !string.IsNullOrWhiteSpace(before))
        {
            problems.Add("before", "A page starts after one record or ends before one, not both.");
        }

        if (!problems.IsValid)
        {
            return false;
        }

        filter = new TimelineFilter
        {
            Agreement = Blank(agreement),
            Kind = parsedKind,
            Person = Blank(person),
            Country = Blank(country),
            Organisation = Blank(organisation),
            Record = Blank(record),
            From = fromDate,
            To = toDate,
            Text = string.IsNullOrWhiteSpace(text) ? null : text.Trim(),
            Page = pageNumber,
            After = Blank(after),
            Before = Blank(before),
        };
        return true;
    }

    /// <summary>
    /// The query-string form of this filter, for links; page 1 and empty values are left out. Only a pager's links
    /// name the record a page starts after or ends before.
    /// </summary>
    public IReadOnlyDictionary<string, object?> ToQuery(int? page = null, string? after = null, string? before = null) => new Dictionary<string, object?>
    {
        ["agreement"] = Agreement,
        ["kind"] = Kind?.ToString().ToLowerInvariant(),
        ["person"] = Person,
        ["country"] = Country,
        ["organisation"] = Organisation,
        ["record"] = Record,
        ["from"] = From?.ToString("yyyy-MM-dd"),
        ["to"] = To?.ToString("yyyy-MM-dd"),
        ["text"] = Text,
        ["page"] = (page ?? Page) is var p && p > 1 ? p.ToString() : null,
        ["after"] = after,
        ["before"] = before,
    };

    /// <summary>Reads an enumeration's name (any case); numbers and unknown names are reported, not guessed.</summary>
    internal static T? ReadEnum<T>(string field, string? text, ValidationProblems problems, string? description = null)
        where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (Enum.TryParse<T>(text, ignoreCase: true, out var value) && Enum.IsDefined(value) && !int.TryParse(text, out _))
        {
            return value;
        }

        problems.Add(field, $"\"{text}\" is not a {description ?? field}; use one of {string.Join(", ", Enum.GetNames<T>()).ToLowerInvariant()}.");
        return null;
    }

    /// <summary>A page number from the address: 1 when absent, a problem when it is not one.</summary>
    public static int ReadPage(string? page, ValidationProblems problems)
    {
        var pageNumber = 1;
        if (!string.IsNullOrWhiteSpace(page) && (!int.TryParse(page, out pageNumber) || pageNumber < 1 || pageNumber > MaxPage))
        {
            problems.Add("page", $"\"{page}\" is not a page number.");
            pageNumber = 1;
        }

        return pageNumber;
    }

    private static DateOnly? ReadDate(string field, string? text, ValidationProblems problems, Func<FuzzyDate, DateOnly?> bound)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (FuzzyDate.TryParse(text, out var date, out var error) && date.IsKnown)
        {
            return bound(date);
        }

        problems.Add(field, string.IsNullOrEmpty(error) ? $"\"{text}\" is not a date." : error);
        return null;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
