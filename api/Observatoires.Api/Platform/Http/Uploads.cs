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

    private Upload(string folder, string path, string name)
    {
        Folder = folder;
        Path = path;
        Name = name;
    }

    public string Folder { get; }

    /// <summary>The saved file (for a .zip: the shapefile found inside).</summary>
    public string Path { get; private set; }

    /// <summary>The name the client gave (reports and the audit log).</summary>
    public string Name { get; }

    public static async Task<Upload> SaveAsync(IFormFile file, CancellationToken ct)
    {
        var folder = Directory.CreateTempSubdirectory("observatoires-upload-").FullName;
        // Only the extension of the client's name is kept: never its path.
        var name = System.IO.Path.GetFileName(file.FileName);
        var path = System.IO.Path.Combine(folder, "upload" + System.IO.Path.GetExtension(name).ToLowerInvariant());
        await using (var output = File.Create(path))
            await file.CopyToAsync(output, ct);
        return new(folder, path, name);
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

    public ValueTask DisposeAsync()
    {
        Directory.Delete(Folder, true);
        return ValueTask.CompletedTask;
    }
}

/// <summary>The body size limits of uploads.</summary>
internal static class Uploads
{
    /// <summary>Lifts the 1 MB body limit for the import routes only.</summary>
    public static IApplicationBuilder UseUploadLimits(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.Request.Path.StartsWithSegments(Upload.PathPrefix) && context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
            limit.MaxRequestBodySize = Upload.MaxBytes;
        await next(context);
    });
}
