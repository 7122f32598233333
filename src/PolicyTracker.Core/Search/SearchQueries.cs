using Microsoft.EntityFrameworkCore;
using NpgsqlTypes;
using PolicyTracker.Core.Data;
using PolicyTracker.Core.Publication;
using PolicyTracker.Core.Records;
using PolicyTracker.Core.Sources;

namespace PolicyTracker.Core.Search;

/// <summary>A search hit: a record (with its kind) or a source, with the text that matched.</summary>
public sealed record SearchHit(string Slug, RecordKind? Kind, string Title, string Text, double Rank);

public sealed record SearchResults(string Query, IReadOnlyList<string> Terms, IReadOnlyList<SearchHit> Hits);

/// <summary>
/// Ranked search over published titles, summaries, quotations and sources: PostgreSQL full-text search (GIN
/// indexed) in production; on the embedded SQLite database, a word-by-word match ranked the same way in spirit
/// (title matches above text matches).
/// </summary>
public sealed class SearchQueries(PolicyTrackerDbContext db)
{
    public const int MaxResults = 50;
    public const int MaxQueryLength = 200;

    public async Task<SearchResults> SearchAsync(string query, CancellationToken cancellationToken = default)
    {
        var terms = Highlighter.Terms(query);
        if (terms.Count == 0)
        {
            return new SearchResults(query, terms, []);
        }

        var hits = db.Database.IsNpgsql()
            ? await FullTextAsync(query, cancellationToken)
            : await WordMatchAsync(terms, cancellationToken);
        return new SearchResults(query, terms, hits.OrderByDescending(h => h.Rank).ThenBy(h => h.Title).Take(MaxResults).ToList());
    }

    /// <summary>
    /// How many matches are ranked at most, per table and tier: the latest entered (ids are time-ordered). Ranking
    /// reads and scores every row it is given, so ranking all matches of common words grew with the data (close to a
    /// second at a million records); a bounded candidate set keeps search as fast at any size.
    /// </summary>
    public const int Candidates = 1000;

    // EF.Functions.WebSearchToTsQuery must stay inside each lambda to be translated to SQL.
    private async Task<List<SearchHit>> FullTextAsync(string query, CancellationToken cancellationToken)
    {
        const string column = PostgresSearchMapping.Column;
        const string titleColumn = PostgresSearchMapping.TitleColumn;
        const string language = PostgresSearchMapping.Configuration;
        var published = db.Records.AsNoTracking().VisibleToPublic();

        // Candidates with the whole query in their title come first, from the title's own index: a title weighs most,
        // so they are the best matches; then any others, so text found only in a summary or a quotation is found too.
        var inTitle = await RankedAsync(published.Where(r => EF.Property<NpgsqlTsVector>(r, titleColumn).Matches(EF.Functions.WebSearchToTsQuery(language, query))));
        var anywhere = await RankedAsync(published.Where(r => EF.Property<NpgsqlTsVector>(r, column).Matches(EF.Functions.WebSearchToTsQuery(language, query))));

        var sources = await db.Sources.AsNoTracking().VisibleToPublic()
            .Where(s => EF.Property<NpgsqlTsVector>(s, column).Matches(EF.Functions.WebSearchToTsQuery(language, query)))
            .OrderByDescending(s => s.Id)
            .Take(Candidates)
            .OrderByDescending(s => EF.Property<NpgsqlTsVector>(s, column).Rank(EF.Functions.WebSearchToTsQuery(language, query)))
            .Take(MaxResults)
            .Select(s => new SearchHit(
                s.Slug, null, s.Title, (s.Outlet ?? "") + " " + (s.Author ?? "") + " " + (s.Notes ?? ""),
                EF.Property<NpgsqlTsVector>(s, column).Rank(EF.Functions.WebSearchToTsQuery(language, query))))
            .ToListAsync(cancellationToken);
        return [.. inTitle.UnionBy(anywhere, h => h.Slug), .. sources];

        // The whole query is checked again after the candidates are taken (a title can hold every word while the text
        // holds one the query excludes), outside the subquery, so it does not make PostgreSQL read every match.
        Task<List<SearchHit>> RankedAsync(IQueryable<TrackedRecord> candidates) => candidates
            .OrderByDescending(r => r.Id)
            .Take(Candidates)
            .Where(r => EF.Property<NpgsqlTsVector>(r, column).Matches(EF.Functions.WebSearchToTsQuery(language, query)))
            .OrderByDescending(r => EF.Property<NpgsqlTsVector>(r, column).Rank(EF.Functions.WebSearchToTsQuery(language, query)))
            .Take(MaxResults)
            .Select(SearchableText.With((r, text) => new SearchHit(
                r.Slug, r.Kind, r.Title, text, EF.Property<NpgsqlTsVector>(r, column).Rank(EF.Functions.WebSearchToTsQuery(language, query)))))
            .ToListAsync(cancellationToken);
    }

    private async Task<List<SearchHit>> WordMatchAsync(IReadOnlyList<string> terms, CancellationToken cancellationToken)
    {
        IQueryable<TrackedRecord> records = db.Records.AsNoTracking().VisibleToPublic();
        IQueryable<Source> sources = db.Sources.AsNoTracking().VisibleToPublic();
        foreach (var term in terms)
        {
            var like = $"%{term}%";
            records = records.Where(SearchableText.With((r, text) => EF.Functions.Like(r.Title, like) || EF.Functions.Like(text, like)));
            sources = sources.Where(s => EF.Functions.Like(s.Title, like) || EF.Functions.Like(s.Outlet ?? "", like)
                || EF.Functions.Like(s.Author ?? "", like) || EF.Functions.Like(s.Notes ?? "", like));
        }

        // A fixed order, so the candidates taken before scoring are the same every time.
        var found = await records
            .OrderBy(r => r.Title).ThenBy(r => r.Id)
            .Select(SearchableText.With((r, text) => new SearchHit(r.Slug, r.Kind, r.Title, text, 0)))
            .Take(MaxResults * 4)
            .ToListAsync(cancellationToken);
        found.AddRange(await sources
            .OrderBy(s => s.Title).ThenBy(s => s.Id)
            .Select(s => new SearchHit(s.Slug, null, s.Title, (s.Outlet ?? "") + " " + (s.Author ?? "") + " " + (s.Notes ?? ""), 0))
            .Take(MaxResults)
            .ToListAsync(cancellationToken));
        return found.Select(h => h with { Rank = Score(h, terms) }).ToList();
    }

    // Title matches count three times a match in the text, as the weights of the PostgreSQL search do.
    private static double Score(SearchHit hit, IReadOnlyList<string> terms) =>
        terms.Sum(t => (3 * Occurrences(hit.Title, t)) + Occurrences(hit.Text, t));

    private static int Occurrences(string text, string term)
    {
        var count = 0;
        for (var i = text.IndexOf(term, StringComparison.OrdinalIgnoreCase); i >= 0; i = text.IndexOf(term, i + term.Length, StringComparison.OrdinalIgnoreCase))
        {
            count++;
        }

        return count;
    }
}
