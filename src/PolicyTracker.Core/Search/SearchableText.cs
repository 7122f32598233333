using System.Linq.Expressions;
using PolicyTracker.Core.Common;
using PolicyTracker.Core.Records;

namespace PolicyTracker.Core.Search;

/// <summary>
/// The text search reads beside a record's title: its summary and the text columns each kind declares in its
/// registration (<see cref="RecordKindInfo.SearchableText"/>). One definition for PostgreSQL's search vector, SQLite's
/// word match and the text a hit shows, so a kind's searchable field is never read by one and missed by another.
/// </summary>
internal static class SearchableText
{
    /// <summary>The summary and every kind's searchable columns, joined; a column of another kind reads as empty.</summary>
    public static Expression<Func<TrackedRecord, string>> OfRecord { get; } = Build();

    /// <summary>The same text as SQL over the records table, for the generated search vector (columns are named as their properties).</summary>
    public static string Sql { get; } = string.Join(
        " || ' ' || ",
        new[] { nameof(TrackedRecord.Summary) }.Concat(RecordKinds.All.SelectMany(k => k.SearchableText)).Distinct().Select(column => $"coalesce(\"{column}\", '')"));

    /// <summary><paramref name="body"/> with its second parameter replaced by the record's searchable text.</summary>
    public static Expression<Func<TrackedRecord, TResult>> With<TResult>(Expression<Func<TrackedRecord, string, TResult>> body) =>
        Substitute.Fill(body, OfRecord);

    private static Expression<Func<TrackedRecord, string>> Build()
    {
        var record = Expression.Parameter(typeof(TrackedRecord), "r");
        var concat = typeof(string).GetMethod(nameof(string.Concat), [typeof(string), typeof(string), typeof(string)])!;
        Expression text = Expression.Property(record, nameof(TrackedRecord.Summary));
        foreach (var kind in RecordKinds.All)
        {
            foreach (var field in kind.SearchableText)
            {
                var column = Expression.Coalesce(Expression.Property(Expression.Convert(record, kind.EntityType), field), Expression.Constant(""));
                text = Expression.Call(concat, column, Expression.Constant(" "), text);
            }
        }

        // Kinds without the column add only spaces.
        return Expression.Lambda<Func<TrackedRecord, string>>(Expression.Call(text, typeof(string).GetMethod(nameof(string.Trim), Type.EmptyTypes)!), record);
    }
}
