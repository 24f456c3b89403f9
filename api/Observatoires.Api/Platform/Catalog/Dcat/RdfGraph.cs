using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Observatoires.Api.Platform.Catalog.Dcat;

/// <summary>An RDF term: an IRI, a blank node (_:id) or a literal with its language or datatype (a prefixed name).</summary>
internal abstract record RdfTerm;

internal sealed record RdfIri(string Value) : RdfTerm;

internal sealed record RdfBlank(string Id) : RdfTerm;

internal sealed record RdfLiteral(string Value, string? Language = null, string? Datatype = null) : RdfTerm
{
    public static RdfLiteral French(string text) => new(text, "fr");

    public static RdfLiteral Date(DateOnly date) => new(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Datatype: "xsd:date");

    public static RdfLiteral DateTime(DateTimeOffset instant) =>
        new(instant.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture), Datatype: "xsd:dateTime");
}

/// <summary>A subject with its types and its statements (predicates as prefixed names of <see cref="RdfGraph.Prefixes"/>).</summary>
internal sealed class RdfNode(RdfTerm subject, IReadOnlyList<string> types)
{
    public RdfTerm Subject { get; } = subject;
    public IReadOnlyList<string> Types { get; } = types;
    public List<(string Predicate, RdfTerm Object)> Statements { get; } = [];

    public RdfNode Add(string predicate, RdfTerm? value)
    {
        if (value is not null)
            Statements.Add((predicate, value));
        return this;
    }

    public RdfNode Add(string predicate, IEnumerable<RdfTerm> values)
    {
        foreach (var value in values)
            Statements.Add((predicate, value));
        return this;
    }
}

/// <summary>
/// A small RDF graph written as Turtle or as flattened JSON-LD with an inline context (no remote document to fetch),
/// so that the two serialisations of /catalog are one set of triples.
/// </summary>
internal sealed class RdfGraph
{
    public static readonly IReadOnlyDictionary<string, string> Prefixes = new Dictionary<string, string>
    {
        ["dcat"] = "http://www.w3.org/ns/dcat#",
        ["dct"] = "http://purl.org/dc/terms/",
        ["foaf"] = "http://xmlns.com/foaf/0.1/",
        ["vcard"] = "http://www.w3.org/2006/vcard/ns#",
        ["rdfs"] = "http://www.w3.org/2000/01/rdf-schema#",
        ["skos"] = "http://www.w3.org/2004/02/skos/core#",
        ["xsd"] = "http://www.w3.org/2001/XMLSchema#",
        ["locn"] = "http://www.w3.org/ns/locn#",
        ["gsp"] = "http://www.opengis.net/ont/geosparql#",
    };

    private readonly List<RdfNode> nodes = [];
    private int blanks;

    public IReadOnlyList<RdfNode> Nodes => nodes;

    public RdfNode Node(string iri, params string[] types) => Add(new RdfNode(new RdfIri(iri), types));

    public RdfNode Blank(params string[] types) => Add(new RdfNode(new RdfBlank($"b{++blanks}"), types));

    private RdfNode Add(RdfNode node)
    {
        nodes.Add(node);
        return node;
    }

    public string ToTurtle()
    {
        var text = new StringBuilder();
        foreach (var (prefix, iri) in Prefixes)
            text.Append(CultureInfo.InvariantCulture, $"@prefix {prefix}: <{iri}> .\n");
        foreach (var node in nodes)
        {
            text.Append('\n').Append(Term(node.Subject));
            var parts = new List<string>();
            if (node.Types.Count > 0)
                parts.Add("a " + string.Join(", ", node.Types));
            parts.AddRange(node.Statements.GroupBy(s => s.Predicate)
                .Select(g => $"{g.Key} {string.Join(" ,\n        ", g.Select(s => Term(s.Object)))}"));
            text.Append("\n    ").Append(string.Join(" ;\n    ", parts)).Append(" .\n");
        }
        return text.ToString();
    }

    public void WriteJsonLd(Utf8JsonWriter json)
    {
        json.WriteStartObject();
        json.WriteStartObject("@context");
        foreach (var (prefix, iri) in Prefixes)
            json.WriteString(prefix, iri);
        json.WriteEndObject();
        json.WriteStartArray("@graph");
        foreach (var node in nodes)
        {
            json.WriteStartObject();
            json.WriteString("@id", Id(node.Subject));
            if (node.Types.Count > 0)
            {
                json.WriteStartArray("@type");
                foreach (var type in node.Types)
                    json.WriteStringValue(type);
                json.WriteEndArray();
            }
            foreach (var group in node.Statements.GroupBy(s => s.Predicate))
            {
                json.WriteStartArray(group.Key);
                foreach (var (_, value) in group)
                {
                    json.WriteStartObject();
                    switch (value)
                    {
                        case RdfLiteral literal:
                            json.WriteString("@value", literal.Value);
                            if (literal.Language is not null)
                                json.WriteString("@language", literal.Language);
                            if (literal.Datatype is not null)
                                json.WriteString("@type", literal.Datatype);
                            break;
                        default:
                            json.WriteString("@id", Id(value));
                            break;
                    }
                    json.WriteEndObject();
                }
                json.WriteEndArray();
            }
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static string Id(RdfTerm term) => term switch
    {
        RdfIri iri => iri.Value,
        RdfBlank blank => $"_:{blank.Id}",
        _ => throw new ArgumentException("a literal is not a node", nameof(term)),
    };

    private static string Term(RdfTerm term) => term switch
    {
        RdfIri iri => $"<{EscapeIri(iri.Value)}>",
        RdfBlank blank => $"_:{blank.Id}",
        RdfLiteral { Language: { } language } literal => $"{Quote(literal.Value)}@{language}",
        RdfLiteral { Datatype: { } datatype } literal => $"{Quote(literal.Value)}^^{datatype}",
        RdfLiteral literal => Quote(literal.Value),
        _ => throw new ArgumentOutOfRangeException(nameof(term)),
    };

    // Turtle's IRIREF forbids these characters; percent-encoded, the IRI names the same resource for a URL client.
    private static string EscapeIri(string iri)
    {
        var text = new StringBuilder(iri.Length);
        foreach (var c in iri)
        {
            if (c <= ' ' || c is '<' or '>' or '"' or '{' or '}' or '|' or '^' or '`' or '\\')
                text.Append(CultureInfo.InvariantCulture, $"%{(int)c:X2}");
            else
                text.Append(c);
        }
        return text.ToString();
    }

    private static string Quote(string value)
    {
        var text = new StringBuilder("\"", value.Length + 2);
        foreach (var c in value)
        {
            text.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when char.IsControl(c) => $"\\u{(int)c:X4}",
                _ => c.ToString(),
            });
        }
        return text.Append('"').ToString();
    }
}
