using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace Observatoires.Tests.Architecture;

/// <summary>
/// The design conventions of docs/architecture.md as small pure rules over types, routes and source text. Each returns
/// what is wrong in a readable line (or null / nothing when all is well); DesignConventionTests runs them on the API
/// and on samples that break them.
/// </summary>
internal static partial class DesignConventions
{
    // ---- Types -------------------------------------------------------------------------------------------------

    /// <summary>
    /// Every type is internal (not visible outside its assembly), and every concrete class is sealed unless another
    /// class of the same set derives from it (GetMap.Request extends GetBreaks.Request). Static classes are sealed by
    /// the compiler; compiler-generated types (closures, state machines, anonymous types) are not ours to declare.
    /// </summary>
    public static IReadOnlyList<string> TypeProblems(IReadOnlyCollection<Type> types)
    {
        var bases = types.Select(t => t.BaseType).OfType<Type>()
            .Select(b => b.IsGenericType ? b.GetGenericTypeDefinition() : b).ToHashSet();
        var problems = new List<string>();
        foreach (var type in types.Where(t => !IsCompilerGenerated(t)).OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            if (type.IsVisible)
                problems.Add($"{Describe(type)} is public: make it internal");
            if (type is { IsClass: true, IsAbstract: false, IsSealed: false } && !bases.Contains(type))
                problems.Add($"{Describe(type)} is not sealed and no class derives from it: seal it");
        }
        return problems;
    }

    private static bool IsCompilerGenerated(Type t) =>
        t.IsDefined(typeof(CompilerGeneratedAttribute), false) || t.Name.StartsWith('<') || (t.DeclaringType is { } d && IsCompilerGenerated(d));

    private static string Describe(Type t) => (t.FullName ?? t.Name).Replace('+', '.');

    // ---- Routes ------------------------------------------------------------------------------------------------

    /// <summary>Segment names fixed by the OGC API - Tiles standard, which clients ask for as they are.</summary>
    private static readonly HashSet<string> OgcNames = new(StringComparer.Ordinal) { "tileMatrixSets", "WebMercatorQuad" };

    /// <summary>
    /// A route is versioned — under /api/v1/, or OGC API under /ogc, or /health, or the DCAT-AP catalogue at /catalog
    /// (where the national and European portals harvest a catalogue, outside any API version) — or serves the documentation
    /// (/openapi/..., /scalar/..., whose file names are the tools'). The API's own segments are lowercase kebab-case
    /// and its parameters {camelCase} (a constraint, a default or ? after the name is fine); the last segment may be a
    /// parameter with a lowercase file extension, for a route that serves a file ({quarter}.pdf).
    /// </summary>
    public static string? RouteProblem(string pattern)
    {
        if (Under(pattern, "/openapi") || Under(pattern, "/scalar"))
            return null;
        if (!(pattern.StartsWith("/api/v1/", StringComparison.Ordinal) || Under(pattern, "/ogc") || Under(pattern, "/health") || pattern == "/catalog"))
            return $"{pattern} is outside the versioned API: put it under /api/v1/ (OGC API under /ogc)";
        var ogc = Under(pattern, "/ogc");
        var segments = pattern[1..].Split('/');
        var wrong = segments
            .Where((s, i) => !(KebabSegment().IsMatch(s) || CamelParameter().IsMatch(s) || (ogc && OgcNames.Contains(s))
                               || (i == segments.Length - 1 && CamelFileParameter().IsMatch(s))))
            .ToList();
        return wrong.Count == 0 ? null
            : $"{pattern}: {string.Join(", ", wrong.Select(s => $"'{s}'"))} — segments are lowercase kebab-case, parameters {{camelCase}}";
    }

