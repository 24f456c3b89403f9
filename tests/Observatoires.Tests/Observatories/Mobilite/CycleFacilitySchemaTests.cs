using System.Text.Json;
using Observatoires.Api.Observatories.Mobilite.Cyclable;
using Observatoires.Tests.Infrastructure;

namespace Observatoires.Tests.Observatories.Mobilite;

/// <summary>
/// The validator of the national cycling schema, as code, against the schema's own file (../shared/data/standards):
/// it knows every property, type, enumeration, pattern and required flag the schema has, and nothing else; and it
/// refuses what the schema refuses, with the place of each problem.
/// </summary>
public sealed class CycleFacilitySchemaTests
{
    internal const string SchemaFile = "standards/schema-amenagements-cyclables-0.3.x.json";
    internal const string ExampleFile = "standards/amenagements-cyclables-exemple-valide.json";

    internal static JsonElement Read(string file)
    {
        var path = SharedData.File(file);
        Assume.That(path, Is.Not.Null, $"../shared/data/{file} is not present");
        return JsonDocument.Parse(File.ReadAllText(path!)).RootElement.Clone();
    }

    private static JsonElement SchemaProperties(JsonElement schema) =>
        schema.GetProperty("properties").GetProperty("features").GetProperty("items").GetProperty("properties").GetProperty("properties");

    [Test]
    public void The_validator_knows_every_property_of_the_schema_file_and_no_other()
    {
        var properties = SchemaProperties(Read(SchemaFile));
        var required = properties.GetProperty("required").EnumerateArray().Select(r => r.GetString()!).ToHashSet();
        var inFile = properties.GetProperty("properties").EnumerateObject().ToList();
        Assert.That(CycleFacilitySchema.Properties.Select(p => p.Name), Is.EqualTo(inFile.Select(p => p.Name)), "the same properties, in the schema's order");
        Assert.Multiple(() =>
        {
            foreach (var property in inFile)
            {
                var known = CycleFacilitySchema.Properties.Single(p => p.Name == property.Name);
                var spec = property.Value;
                var type = spec.GetProperty("type").GetString();
                var expected = (type, spec.TryGetProperty("format", out var f) ? f.GetString() : null,
                        spec.TryGetProperty("items", out var items) ? items.GetProperty("type").GetString() : null) switch
                {
                    ("string", "date", _) => SchemaType.Date,
                    ("string", null, _) => SchemaType.String,
                    ("number", null, _) => SchemaType.Number,
                    ("integer", null, _) => SchemaType.Integer,
                    ("boolean", null, _) => SchemaType.Boolean,
                    ("array", null, "string") => SchemaType.StringArray,
                    var other => throw new AssertionException($"{property.Name}: the schema's type {other} is new to the validator"),
                };
                Assert.That(known.Type, Is.EqualTo(expected), $"{property.Name}: type");
                Assert.That(known.Required, Is.EqualTo(required.Contains(property.Name)), $"{property.Name}: required");
                Assert.That(known.Enum, Is.EqualTo(spec.TryGetProperty("enum", out var values) ? values.EnumerateArray().Select(v => v.GetString()).ToList() : null),
                    $"{property.Name}: enumeration");
                Assert.That(known.Pattern, Is.EqualTo(spec.TryGetProperty("pattern", out var pattern) ? pattern.GetString() : null), $"{property.Name}: pattern");
            }
        });
        Assert.That(required.Except(inFile.Select(p => p.Name)), Is.Empty, "every required property is described");
    }

    [Test]
    public void The_version_is_the_schema_files()
    {
        var version = Read(SchemaFile).GetProperty("allOf")[0].GetProperty("version").GetString();
        Assert.That(version, Is.EqualTo(CycleFacilitySchema.Version), "a new version of the schema: compare it, then change the validator's");
    }

    [Test]
    public void The_schemas_valid_example_passes_every_check_of_the_schema()
    {
        var example = Read(ExampleFile);
        Assert.That(JsonSchemaCheck.Errors(Read(SchemaFile), example), Is.Empty, "the example is valid (the tests' own check)");
        // Its communes are in Paris: known here, so that only the schema's rules are checked.
        Assert.That(CycleFacilitySchema.Check(example, new HashSet<string> { "75107", "75017" }), Is.Empty);
    }

    [Test]
    public void Outside_the_territory_the_example_is_refused_for_its_two_communes_only()
    {
        var problems = CycleFacilitySchema.Check(Read(ExampleFile), new HashSet<string> { "62119" });
        Assert.That(problems.Select(p => p.Path), Is.EqualTo(new[] { "features[0].properties.code_com_d", "features[0].properties.code_com_g" }));
        Assert.That(problems[0].Message, Does.Contain("'75107' is not a commune of the observatory's territory"));
    }

    private static readonly HashSet<string> Bethune = ["62119"];

    private static string Feature(string properties, string geometry = """{"type":"LineString","coordinates":[[2.64,50.53],[2.641,50.531]]}""") =>
        "{\"type\":\"Feature\",\"geometry\":" + geometry + ",\"properties\":{" + properties + "}}";

    private const string Valid = """ "id_local":"A1","code_com_d":"62119","code_com_g":"62119","ame_d":"BANDE CYCLABLE","ame_g":"AUCUN" """;

    private static IReadOnlyList<SchemaProblem> Check(params string[] features) =>
        CycleFacilitySchema.Check(JsonDocument.Parse($$"""{"type":"FeatureCollection","features":[{{string.Join(',', features)}}]}""").RootElement, Bethune);

