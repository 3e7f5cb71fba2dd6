using Microsoft.AspNetCore.Diagnostics;
using Search.Core.Querying;
using Search.Host.Contracts;

namespace Search.Host.Errors;

/// <summary>
/// Turns exceptions into RFC 9457 problem details with a stable <c>code</c>: a refused search is a 400
/// (logged at Information, no stack trace), an index being built a 503 with Retry-After, anything else a
/// 500 that says nothing of the internals (logged at Error with the exception).
/// </summary>
public sealed class ApiExceptionHandler(ILogger<ApiExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        var (status, code, detail) = exception switch
        {
            InvalidSearchRequestException e => (StatusCodes.Status400BadRequest, e.Code, e.Message),
            BadHttpRequestException e => (e.StatusCode, ApiErrors.BadRequest, e.Message),
            IndexNotReadyException e => (StatusCodes.Status503ServiceUnavailable, ApiErrors.IndexNotReady, e.Message),
            _ => (StatusCodes.Status500InternalServerError, ApiErrors.Internal, "Internal error; it has been logged."),
        };
        if (status == StatusCodes.Status500InternalServerError)
            logger.LogError(exception, "Unhandled exception for {Method} {Path}", context.Request.Method, context.Request.Path);
        else
            logger.LogInformation("{Method} {Path} answered {Status} {Code}: {Detail}", context.Request.Method, context.Request.Path, status, code, detail);

        if (status == StatusCodes.Status503ServiceUnavailable) context.Response.Headers.RetryAfter = "5";
        await ApiProblem.Create(status, code, detail).ExecuteAsync(context);
        return true;
    }
}
