using CsvHelper;

namespace PolicyTracker.Web.Components.Shared;

/// <summary>Every CSV the site gives: a download, readable by Excel, and safe to open in a spreadsheet.</summary>
public static class CsvDownload
{
    public static async Task WriteAsync(HttpContext context, string fileName, string[] header, IAsyncEnumerable<string[]> rows)
    {
        await using var each = rows.GetAsyncEnumerator(context.RequestAborted);
        // The query runs before anything is sent: a database that cannot answer gets a 503, not a 200 cut short.
        var more = await each.MoveNextAsync();
        context.Response.ContentType = "text/csv; charset=utf-8";
        context.Response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}\"";
        // A byte-order mark first: without it Excel reads the file as the system's code page and garbles every
        // macron and dash.
        await context.Response.Body.WriteAsync(System.Text.Encoding.UTF8.Preamble.ToArray(), context.RequestAborted);
        // Cells starting like a formula (=, +, -, @) are escaped so no stored text runs in a spreadsheet.
        await using var csv = CsvWriter.Create(context.Response.Body, new CsvWriterOptions { Injection = CsvInjection.Escape }, leaveOpen: true);
        await csv.WriteRecordAsync(header, context.RequestAborted);
        for (; more; more = await each.MoveNextAsync())
        {
            await csv.WriteRecordAsync(each.Current, context.RequestAborted);
        }
    }
}
