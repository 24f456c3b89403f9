using FluentValidation.Results;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Observatoires.Api.Platform.Http;

/// <summary>
/// RFC 9457 problem details: the errors endpoints raise themselves, and the two writers every problem goes through
/// (FastEndpoints' field errors and ASP.NET Core's problem details service), which cut the values they echo (<see cref="Echo"/>).
/// </summary>
internal static class Problems
{
    private const string DetailItem = "Observatoires.ProblemDetail";

    public static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status404NotFound, title: "Not Found",
            type: "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5");

    /// <summary>The detail of the field errors about to be sent for this request (by default, the reason of a single error).</summary>
    public static void SetDetail(HttpContext context, string detail) => context.Items[DetailItem] = detail;

    /// <summary>FastEndpoints' response builder: field errors, every one of them, with echoed values cut.</summary>
    public static object FieldErrors(List<ValidationFailure> failures, HttpContext context, int statusCode)
    {
        var cut = Echo.CutterFor(context);
        var problem = new FastEndpoints.ProblemDetails(
            [.. failures.Select(f => new ValidationFailure(cut(f.PropertyName), cut(f.ErrorMessage)) { ErrorCode = f.ErrorCode, Severity = f.Severity })],
            cut(context.Request.Path.Value)!, context.TraceIdentifier, statusCode);
        if (context.Items[DetailItem] is string detail)
            problem.Detail = cut(detail);
        return problem;
    }

    /// <summary>For problems written by ASP.NET Core (results, status code pages, exception handler): echoed values cut.</summary>
    public static void CutEchoes(ProblemDetailsContext context)
    {
        var cut = Echo.CutterFor(context.HttpContext);
        var problem = context.ProblemDetails;
        problem.Detail = cut(problem.Detail);
        problem.Title = cut(problem.Title);
        problem.Instance = cut(problem.Instance);
        foreach (var (key, value) in problem.Extensions.ToList())
        {
            if (value is string text)
                problem.Extensions[key] = cut(text);
        }
    }
}
