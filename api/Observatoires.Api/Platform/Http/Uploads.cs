using System.IO.Compression;
using Microsoft.AspNetCore.Http.Features;

namespace Observatoires.Api.Platform.Http;

/// <summary>
/// Uploaded files of the import endpoints: the only requests allowed a large body (256 MB, where every other
/// request is held to 1 MB), saved to a private temporary folder that is deleted afterwards.
/// </summary>
internal sealed class Upload : IAsyncDisposable
{
    public const long MaxBytes = 256L * 1024 * 1024;
    public const string PathPrefix = "/api/v1/imports";

    private Upload(string folder, string path, Data.ImportedFile file)
    {
        Folder = folder;
        Path = path;
        File = file;
    }

    public string Folder { get; }

    /// <summary>The saved file (for a .zip: the shapefile found inside).</summary>
    public string Path { get; private set; }

    /// <summary>The name the client gave (reports and the audit log).</summary>
    public string Name => File.Name;

    /// <summary>The file as the ingestion log records it: its name, size and SHA-256, computed while it was saved.</summary>
    public Data.ImportedFile File { get; }

    /// <summary>The name the client gave a file, as answers and the audit log quote it: without its path, at most 100 characters.</summary>
    public static string NameOf(IFormFile file) => Echo.Cut(System.IO.Path.GetFileName(file.FileName));

    /// <summary>
    /// A small upload read by a synchronous reader (<c>CsvReader</c>): buffered in memory first, since Kestrel forbids
    /// synchronous reads of a request body.
    /// </summary>
    public static async Task<T> ReadAsync<T>(IFormFile file, Func<Stream, T> read, CancellationToken ct)
    {
        await using var stream = file.OpenReadStream();
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, ct);
        buffer.Position = 0;
        return read(buffer);
    }

    public static async Task<Upload> SaveAsync(IFormFile file, CancellationToken ct)
    {
        var folder = Directory.CreateTempSubdirectory("observatoires-upload-").FullName;
        // Only the extension of the client's name is kept: never its path.
        var name = NameOf(file);
        var path = System.IO.Path.Combine(folder, "upload" + System.IO.Path.GetExtension(name).ToLowerInvariant());
        using var sha256 = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        long bytes = 0;
        await using (var input = file.OpenReadStream())
        await using (var output = System.IO.File.Create(path))
        {
            var buffer = new byte[81920];
            int read;
            while ((read = await input.ReadAsync(buffer, ct)) > 0)
            {
                sha256.AppendData(buffer, 0, read);
                await output.WriteAsync(buffer.AsMemory(0, read), ct);
                bytes += read;
            }
        }
        return new(folder, path, new(name, bytes, Convert.ToHexStringLower(sha256.GetHashAndReset())));
    }

    /// <summary>For a zipped shapefile: extracts it (within the size limit) and points <see cref="Path"/> at the .shp.</summary>
    public string? UnzipShapefile()
    {
        if (!Path.EndsWith(".zip", StringComparison.Ordinal))
            return null;
        using var zip = ZipFile.OpenRead(Path);
        if (zip.Entries.Sum(e => e.Length) > 4 * MaxBytes)
            return "the zip file expands to more than 1 GB";
        var target = Directory.CreateDirectory(System.IO.Path.Combine(Folder, "unzipped")).FullName;
        zip.ExtractToDirectory(target); // refuses entries that would land outside the folder
        var shapefiles = Directory.GetFiles(target, "*.shp", SearchOption.AllDirectories);
        if (shapefiles.Length != 1)
            return $"the zip file must hold exactly one shapefile (.shp with its .dbf, .shx, .prj); it holds {shapefiles.Length}";
        Path = shapefiles[0];
        return null;
    }

    /// <summary>The detail of a refused file's problem: how many problems, and how many of them are listed.</summary>
    public static string Refusal(string file, int problems, int listed) =>
        $"{file} was refused, nothing was changed: {problems} problem{(problems > 1 ? "s" : "")}" +
        (problems > listed ? $", the first {listed} listed." : ".");

    public ValueTask DisposeAsync()
    {
        Directory.Delete(Folder, true);
        return ValueTask.CompletedTask;
    }
}

/// <summary>
/// Request body limits: 1 MB, except the import routes (256 MB: the platform's and the observatories' imports). A body announced larger is refused at once (413, saying
/// the limit); one sent without a length is cut when it passes the limit, by Kestrel or, on servers without a limit of
/// their own (the tests' in-memory server), by <see cref="LimitedBody"/>. Either way the exception becomes the same 413
/// (<see cref="ExceptionProblems"/>).
/// </summary>
internal static class BodyLimits
{
    public const long DefaultMaxBytes = 1024 * 1024;

    public static long For(HttpRequest request) => IsImport(request.Path) ? Upload.MaxBytes : DefaultMaxBytes;

    /// <summary>The platform's imports (/api/v1/imports/…) and an observatory's (/api/v1/&lt;slug&gt;/imports/…).</summary>
    public static bool IsImport(PathString path)
    {
        if (path.StartsWithSegments(Upload.PathPrefix))
            return true;
        var segments = (path.Value ?? "").Split('/');
        return segments.Length > 5 && segments[0] == "" && segments[1] == "api" && segments[2] == "v1" && segments[4] == "imports";
    }

    public static string Message(HttpRequest request) =>
        $"The request body is larger than the {For(request) / (1024 * 1024)} MB this route accepts " +
        $"(every route: 1 MB; the imports under {Upload.PathPrefix} and /api/v1/<observatory>/imports: {Upload.MaxBytes / (1024 * 1024)} MB).";

    public static IResult TooLarge(HttpRequest request) =>
        Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Content Too Large", detail: Message(request),
            type: "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.14");

    public static IApplicationBuilder UseBodyLimits(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var limit = For(context.Request);
        if (context.Request.ContentLength > limit)
        {
            await TooLarge(context.Request).ExecuteAsync(context);
            return;
        }
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
            feature.MaxRequestBodySize = limit;
        else if (context.Request.ContentLength is null)
            context.Request.Body = new LimitedBody(context.Request.Body, limit);
        await next(context);
    });
}

/// <summary>A request body that throws Kestrel's exception (413) once more than its limit has been read.</summary>
internal sealed class LimitedBody(Stream inner, long limit) : Stream
{
    private long read;

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        Count(await inner.ReadAsync(buffer, cancellationToken));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));

    private int Count(int n)
    {
        read += n;
        return read > limit
            ? throw new BadHttpRequestException("Request body too large.", StatusCodes.Status413PayloadTooLarge)
            : n;
    }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => read; set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
            inner.Dispose();
        base.Dispose(disposing);
    }
}
