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

    /// <summary>The extension member naming the request (its X-Request-Id, <see cref="RequestLog"/>) in every problem.</summary>
    public const string RequestIdMember = "requestId";

    // FastEndpoints' own serialisation of its problem (camelCase, nulls left out), to add the request id to it.
    private static readonly System.Text.Json.JsonSerializerOptions FieldErrorsJson = new(System.Text.Json.JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    public static ProblemHttpResult NotFound(string detail) => Problem(StatusCodes.Status404NotFound, "Not Found", "15.5.5", detail);

    /// <summary>A territory or custom zone the referential does not have.</summary>
    public static ProblemHttpResult UnknownTerritory(string? id) => NotFound($"Territory '{Echo.Cut(id)}' does not exist");

    /// <summary>A write outside the key's territories.</summary>
    public static ProblemHttpResult OutsideScope(string thing, string territory) => Problem(StatusCodes.Status403Forbidden, "Forbidden",
        "15.5.4", $"{thing} lies in {territory}, outside the territories of your key.");

    /// <summary>A change the object's state does not allow (a workflow step); the extensions say what it allows.</summary>
    public static ProblemHttpResult Conflict(string detail, IDictionary<string, object?> extensions) =>
        Problem(StatusCodes.Status409Conflict, "Conflict", "15.5.10", detail, extensions);

    /// <summary>A well-formed request the data cannot answer (a projection with too few values to fit).</summary>
    public static ProblemHttpResult Unprocessable(string detail) => Problem(StatusCodes.Status422UnprocessableEntity, "Unprocessable Content", "15.5.21", detail);

    /// <summary>A versioned write whose If-Match is not the current version; the extensions carry the current one.</summary>
    public static ProblemHttpResult PreconditionFailed(string detail, IDictionary<string, object?> extensions) =>
        Problem(StatusCodes.Status412PreconditionFailed, "Precondition Failed", "15.5.13", detail, extensions);

    /// <summary>A service the route needs is missing or busy (a PDF without Chromium); the client may try again later.</summary>
    public static ProblemHttpResult Unavailable(string detail, IDictionary<string, object?>? extensions = null) =>
        Problem(StatusCodes.Status503ServiceUnavailable, "Service Unavailable", "15.6.4", detail, extensions);

    /// <summary>A versioned write without a usable If-Match (RFC 6585).</summary>
    public static ProblemHttpResult PreconditionRequired(string detail) =>
        TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status428PreconditionRequired, title: "Precondition Required",
            type: "https://www.rfc-editor.org/rfc/rfc6585#section-3");

    private static ProblemHttpResult Problem(int status, string title, string section, string detail, IDictionary<string, object?>? extensions = null) =>
        TypedResults.Problem(detail: detail, statusCode: status, title: title, extensions: extensions,
            type: $"https://www.rfc-editor.org/rfc/rfc9110#section-{section}");

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
        // FastEndpoints' problem has no extension members: the same body as JSON, with the request id added.
        var body = System.Text.Json.JsonSerializer.SerializeToNode(problem, FieldErrorsJson)!.AsObject();
        body[RequestIdMember] = context.TraceIdentifier;
        return body;
    }

    /// <summary>For problems written by ASP.NET Core (results, status code pages, exception handler): echoed values cut.</summary>
    public static void CutEchoes(ProblemDetailsContext context)
    {
        var cut = Echo.CutterFor(context.HttpContext);
        var problem = context.ProblemDetails;
        problem.Detail = cut(problem.Detail);
        problem.Title = cut(problem.Title);
        problem.Instance = cut(problem.Instance);
        problem.Extensions[RequestIdMember] = context.HttpContext.TraceIdentifier;
        foreach (var (key, value) in problem.Extensions.ToList())
        {
            if (value is string text)
                problem.Extensions[key] = cut(text);
        }
    }
}
