using CsvHelper;

namespace PolicyTracker.Web.Components.Shared;

/// <summary>A CSV column and its Table Schema type ("string", "date", "boolean", "integer", "datetime"), for the open-data package.</summary>
public sealed record CsvColumn(string Name, string Type, string Description);

/// <summary>Every CSV the site gives: a download, readable by Excel, and safe to open in a spreadsheet.</summary>
public static class CsvDownload
{
    public static async Task WriteAsync(HttpContext context, string fileName, IReadOnlyList<CsvColumn> columns, IAsyncEnumerable<string[]> rows)
    {
        await using var each = rows.GetAsyncEnumerator(context.RequestAborted);
        // The query runs before anything is sent: a database that cannot answer gets a 503, not a 200 cut short.
        var more = await each.MoveNextAsync();
        context.Response.ContentType = "text/csv; charset=utf-8";
        context.Response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}\"";
        // A byte-order mark first: without it Excel reads the file as the system's code page and garbles every
        // macron and dash.
        await context.Response.Body.WriteAsync(System.Text.Encoding.UTF8.Preamble.ToArray(), context.RequestAborted);
        await WriteRowsAsync(context.Response.Body, columns, each, more, context.RequestAborted);
    }

    /// <summary>The same CSV without the byte-order mark, as open-data tools read it (a release's files).</summary>
    public static async Task<byte[]> BytesAsync(IReadOnlyList<CsvColumn> columns, IAsyncEnumerable<string[]> rows, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await using var each = rows.GetAsyncEnumerator(cancellationToken);
        await WriteRowsAsync(buffer, columns, each, await each.MoveNextAsync(), cancellationToken);
        return buffer.ToArray();
    }

    private static async Task WriteRowsAsync(Stream output, IReadOnlyList<CsvColumn> columns, IAsyncEnumerator<string[]> each, bool more, CancellationToken cancellationToken)
    {
        // Cells starting like a formula (=, +, -, @) are escaped so no stored text runs in a spreadsheet.
        await using var csv = CsvWriter.Create(output, new CsvWriterOptions { Injection = CsvInjection.Escape }, leaveOpen: true);
        await csv.WriteRecordAsync(columns.Select(c => c.Name).ToArray(), cancellationToken);
        for (; more; more = await each.MoveNextAsync())
        {
            await csv.WriteRecordAsync(each.Current, cancellationToken);
        }
    }
}
