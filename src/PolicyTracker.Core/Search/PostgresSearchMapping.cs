using Microsoft.EntityFrameworkCore;
using NpgsqlTypes;
using PolicyTracker.Core.Records;
using PolicyTracker.Core.Sources;

namespace PolicyTracker.Core.Search;

/// <summary>
/// PostgreSQL full-text search: a stored, generated tsvector per searchable table with a GIN index. Titles
/// weigh most; summaries and each kind's searchable text (<see cref="SearchableText"/>) next. The column is computed by SQL because it spans the columns of
/// several record kinds, which EF Core's per-type generated-column helper cannot express.
/// </summary>
internal static class PostgresSearchMapping
{
    public const string Column = "SearchVector";

    /// <summary>The title's words alone, for search to take its best candidates first (SearchQueries.Candidates).</summary>
    public const string TitleColumn = "TitleVector";
    public const string Configuration = "english";

    public static void Apply(ModelBuilder modelBuilder)
    {
        var records = modelBuilder.Entity<TrackedRecord>();
        records.Property<NpgsqlTsVector>(Column).HasComputedColumnSql(
            $"""
            setweight(to_tsvector('{Configuration}', coalesce("Title", '')), 'A')
            || setweight(to_tsvector('{Configuration}', {SearchableText.Sql}), 'B')
            """,
            stored: true);
        records.HasIndex(Column).HasMethod("GIN");
        // Stored, not an index on an expression: search also checks it row by row while reading the latest records
        // first, and computing each title's words there cost more than the search itself.
        records.Property<NpgsqlTsVector>(TitleColumn).HasComputedColumnSql($"""to_tsvector('{Configuration}', coalesce("Title", ''))""", stored: true);
        records.HasIndex(TitleColumn).HasMethod("GIN");

        var sources = modelBuilder.Entity<Source>();
        sources.Property<NpgsqlTsVector>(Column).HasComputedColumnSql(
            $"""
            setweight(to_tsvector('{Configuration}', coalesce("Title", '')), 'A')
            || setweight(to_tsvector('{Configuration}', coalesce("Outlet", '') || ' ' || coalesce("Author", '')), 'B')
            || setweight(to_tsvector('{Configuration}', coalesce("Notes", '')), 'C')
            """,
            stored: true);
        sources.HasIndex(Column).HasMethod("GIN");
    }
}