    /// <summary>
    /// An observatory's routes are under /api/v1/&lt;its slug&gt;/, that very segment (/api/v1/zanx/ is not ZAN's);
    /// no other route (the platform's, another observatory's) is under an observatory's slug.
    /// </summary>
    /// <param name="slug">The slug of the observatory whose module serves the route; null for the platform.</param>
    public static string? OwnerProblem(string pattern, string? slug, IReadOnlyCollection<string> observatorySlugs)
    {
        if (slug is not null)
            return Under(pattern, $"/api/v1/{slug}") ? null : $"{pattern} is not under /api/v1/{slug}/, the path of its observatory";
        var taken = observatorySlugs.FirstOrDefault(s => Under(pattern, $"/api/v1/{s}"));
        return taken is null ? null : $"{pattern} is under /api/v1/{taken}/, the path of the observatory {taken}, which does not serve it";
    }

    /// <summary>True when pattern is root or under it, segment by segment (/ogcx is not under /ogc).</summary>
    private static bool Under(string pattern, string root) =>
        pattern == root || pattern.StartsWith(root + "/", StringComparison.Ordinal);

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex KebabSegment();

    [GeneratedRegex(@"^\{\*{0,2}[a-z][a-zA-Z0-9]*(:[^{}]+)?(=[^{}]*)?\??\}$")]
    private static partial Regex CamelParameter();

    [GeneratedRegex(@"^\{[a-z][a-zA-Z0-9]*\}\.[a-z0-9]{2,5}$")]
    private static partial Regex CamelFileParameter();

    // ---- Authorisation of writes -------------------------------------------------------------------------------

    private static readonly string[] WriteVerbs = ["POST", "PUT", "PATCH", "DELETE"];

    /// <summary>A route answering POST, PUT, PATCH or DELETE requires a role: it is neither anonymous nor open to any signed-in caller.</summary>
    public static string? WriteAuthorisationProblem(string pattern, IReadOnlyCollection<string> verbs, bool anonymous, IReadOnlyCollection<string> roles)
    {
        var writes = verbs.Where(v => WriteVerbs.Contains(v, StringComparer.OrdinalIgnoreCase)).ToList();
        if (writes.Count == 0)
            return null;
        if (anonymous)
            return $"{string.Join(",", writes)} {pattern} is open to anyone: a write requires a role (Roles(RoleNames...))";
        return roles.Count == 0 ? $"{string.Join(",", writes)} {pattern} requires no role, only a signed-in caller: add Roles(RoleNames...)" : null;
    }

    /// <summary>
    /// Whether source text may change the database: it opens a write or a transaction, executes a statement, copies
    /// rows in, or calls the platform's writers. What an anonymous POST must not do.
    /// </summary>
    public static bool MayWrite(string source) => WritingCall().IsMatch(source);

    [GeneratedRegex(@"\b(Write\.BeginAsync|BeginTransaction\w*|Execute(Async|Scalar\w*)?|BeginBinaryImport\w*|BeginRawBinaryCopy\w*|BeginTextImport\w*|ValueWriter|AuditLog|BumpAsync)\s*[\.(]")]
    private static partial Regex WritingCall();

    // ---- Validation --------------------------------------------------------------------------------------------

    /// <summary>
    /// A request with input has a FluentValidation validator. Input is any property but the path's parameters: routing
    /// guarantees them and binding types them (a malformed number is a 400); what is left to check is against the
    /// data (an unknown id is a 404, a tile outside its zoom a field error), which the endpoint does.
    /// </summary>
    public static string? ValidatorProblem(IReadOnlyCollection<string> requestProperties, IReadOnlyCollection<string> routeParameters, bool hasValidator)
    {
        if (hasValidator)
            return null;
        var input = requestProperties.Where(p => !routeParameters.Contains(p, StringComparer.OrdinalIgnoreCase)).ToList();
        return input.Count == 0 ? null
            : $"its request reads {string.Join(", ", input)} but has no validator: add a nested Request.Validator and list it in the module";
    }

