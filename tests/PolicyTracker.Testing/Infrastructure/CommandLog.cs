using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace PolicyTracker.Tests.Infrastructure;

/// <summary>Every SQL command a context sends (queries, saves and scalar reads alike), for tests that count or read them.</summary>
public sealed class CommandLog : DbCommandInterceptor
{
    private readonly List<string> texts = [];

    public IReadOnlyList<string> Texts
    {
        get
        {
            lock (texts)
            {
                return [.. texts];
            }
        }
    }

    public void Clear()
    {
        lock (texts)
        {
            texts.Clear();
        }
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result) =>
        Logged(command, result);

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Logged(command, result));

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result) =>
        Logged(command, result);

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Logged(command, result));

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result) =>
        Logged(command, result);

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Logged(command, result));

    private T Logged<T>(DbCommand command, T result)
    {
        lock (texts)
        {
            texts.Add(command.CommandText);
        }

        return result;
    }
}
