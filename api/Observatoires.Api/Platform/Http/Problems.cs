using Microsoft.AspNetCore.Http.HttpResults;

namespace Observatoires.Api.Platform.Http;

/// <summary>RFC 9457 problem details for the errors endpoints raise themselves (validation errors come from FastEndpoints).</summary>
internal static class Problems
{
    public static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status404NotFound, title: "Not Found",
            type: "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5");
}
