using System.Diagnostics;

namespace Observatoires.Api.Platform.Export.Pdf;

/// <summary>Why no PDF could be made now (no Chromium, no print bundle, too busy, too slow): the caller gets a 503.</summary>
internal sealed class PdfUnavailableException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>
/// Prints a self-contained HTML document to PDF with Debian's Chromium, headless: the document is written in a private
/// temporary folder (with Chromium's profile), printed from a file:// URL, read back, and the folder removed. At most
/// two print at once (each Chromium takes ~150 MB and a core for a second or two); a print that takes longer than the
/// timeout is killed with its process tree. Chromium is handed a file that needs nothing from the network and no key:
/// the document holds exactly what the caller may see (<see cref="PrintDocument"/>).
/// Settings: Observatoires:Pdf:Chromium (default /usr/bin/chromium), Observatoires:Pdf:TimeoutSeconds (default 30).
/// </summary>
internal sealed class PdfPrinter(IConfiguration configuration, ILogger<PdfPrinter> logger)
{
    private readonly SemaphoreSlim printers = new(2);

    public string ChromiumPath => configuration["Observatoires:Pdf:Chromium"] ?? "/usr/bin/chromium";

    public TimeSpan Timeout => TimeSpan.FromSeconds(configuration.GetValue("Observatoires:Pdf:TimeoutSeconds", 30));

    public bool IsAvailable => File.Exists(ChromiumPath);

    /// <summary>Says once, at start-up, that PDFs cannot be made here and how to fix it.</summary>
    public void WarnIfUnavailable()
    {
        if (!IsAvailable)
            logger.LogWarning("PDF exports unavailable: Chromium is missing at {Chromium} (apt-get install chromium, or set Observatoires:Pdf:Chromium); the PDF routes answer 503", ChromiumPath);
    }

    public async Task<byte[]> PrintAsync(string html, CancellationToken ct)
    {
        if (!IsAvailable)
            throw new PdfUnavailableException($"PDF printing is not available on this server: Chromium is missing ({ChromiumPath}).");
        var started = Stopwatch.StartNew();
        // Waiting for a free printer counts against the same timeout: a queue longer than that is a 503, not a hang.
        if (!await printers.WaitAsync(Timeout, ct))
            throw new PdfUnavailableException("The PDF printers are all busy; try again in a moment.");
        try
        {
            var folder = Directory.CreateTempSubdirectory("observatoires-pdf-"); // 0700 on Unix: this process's only
            try
            {
                return await PrintInAsync(folder.FullName, html, Timeout - started.Elapsed, ct);
            }
            finally
            {
                try
                {
                    folder.Delete(recursive: true);
                }
                catch (IOException e)
                {
                    logger.LogWarning("Could not remove the PDF temporary folder {Folder}: {Error}", folder.FullName, e.Message);
                }
            }
        }
        finally
        {
            printers.Release();
        }
    }

    private async Task<byte[]> PrintInAsync(string folder, string html, TimeSpan timeLeft, CancellationToken ct)
    {
        var input = Path.Combine(folder, "document.html");
        var output = Path.Combine(folder, "document.pdf");
        await File.WriteAllTextAsync(input, html, ct);
        var start = new ProcessStartInfo(ChromiumPath)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var argument in (string[])[
                     "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                     "--disable-component-update", "--disable-sync", "--disable-extensions", "--no-first-run",
                     "--no-pdf-header-footer", $"--user-data-dir={Path.Combine(folder, "profile")}",
                     $"--print-to-pdf={output}", new Uri(input).AbsoluteUri])
            start.ArgumentList.Add(argument);
        // Chromium writes its caches under HOME: keep them in the folder removed afterwards.
        start.Environment["HOME"] = folder;
        using var process = Process.Start(start) ?? throw new PdfUnavailableException("Chromium could not be started.");
        var errors = process.StandardError.ReadToEndAsync(CancellationToken.None);
        _ = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(timeLeft > TimeSpan.Zero ? timeLeft : TimeSpan.FromMilliseconds(1));
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
            ct.ThrowIfCancellationRequested();
            throw new PdfUnavailableException($"The PDF took longer than {Timeout.TotalSeconds:0} s to print; try again in a moment.");
        }
        if (process.ExitCode != 0 || !File.Exists(output))
        {
            logger.LogError("Chromium failed to print a PDF (exit code {ExitCode}): {Errors}", process.ExitCode, Tail(await errors));
            throw new PdfUnavailableException("Chromium failed to print the PDF.");
        }
        return await File.ReadAllBytesAsync(output, ct);
    }

    private static string Tail(string text) => text.Length <= 2000 ? text : text[^2000..];
}
