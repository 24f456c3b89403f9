using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Observatoires.Api.Platform.Export.Pdf;

/// <summary>
/// The self-contained HTML file a PDF is printed from: a print bundle of the web client (web/dist/print/&lt;name&gt;.js
/// and .css, a classic script built by vite.publication.config.ts) inlined with the data it renders, as
/// &lt;script type="application/json" id="publication-data"&gt;. Chromium then loads nothing and calls no API: a
/// Content-Security-Policy in the file forbids any request, so the PDF holds exactly the JSON the caller was given.
/// </summary>
internal sealed partial class PrintDocument(ProjectPaths paths)
{
    /// <summary>The HTML of the bundle <paramref name="bundle"/> rendering <paramref name="json"/> (a JSON text).</summary>
    public async Task<string> BuildAsync(string bundle, string title, string json, CancellationToken ct)
    {
        var folder = Path.Combine(paths.WebRoot, "print");
        var script = Path.Combine(folder, $"{bundle}.js");
        var style = Path.Combine(folder, $"{bundle}.css");
        if (!File.Exists(script) || !File.Exists(style))
            throw new PdfUnavailableException($"The print bundle '{bundle}' is not built ({folder}): run 'npm run build' in web/.");
        return Compose(title, json, await File.ReadAllTextAsync(style, ct), await File.ReadAllTextAsync(script, ct));
    }

    /// <summary>The file's text; the data and the code cannot close their element (every &lt; of the JSON escaped, and a
    /// &lt;/script or &lt;/style in the code written &lt;\/, which means the same in a script's strings and in CSS).</summary>
    internal static string Compose(string title, string json, string css, string script)
    {
        var html = new StringBuilder(json.Length + css.Length + script.Length + 1024);
        html.Append("<!doctype html>\n<html lang=\"fr\"><head><meta charset=\"utf-8\">")
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:\">")
            .Append("<title>").Append(WebUtility.HtmlEncode(title)).Append("</title>")
            .Append("<style>").Append(ClosingTag().Replace(css, "<\\/")).Append("</style></head><body>")
            .Append("<script type=\"application/json\" id=\"publication-data\">")
            .Append(json.Replace("<", "\\u003c", StringComparison.Ordinal))
            .Append("</script><script>").Append(ClosingTag().Replace(script, "<\\/")).Append("</script></body></html>\n");
        return html.ToString();
    }

    [GeneratedRegex("</(?=script|style)", RegexOptions.IgnoreCase)]
    private static partial Regex ClosingTag();
}
