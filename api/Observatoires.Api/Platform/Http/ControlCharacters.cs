using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using FastEndpoints;
using FluentValidation.Results;

namespace Observatoires.Api.Platform.Http;

/// <summary>
/// Refuses control characters where no value can hold them, before any endpoint reads the request: PostgreSQL refuses
/// U+0000 in text (that was a 500), and .NET reads "2\0" as the number 2. Query names and values, route values and the
/// key and condition headers may hold none of U+0000–U+001F and U+007F; JSON strings none but tab, line feed and
/// carriage return, which free text may hold. A 400 names the parameter (a JSON member by its path). CSV cells are
/// checked by the importer, which reports them with their line.
/// </summary>
internal static class ControlCharacters
{
    private static readonly SearchValues<char> AnyControl = SearchValues.Create(
        string.Concat(Enumerable.Range(0, 0x20).Select(c => (char)c)) + '\u007f');

    private static readonly SearchValues<char> ControlOutsideText = SearchValues.Create(
        string.Concat(Enumerable.Range(0, 0x20).Where(c => c is not ('\t' or '\n' or '\r')).Select(c => (char)c)) + '\u007f');

    private static readonly string[] Headers = ["Authorization", "X-Api-Key", "If-Match", "If-None-Match"];

    /// <summary>What is wrong with the value, or null; in free text (JSON strings, CSV cells) tabs and line breaks are allowed.</summary>
    public static string? Problem(ReadOnlySpan<char> value, bool freeText = false)
    {
        var at = value.IndexOfAny(freeText ? ControlOutsideText : AnyControl);
        return at < 0 ? null
            : $"holds a control character (U+{(int)value[at]:X4} at position {(at + 1).ToString(CultureInfo.InvariantCulture)}), " +
              "which no value may hold";
    }

    /// <summary>A name to show in a message: its control characters written as \uXXXX.</summary>
    public static string Printable(string name)
    {
        if (name.AsSpan().IndexOfAny(AnyControl) < 0)
            return name;
        var printable = new StringBuilder(name.Length + 8);
        foreach (var c in name)
            printable.Append(c < 0x20 || c == 0x7f ? $"\\u{(int)c:X4}" : c);
        return printable.ToString();
    }

    public static IApplicationBuilder UseControlCharacterCheck(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var failures = new List<ValidationFailure>();
        void Check(string name, string? value, bool freeText = false)
        {
            if (value is not null && Problem(value, freeText) is { } problem)
                failures.Add(new(Printable(name), $"{Printable(name)} {problem}"));
        }

        var request = context.Request;
        foreach (var header in Headers)
            Check(header.ToLowerInvariant(), request.Headers[header].ToString()); // as HTTP/2 writes them; field names are camelCased
        foreach (var (name, value) in request.RouteValues)
            Check(name, value as string);
        if (failures.Count == 0 && Problem(request.Path.Value) is not null)
            Check("path", request.Path.Value); // outside any route value: an unknown route
        foreach (var (name, values) in request.Query)
        {
            if (Problem(name) is { } problem)
                failures.Add(new(Printable(name), $"the parameter name {problem}"));
            foreach (var value in values)
                Check(name, value);
        }
        if (failures.Count == 0 && request.HasJsonContentType() && request.ContentLength is not 0)
            await CheckJsonAsync(context, failures);

        if (failures.Count > 0)
        {
            await context.Response.SendErrorsAsync(failures, StatusCodes.Status400BadRequest);
            return;
        }
        await next(context);
    });

    // Reads the body (held to its limit by the body limits) and walks its strings; the endpoint reads it again. A body
    // that is not JSON is left to the endpoint, which says so.
    private static async Task CheckJsonAsync(HttpContext context, List<ValidationFailure> failures)
    {
        context.Request.EnableBuffering();
        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body, context.RequestAborted);
        context.Request.Body.Position = 0;

        var reader = new Utf8JsonReader(body.GetBuffer().AsSpan(0, (int)body.Length));
        var path = new List<(bool Array, int Index, string? Member)>();
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray)
                {
                    path.RemoveAt(path.Count - 1);
                    continue;
                }
                if (reader.TokenType == JsonTokenType.PropertyName)
                {
                    var name = Text(ref reader, out var valid);
                    path[^1] = path[^1] with { Member = name };
                    if (!valid)
                        failures.Add(new(Printable(Path(path)), $"the member name {LoneSurrogate}"));
                    else if (reader.ValueIsEscaped && Problem(name) is { } problem)
                        failures.Add(new(Printable(Path(path)), $"the member name {problem}"));
                    continue;
                }
                if (path.Count > 0 && path[^1].Array)
                    path[^1] = path[^1] with { Index = path[^1].Index + 1 };
                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                    path.Add((reader.TokenType == JsonTokenType.StartArray, -1, null));
                else if (reader.TokenType == JsonTokenType.String && (reader.ValueIsEscaped || reader.ValueSpan.Length > Echo.MaxLength))
                {
                    // Raw control characters are not JSON: only escaped ones (\u0000) can be in a string.
                    var value = Text(ref reader, out var valid);
                    Echo.Remember(context, value);
                    if (!valid)
                        failures.Add(new(Printable(Path(path)), $"{Printable(Path(path))} {LoneSurrogate}"));
                    else if (Problem(value, freeText: true) is { } problem)
                        failures.Add(new(Printable(Path(path)), $"{Printable(Path(path))} {problem}"));
                }
            }
        }
        catch (JsonException)
        {
        }
    }

    private const string LoneSurrogate = "holds half of a UTF-16 surrogate pair (an escape such as \\ud800 without its other half), which is not text";

    // The string, or its escaped text when its escapes spell half of a surrogate pair (GetString throws on those: a 500
    // when the endpoint's reader met them).
    private static string Text(ref Utf8JsonReader reader, out bool valid)
    {
        try
        {
            valid = true;
            return reader.GetString()!;
        }
        catch (InvalidOperationException)
        {
            valid = false;
            return Encoding.UTF8.GetString(reader.ValueSpan);
        }
    }

    // occupantName, parts[1].status, weights.pollution: the member's path as FastEndpoints names JSON errors.
    private static string Path(List<(bool Array, int Index, string? Member)> path)
    {
        var text = new StringBuilder();
        foreach (var (array, index, member) in path)
        {
            if (array)
                text.Append('[').Append(index.ToString(CultureInfo.InvariantCulture)).Append(']');
            else if (member is not null)
                text.Append(text.Length > 0 ? "." : "").Append(member);
        }
        return text.Length > 0 ? text.ToString() : "body";
    }
}
