using Microsoft.AspNetCore.Http.HttpResults;
using PolicyTracker.Core.Agreements;
using PolicyTracker.Core.Common;
using PolicyTracker.Core.History;
using PolicyTracker.Core.People;
using PolicyTracker.Core.Records;
using PolicyTracker.Core.Search;
using PolicyTracker.Core.Sources;
using PolicyTracker.Core.Timeline;
using PolicyTracker.Web.Caching;
using PolicyTracker.Web.Timeline;
using ValidationProblem = Microsoft.AspNetCore.Http.HttpResults.ValidationProblem;

namespace PolicyTracker.Web.Api;

/// <param name="Next">The next page's address, which starts after this page's last record (read as fast at any depth).</param>
public sealed record RecordPageResponse(IReadOnlyList<TimelineItem> Items, int Page, int PageSize, bool HasNextPage, string? Next);

/// <summary>
/// The read-only JSON API: published records only, the same queries as the pages, described at
/// /openapi/v1.json. Unreadable filters answer 400 with the problems; unknown slugs 404; retracted records 410.
/// </summary>
public static class PublicApi
{
    public static void MapPublicApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api").CacheOutput(PublicCaching.Policy).WithTags("Public records");

        api.MapGet("/records", GetRecordsAsync)
            .WithSummary("Published records in timeline order, filtered and paged like the timeline page.");
        api.MapGet("/records/{slug}", GetRecordAsync)
            .WithSummary($"One published record of any kind ({string.Join(", ", RecordKinds.All.Select(k => k.Noun))}), with its kind's own facts.");
        api.MapGet("/agreements", async (AgreementQueries agreements, CancellationToken ct) => TypedResults.Ok(await agreements.ListPublishedAsync(ct)))
            .WithSummary("Every published agreement with New Zealand's current status.");
        api.MapGet("/agreements/{slug}", GetAgreementAsync)
            .WithSummary("One published agreement: status history, parties, workstreams and citations.");
        api.MapGet("/sources", async (SourceQueries sources, CancellationToken ct) => TypedResults.Ok(await sources.ListPublishedAsync(ct)))
            .WithSummary("Every published source with its reliability.");
        api.MapGet("/sources/{slug}", GetSourceAsync)
            .WithSummary("One published source and the records citing it.");
        api.MapGet("/people", async (PeopleQueries people, CancellationToken ct) => TypedResults.Ok(await people.ListPublishedAsync(ct)))
            .WithSummary("Every published person.");
        api.MapGet("/people/{slug}", GetPersonAsync)
            .WithSummary("One published person and their roles.");
        api.MapGet("/organisations", async (OrganisationQueries organisations, CancellationToken ct) => TypedResults.Ok(await organisations.ListPublishedAsync(ct)))
            .WithSummary("Every published organisation, with the number of published records naming it.");
        api.MapGet("/organisations/{slug}", GetOrganisationAsync)
            .WithSummary("One published organisation, its country and the people with a role there.");
        api.MapGet("/countries", async (CountryQueries countries, CancellationToken ct) => TypedResults.Ok(await countries.ListPublishedAsync(ct)))
            .WithSummary("Every published country, with the number of published records naming it.");
        api.MapGet("/countries/{slug}", GetCountryAsync)
            .WithSummary("One published country, the agreements it is party to and its organisations.");
        api.MapGet("/search", SearchAsync)
            .WithSummary("Ranked search over published titles, summaries, the text each kind makes searchable (a statement's words, a question's text) and sources.");
        api.MapGet("/corrections", async (ChangeLogQueries changeLog, CancellationToken ct) => TypedResults.Ok(await changeLog.CorrectionsAsync(cancellationToken: ct)))
            .WithSummary("Every correction and retraction, newest first.");
    }

    private static async Task<Results<Ok<RecordPageResponse>, ValidationProblem>> GetRecordsAsync(
        TimelineQueries timeline,
        string? agreement, string? kind, string? person, string? country, string? organisation, string? from, string? to, string? text, string? page,
        string? after, string? before, CancellationToken cancellationToken)
    {
        if (!TimelineFilter.TryParse(agreement, kind, person, country, from, to, text, page, out var filter, out var problems, after, before, organisation))
        {
            return Problem(problems);
        }

        var result = await timeline.GetPublishedPageAsync(filter, cancellationToken);
        var next = PageLink.Next(filter.Page, result.Items);
        return TypedResults.Ok(new RecordPageResponse(result.Items, filter.Page, TimelineFilter.PageSize, result.HasNextPage,
            result.HasNextPage ? TimelineAddress.With("/api/records", filter.ToQuery(next.Page, next.After)) : null));
    }

    private static async Task<Results<Ok<RecordDetail>, RedirectHttpResult, ProblemHttpResult>> GetRecordAsync(
        string slug, RecordQueries records, HttpContext context, CancellationToken cancellationToken) =>
        await records.FindPublishedAsync(null, slug, cancellationToken) switch
        {
            RecordLookup.Found found => CachedAsPageOf(context, found.Record.Id, TypedResults.Ok(found.Record)),
            RecordLookup.Moved moved => TypedResults.Redirect($"/api/records/{Uri.EscapeDataString(moved.Slug)}", permanent: true),
            RecordLookup.Retracted retracted => TypedResults.Problem(
                title: $"Retracted: {retracted.Title}", detail: retracted.Reason, statusCode: StatusCodes.Status410Gone),
            _ => NotFoundProblem(),
        };

    private static async Task<Results<Ok<AgreementDetail>, ProblemHttpResult>> GetAgreementAsync(
        string slug, AgreementQueries agreements, HttpContext context, CancellationToken cancellationToken) =>
        await agreements.GetPublishedAsync(slug, cancellationToken) is { } agreement
            ? CachedAsPageOf(context, agreement.Id, TypedResults.Ok(agreement))
            : NotFoundProblem();

    private static T CachedAsPageOf<T>(HttpContext context, Guid recordId, T result)
    {
        context.CacheAsPageOf(recordId);
        return result;
    }

    private static async Task<Results<Ok<SourceDetail>, ProblemHttpResult>> GetSourceAsync(string slug, SourceQueries sources, CancellationToken cancellationToken) =>
        await sources.GetPublishedAsync(slug, cancellationToken) is { } source ? TypedResults.Ok(source) : NotFoundProblem();

    private static async Task<Results<Ok<PersonDetail>, ProblemHttpResult>> GetPersonAsync(string slug, PeopleQueries people, CancellationToken cancellationToken) =>
        await people.GetPublishedAsync(slug, cancellationToken) is { } person ? TypedResults.Ok(person) : NotFoundProblem();

    private static async Task<Results<Ok<OrganisationDetail>, ProblemHttpResult>> GetOrganisationAsync(
        string slug, OrganisationQueries organisations, CancellationToken cancellationToken) =>
        await organisations.GetPublishedAsync(slug, cancellationToken) is { } organisation ? TypedResults.Ok(organisation) : NotFoundProblem();

    private static async Task<Results<Ok<CountryDetail>, ProblemHttpResult>> GetCountryAsync(string slug, CountryQueries countries, CancellationToken cancellationToken) =>
        await countries.GetPublishedAsync(slug, cancellationToken) is { } country ? TypedResults.Ok(country) : NotFoundProblem();

    private static async Task<Results<Ok<SearchResults>, ValidationProblem>> SearchAsync(string? q, SearchQueries search, CancellationToken cancellationToken)
    {
        var problems = new ValidationProblems();
        problems.Required("q", q, SearchQueries.MaxQueryLength);
        if (!problems.IsValid)
        {
            return Problem(problems);
        }

        return TypedResults.Ok(await search.SearchAsync(q!, cancellationToken));
    }

    // A body of its own, so the site's HTML not-found page is not put in its place.
    private static ProblemHttpResult NotFoundProblem() =>
        TypedResults.Problem(title: "Not Found", detail: "Nothing published has this address.", statusCode: StatusCodes.Status404NotFound);

    private static ValidationProblem Problem(ValidationProblems problems) =>
        TypedResults.ValidationProblem(problems.ByField());
}
