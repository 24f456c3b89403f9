using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Observatoires.Api.Platform.Http;

/// <summary>
/// The exceptions that are not the API's fault, as problem details: a body over its limit (413, saying the limit), a body
/// the server could not read (its 4xx). Anything else stays a 500.
/// </summary>
internal sealed class ExceptionProblems(IProblemDetailsService problems) : IExceptionHandler
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
