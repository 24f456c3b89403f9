using FastEndpoints;

namespace Observatoires.Api.Platform.Http;

internal static class RawResponse
{
    /// <summary>
    /// Starts a 200 response an endpoint writes itself (CSV, streamed GeoJSON): FastEndpoints is told, so that it
    /// does not add a response of its own even when the body goes to a buffer (see DataVersionCache).
    /// </summary>
    public static void StartRaw(this HttpContext context, string contentType)
    {
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = contentType;
        context.MarkResponseStart();
    }
}