    [Test]
    public void A_minimal_segment_with_the_five_required_properties_is_valid() => Assert.That(Check(Feature(Valid)), Is.Empty);

    [TestCase("id_local")]
    [TestCase("code_com_d")]
    [TestCase("code_com_g")]
    [TestCase("ame_d")]
    [TestCase("ame_g")]
    public void A_missing_required_property_is_named_with_its_feature(string missing)
    {
        var properties = string.Join(',', Valid.Split(',').Where(p => !p.Contains($"\"{missing}\"", StringComparison.Ordinal)));
        var problems = Check(Feature(Valid), Feature(properties.Replace("\"A1\"", "\"A2\"", StringComparison.Ordinal)));
        Assert.That(problems.Select(p => (p.Path, p.Message)), Is.EqualTo(new[] { ($"features[1].properties.{missing}", "is required") }));
    }

    [TestCase(""" "ame_d":"PISTE" """, "ame_d", "'PISTE' is not one of")]
    [TestCase(""" "statut_d":"EN PROJET" """, "statut_d", "is not one of")]
    [TestCase(""" "code_com_d":"6211" """, "code_com_d", "is not an INSEE commune code")]
    [TestCase(""" "code_com_d":"62120" """, "code_com_d", "'62120' is not a commune of the observatory's territory")]
    [TestCase(""" "date_maj":"2020-02-30" """, "date_maj", "is not a date written YYYY-MM-DD")]
    [TestCase(""" "date_maj":"15/08/2020" """, "date_maj", "is not a date written YYYY-MM-DD")]
    [TestCase(""" "trafic_vit":"50" """, "trafic_vit", "must be an integer, not a string")]
    [TestCase(""" "trafic_vit":50.5 """, "trafic_vit", "must be an integer, not 50.5")]
    [TestCase(""" "trafic_vit":1e12 """, "trafic_vit", "out of the range of integers")]
    [TestCase(""" "largeur_d":"3" """, "largeur_d", "must be a number, not a string")]
    [TestCase(""" "lumiere":"oui" """, "lumiere", "must be true or false")]
    [TestCase(""" "nom_loc":"V1" """, "nom_loc", "must be an array of strings")]
    [TestCase(""" "nom_loc":["V1", 2] """, "nom_loc", "every item a string")]
    [TestCase(""" "comm":"a\u0000b" """, "comm", "NUL character")]
    public void A_value_the_schema_refuses_is_named_with_the_reason(string property, string name, string reason)
    {
        var name2 = property.Split(':')[0].Trim().Trim('"');
        var properties = string.Join(',', Valid.Split(',').Where(p => !p.Contains($"\"{name2}\"", StringComparison.Ordinal)).Append(property));
        var problems = Check(Feature(properties));
        Assert.That(problems, Has.Count.EqualTo(1), string.Join("; ", problems));
        Assert.That(problems[0].Path, Is.EqualTo($"features[0].properties.{name}"));
        Assert.That(problems[0].Message, Does.Contain(reason));
    }

    [Test]
    public void Optional_properties_may_be_absent_or_null_and_the_schemas_unknown_ones_are_ignored() =>
        Assert.That(Check(Feature(Valid + """, "statut_d":null, "nom_loc":null, "couleur":"verte" """)), Is.Empty);

    [TestCase("""{"type":"Point","coordinates":[2.64,50.53]}""", "features[0].geometry.type")]
    [TestCase("""{"type":"LineString","coordinates":[[2.64,50.53]]}""", "features[0].geometry.coordinates")]
    [TestCase("""{"type":"LineString","coordinates":[[264000,5053000],[264100,5053100]]}""", "features[0].geometry.coordinates")]
    [TestCase("null", "features[0].geometry")]
    public void A_geometry_that_is_not_a_line_in_degrees_is_refused(string geometry, string path) =>
        Assert.That(Check(Feature(Valid, geometry)).Select(p => p.Path), Is.EqualTo(new[] { path }));

    [Test]
    public void An_id_local_given_twice_is_refused_at_its_second_feature()
    {
        var problems = Check(Feature(Valid), Feature(Valid));
        Assert.That(problems.Select(p => p.Path), Is.EqualTo(new[] { "features[1].properties.id_local" }));
        Assert.That(problems[0].Message, Does.Contain("features[0]"));
    }

    [Test]
    public void Every_problem_of_every_feature_is_listed()
    {
        var problems = Check(Feature(""" "id_local":"A1","code_com_d":"62119","code_com_g":"62119","ame_d":"X" """),
            Feature(Valid.Replace("A1", "A2", StringComparison.Ordinal)), Feature(""" "id_local":"A3","code_com_d":"1","ame_d":"AUCUN","ame_g":"AUCUN" """));
        Assert.That(problems.Select(p => p.Path), Is.EqualTo(new[]
        {
            "features[0].properties.ame_d", "features[0].properties.ame_g", "features[2].properties.code_com_d", "features[2].properties.code_com_g",
        }));
    }

    [TestCase("[]", "$")]
    [TestCase("""{"type":"FeatureCollection"}""", "features")]
    [TestCase("""{"type":"Feature","features":[]}""", "type")]
    public void A_document_that_is_not_a_feature_collection_is_refused(string json, string path) =>
        Assert.That(CycleFacilitySchema.Check(JsonDocument.Parse(json).RootElement, Bethune).Select(p => p.Path), Does.Contain(path));
}