    /// <summary>
    /// An endpoint that may refuse its input declares a 400 problem response (so the OpenAPI document says so): one
    /// with a validator, or whose request binds something other than text (binding refuses "abc" for a number).
    /// </summary>
    public static string? BadRequestProblem(bool hasValidator, IReadOnlyCollection<Type> requestPropertyTypes, bool declaresProblem400)
    {
        var why = hasValidator ? "its validator refuses bad input"
            : requestPropertyTypes.Any(t => t != typeof(string)) ? "binding refuses a malformed value" : null;
        return why is null || declaresProblem400 ? null
            : $"answers 400 when {why} but does not declare it: Description(d => d.ProducesProblemDetails(400))";
    }

    // ---- Parameterised SQL -------------------------------------------------------------------------------------

    /// <summary>
    /// "line N: {hole}" for every hole of an interpolated string ($"...", $@"...", $"""...""") passed as the SQL of a
    /// Dapper or Npgsql call (Query*, Execute*, the COPY starters, new NpgsqlCommand/CommandDefinition, CommandText =),
    /// including strings joined to it with +. A hole naming a constant of the same file (const string Columns), a
    /// nameof(...), or choosing between constants and literals is fine: it cannot carry input. SQL built in a variable first is not seen (the layers' SQL is built
    /// from the registry's checked identifiers, docs/architecture.md "Layers").
    /// </summary>
    public static IReadOnlyList<string> InterpolatedSql(string source)
    {
        var constants = Constant().Matches(source).Select(m => m.Groups["name"].Value).ToHashSet(StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (Match call in SqlCall().Matches(source))
        {
            var line = source.AsSpan(0, call.Index).Count('\n') + 1;
            var i = call.Index + call.Length;
            while (true)
            {
                foreach (var hole in Strings.Holes(source, ref i))
                {
                    if (!CarriesNoInput(hole, constants))
                        problems.Add($"line {line}: {{{hole}}}");
                }
                // "..." + $"...": the next part of the same SQL.
                var next = i;
                while (next < source.Length && char.IsWhiteSpace(source[next]))
                    next++;
                if (next >= source.Length || source[next] != '+')
                    break;
                next++;
                while (next < source.Length && char.IsWhiteSpace(source[next]))
                    next++;
                if (!Strings.StartsLiteral(source, next))
                    break;
                i = next;
            }
        }
        return problems;
    }

    /// <summary>
    /// A constant of the file, a string literal, a nameof(...), or a choice between those ((asOf is null ? Current :
    /// AsOf)): whatever the condition, only text written in the source reaches the SQL.
    /// </summary>
    private static bool CarriesNoInput(string hole, IReadOnlySet<string> constants)
    {
        var expression = hole.Trim();
        if (expression.StartsWith('(') && expression.EndsWith(')'))
            expression = expression[1..^1].Trim();
        if (constants.Contains(expression) || expression.StartsWith("nameof(", StringComparison.Ordinal) || StringLiteral().IsMatch(expression))
            return true;
        return Choice().Match(expression) is { Success: true } choice
            && CarriesNoInput(choice.Groups["then"].Value, constants) && CarriesNoInput(choice.Groups["else"].Value, constants);
    }

    [GeneratedRegex("""^"([^"\\]|\\.)*"$""")]
    private static partial Regex StringLiteral();

    /// <summary>condition ? then : else, where then and else are a name or a plain string literal.</summary>
    [GeneratedRegex("""^[^?"]+\?\s*(?<then>[A-Za-z_]\w*|"([^"\\]|\\.)*")\s*:\s*(?<else>[A-Za-z_]\w*|"([^"\\]|\\.)*")$""")]
    private static partial Regex Choice();

    /// <summary>A call taking SQL first, up to its first argument when that is an interpolated string.</summary>
    [GeneratedRegex("""(?:\b(?:Query|Execute|Begin(?:Binary|Text|RawBinary))\w*\s*(?:<(?>[^<>]+|<(?<d>)|>(?<-d>))*(?(d)(?!))>)?\s*\(|\bnew\s+(?:NpgsqlCommand|NpgsqlBatchCommand|CommandDefinition)\s*\(|\bCommandText\s*=)\s*(?=\$+@?"|@\$+")""")]
    private static partial Regex SqlCall();

    [GeneratedRegex(@"\bconst\s+[\w.?]+\s+(?<name>[A-Za-z_]\w*)\s*=")]
    private static partial Regex Constant();

    /// <summary>A small reader of C# string literals, enough to find the holes of interpolated ones.</summary>
    private static class Strings
    {
        public static bool StartsLiteral(string s, int i) => i < s.Length && (s[i] is '"' or '$' or '@');

        /// <summary>Reads the literal starting at i (prefixes $ and @, then quotes); its holes' expressions, trimmed. i ends after it.</summary>
        public static List<string> Holes(string s, ref int i)
        {
            var holes = new List<string>();
            int dollars = 0;
            var verbatim = false;
            for (; i < s.Length && s[i] is '$' or '@'; i++)
            {
                if (s[i] == '$')
                    dollars++;
                else
                    verbatim = true;
            }
            var quotes = 0;
            for (; i < s.Length && s[i] == '"'; i++)
                quotes++;
            if (quotes == 2)
                return holes; // ""
            if (quotes >= 3)
            {
                // Raw: ends at as many quotes; a hole opens with as many braces as dollars.
                while (i < s.Length)
                {
                    if (Repeats(s, i, '"', quotes))
                    {
                        i += quotes;
                        return holes;
                    }
                    if (dollars > 0 && Repeats(s, i, '{', dollars))
                    {
                        i += dollars;
                        holes.Add(Hole(s, ref i, dollars));
                        continue;
                    }
                    i++;
                }
                return holes;
            }
            while (i < s.Length)
            {
                var c = s[i];
                var next = i + 1 < s.Length ? s[i + 1] : '\0';
                if (verbatim && c == '"' && next == '"' || !verbatim && c == '\\' || dollars > 0 && (c, next) is ('{', '{') or ('}', '}'))
                {
                    i += 2;
                    continue;
                }
                if (c == '"')
                {
                    i++;
                    return holes;
                }
                if (dollars > 0 && c == '{')
                {
                    i++;
                    holes.Add(Hole(s, ref i, 1));
                    continue;
                }
                i++;
            }
            return holes;
        }

        /// <summary>A hole's expression, from after its opening braces to before its format or alignment; i ends after its closing braces.</summary>
        private static string Hole(string s, ref int i, int braces)
        {
            var start = i;
            int? end = null;
            var depth = 0;
            while (i < s.Length)
            {
                var c = s[i];
                if (depth == 0 && Repeats(s, i, '}', braces))
                {
                    var expression = s[start..(end ?? i)].Trim();
                    i += braces;
                    return expression;
                }
                if (c is '"' or '$' or '@' && StartsString(s, i))
                {
                    Holes(s, ref i); // a string inside the hole
                    continue;
                }
                if (c == '\'')
                {
                    for (i++; i < s.Length && s[i] != '\''; i++)
                    {
                        if (s[i] == '\\')
                            i++;
                    }
                    i++;
                    continue;
                }
                if (c is '(' or '[' or '{')
                    depth++;
                else if (c is ')' or ']' or '}')
                    depth--;
                else if (depth == 0 && c is ':' or ',' && end is null)
                    end = i; // format or alignment
                i++;
            }
            return s[start..].Trim();
        }

        private static bool StartsString(string s, int i)
        {
            var j = i;
            while (j < s.Length && s[j] is '$' or '@')
                j++;
            return j < s.Length && s[j] == '"';
        }

        private static bool Repeats(string s, int i, char c, int count)
        {
            if (i + count > s.Length)
                return false;
            for (var k = 0; k < count; k++)
            {
                if (s[i + k] != c)
                    return false;
            }
            return true;
        }
    }
}
