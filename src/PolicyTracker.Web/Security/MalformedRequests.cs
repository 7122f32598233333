using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Diagnostics;

namespace PolicyTracker.Web.Security;

/// <summary>
/// A request body the framework cannot read (a form key over its 2,048-character limit, a multipart body that never
/// ends; the antiforgery check reports either as its own failure) is the sender's fault: answered 400, wherever the form was posted, instead of failing as the server's 500.
/// </summary>
internal sealed class MalformedRequestHandler : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (!IsUnreadableRequest(context, exception))
        {
            return false;
        }

        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        context.Response.ContentType = "text/plain; charset=utf-8";
        await context.Response.WriteAsync("The form sent could not be read. Reload the page and try again.", cancellationToken);
        return true;
    }

    private static bool IsUnreadableRequest(HttpContext context, Exception exception) =>
        exception is BadHttpRequestException or AntiforgeryValidationException
        || (exception is InvalidDataException && context.Request.HasFormContentType);
}
