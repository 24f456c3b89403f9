using System.Globalization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Observatoires.Api.Platform.Data;

namespace Observatoires.Api.Platform.Http;

/// <summary>
/// The exceptions that are not the API's fault, as problem details: a body over its limit (413, saying the limit), a body
/// the server could not read (its 4xx), and a database that cannot be reached (503 with Retry-After, logged as a
/// warning: every request of an outage would otherwise log a stack trace). Anything else stays a 500.
/// </summary>
internal sealed class ExceptionProblems(IProblemDetailsService problems, ILogger<ExceptionProblems> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge })
        {
            await BodyLimits.TooLarge(context.Request).ExecuteAsync(context);
            return true;
        }
        if (exception is BadHttpRequestException bad)
            return await WriteAsync(context, bad.StatusCode, $"The request could not be read: {bad.Message}");
        if (DatabaseOutage.Is(exception))
        {
            logger.LogWarning("Database unavailable, {Method} {Path} answered 503: {Error}", context.Request.Method,
                Echo.Cut(context.Request.Path.Value), exception.Message);
            context.Response.Headers.RetryAfter = DatabaseOutage.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
            return await WriteAsync(context, StatusCodes.Status503ServiceUnavailable,
                $"The database is unavailable for the moment; retry in {DatabaseOutage.RetryAfterSeconds} s.");
        }
        return false;
    }

    private async Task<bool> WriteAsync(HttpContext context, int status, string detail)
    {
        context.Response.StatusCode = status;
        return await problems.TryWriteAsync(new()
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails { Status = status, Detail = detail },
        });
    }
}
