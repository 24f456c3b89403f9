using System.Text;

namespace Observatoires.Api.Platform.Http;

/// <summary>
/// Error messages quote what the client sent, but never more than 100 characters of it: a 20,000-character URL or a
/// 5 MB CSV cell comes back as its first 100 characters and an ellipsis. Problem details are cut centrally
/// (<see cref="Problems"/>) against the request's own values; the importers cut the cells they quote themselves.
/// </summary>
internal static class Echo
{
    public const int MaxLength = 100;

    /// <summary>A message longer than this is cut whatever it holds: nothing we write ourselves is that long.</summary>
    public const int MaxMessageLength = 1000;

    private const string LongInputsItem = "Observatoires.LongInputs";

    /// <summary>The value, or its first 100 characters and an ellipsis.</summary>
    public static string Cut(string? value)
    {
        if (value is null || value.Length <= MaxLength)
            return value ?? "";
        var end = char.IsHighSurrogate(value[MaxLength - 1]) ? MaxLength - 1 : MaxLength; // never half an emoji
        return string.Concat(value.AsSpan(0, end), "…");
    }

    /// <summary>Keeps a long value of the request that is not in its URL (a JSON string), to cut it from messages.</summary>
    public static void Remember(HttpContext context, string value)
    {
        if (value.Length <= MaxLength)
            return;
        if (context.Items[LongInputsItem] is not List<string> values)
            context.Items[LongInputsItem] = values = [];
        values.Add(value);
    }

    /// <summary>
    /// Cuts messages about this request: every run of more than 100 characters taken from one of its values (path, query
    /// names and values, route values, JSON strings) becomes those 100 and an ellipsis, and a message is cut at 1,000
    /// characters in any case.
    /// </summary>
    public static Func<string?, string?> CutterFor(HttpContext context)
    {
        List<string>? inputs = null;
        return message =>
        {
            if (message is null || message.Length <= MaxLength)
                return message;
            inputs ??= LongInputs(context);
            if (inputs.Count > 0)
                message = CutRuns(message, inputs);
            return message.Length <= MaxMessageLength ? message : string.Concat(message.AsSpan(0, MaxMessageLength), "…");
        };
    }

    private static List<string> LongInputs(HttpContext context)
    {
        var inputs = new List<string>();
        void Add(string? value)
        {
            if (value?.Length > MaxLength)
                inputs.Add(value);
        }
        var request = context.Request;
        Add(request.Path.Value);
        foreach (var (name, values) in request.Query)
        {
            Add(name);
            foreach (var value in values)
                Add(value);
        }
        foreach (var value in request.RouteValues.Values)
            Add(value as string);
        if (context.Items[LongInputsItem] is List<string> remembered)
            inputs.AddRange(remembered);
        return inputs;
    }

    // Looks for the inputs in the message by windows of 50 characters: a run over 100 holds a whole window at a multiple
    // of 50. A match is widened backwards to the earliest start the input still holds (at most one window back, or the
    // previous window would have matched), then forwards as far as message and input agree.
    private static string CutRuns(string message, List<string> inputs)
    {
        const int window = MaxLength / 2;
        StringBuilder? result = null;
        int copied = 0, at = 0;
        while (at + window <= message.Length)
        {
            var (start, end) = (at, at);
            foreach (var input in inputs)
            {
                if (input.AsSpan().IndexOf(message.AsSpan(at, window), StringComparison.Ordinal) < 0)
                    continue;
                var s = at;
                while (s > Math.Max(copied, at - window + 1)
                       && input.AsSpan().IndexOf(message.AsSpan(s - 1, at + window - s + 1), StringComparison.Ordinal) >= 0)
                    s--;
                var found = input.AsSpan().IndexOf(message.AsSpan(s, at + window - s), StringComparison.Ordinal);
                int e = at + window, j = found + (at + window - s);
                while (e < message.Length && j < input.Length && message[e] == input[j])
                    (e, j) = (e + 1, j + 1);
                if (e - s > end - start)
                    (start, end) = (s, e);
            }
            if (end - start > MaxLength)
            {
                result ??= new StringBuilder(message.Length);
                result.Append(message, copied, start - copied).Append(Cut(message[start..end]));
                copied = at = end;
            }
            else
                at += window;
        }
        return result is null ? message : result.Append(message, copied, message.Length - copied).ToString();
    }
}
