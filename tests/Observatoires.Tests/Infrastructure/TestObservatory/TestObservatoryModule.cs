using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Observatoires.Api.Platform;
using Observatoires.Api.Platform.Geo.Layers;
using Observatoires.Api.Platform.Indicators;
using Observatoires.Api.Platform.Indicators.Catalogue;
using Observatoires.Api.Platform.Indicators.Values;
using Observatoires.Api.Platform.Territories;

namespace Observatoires.Tests.Infrastructure.TestObservatory;

/// <summary>
/// An observatory that exists only in the tests, so that the platform's tests depend on no real observatory: every
/// kind of indicator the engine serves (sums, a ratio, a weighted mean, a median, a quarterly series, statistical
/// secrecy counted in units, a partner and an agency indicator), a dense public point layer with a partner-only
/// variant, a polygon layer, a read and a write. Its values and objects are generated on the reference territories
/// as the observatories' demo data is (villages with one or two employers, a 2020 dip), in its own schema, test.
/// The tests' factory adds it to Program.cs's modules (<see cref="ApiFactory"/>); production never has it.
/// </summary>
internal sealed class TestObservatoryModule : IObservatoryModule, ILayerModule, ICommuneContourFollower
{
    public const string Slug = "test";
    public const string Domain = "test";

    /// <summary>The platform bumps it when seeding adds objects or a contour import moves them.</summary>
    public string DataDomain => Domain;

    public string Name => "Observatoire de test";

    public string Description => Observatory.Description;

    public IReadOnlyList<Type> Endpoints =>
    [
        typeof(GetTestCounts.Endpoint), typeof(GetTestCounts.Request.Validator),
        typeof(AddTestNote.Endpoint), typeof(AddTestNote.Request.Validator),
    ];

    public void AddServices(IServiceCollection services) { }

    private const string Source = "Générateur des tests (données fictives)";

    public ObservatoryDefinition Observatory { get; } = new(
        Slug,
        "Observatoire de test",
        "L'observatoire des tests de la plateforme : un indicateur de chaque sorte, des points et des zones, une lecture et une écriture.",
        99,
        [new("habitants", "Habitants"), new("activite", "Activité"), new("demande", "Demande")],
        [
            new()
            {
                Code = "test.population", Theme = "habitants", Label = "Habitants", Definition = "Habitants au 1er janvier.",
                Unit = "habitants", Source = Source, Aggregation = Aggregation.Sum, HeadlineOrder = 1,
            },
            new()
            {
                Code = "test.part_seniors", Theme = "habitants", Label = "Part des 65 ans et plus",
                Definition = "Habitants de 65 ans et plus rapportés aux habitants.", Unit = "%", Decimals = 1, Source = Source,
                Aggregation = Aggregation.Ratio, RatioScale = 100, HeadlineOrder = 5,
            },
            new()
            {
                Code = "test.revenu_median", Theme = "habitants", Label = "Revenu médian",
                Definition = "Une médiane ne s'agrège pas : seules les valeurs stockées sont servies (aucune sous 250 habitants).",
                Unit = "€", Source = Source, Aggregation = Aggregation.None, HigherIsBetter = true,
            },
            new()
            {
                Code = "test.salaries", Theme = "activite", Label = "Salariés",
                Definition = "Salariés des établissements employeurs. Moins de 3 établissements : secret statistique.",
                Unit = "salariés", Source = Source, Aggregation = Aggregation.Sum, HigherIsBetter = true, HeadlineOrder = 2,
                SecrecyThreshold = 3, SecrecyUnits = "test.employeurs",
            },
            new()
            {
                Code = "test.employeurs", Theme = "activite", Label = "Établissements employeurs",
                // Not secret: the test-points layer lists them, anyone can count them.
                Definition = "Établissements employant au moins un salarié (la couche test-points les liste).",
                Unit = "établissements", Source = Source, Aggregation = Aggregation.Sum, HigherIsBetter = true, HeadlineOrder = 4,
            },
            new()
            {
                Code = "test.salaire_moyen", Theme = "activite", Label = "Salaire moyen",
                Definition = "Salaire moyen, pondéré par les salariés. Moins de 10 salariés : secret statistique.",
                Unit = "€", Source = Source, Aggregation = Aggregation.WeightedMean, WeightIndicator = "test.salaries",
                HigherIsBetter = true, SecrecyThreshold = 10,
            },
            new()
            {
                Code = "test.demandeurs", Theme = "demande", Label = "Demandeurs", Definition = "Demandeurs en fin de trimestre.",
                Unit = "personnes", Source = Source, Periodicity = Periodicity.Quarter, Aggregation = Aggregation.Sum,
                HigherIsBetter = false, HeadlineOrder = 3,
            },
            new()
            {
                Code = "test.fragiles", Theme = "activite", Label = "Établissements fragiles (partenaires)",
                Definition = "Réservé aux partenaires sur leur territoire et à l'agence. Moins de 3 : secret statistique.",
                Unit = "établissements", Source = Source, Periodicity = Periodicity.Quarter, Licence = "Convention de partage",
                Confidentiality = Confidentiality.Partner, Aggregation = Aggregation.Sum, HigherIsBetter = false, SecrecyThreshold = 3,
            },
            new()
            {
                Code = "test.estimation", Theme = "activite", Label = "Salariés, estimation (agence)",
                Definition = "Document de travail de l'agence, non diffusé.", Unit = "salariés", Source = Source,
                Periodicity = Periodicity.Quarter, Licence = "Usage interne de l'agence", Confidentiality = Confidentiality.Agency,
                Aggregation = Aggregation.Sum, HigherIsBetter = true,
            },
        ]);

    public IEnumerable<ValueRow> DemoValues(DemoTerritory territory) => TestValues.Generate(territory);

    public IReadOnlyList<LayerDefinition> Layers => [TestLayers.Points, TestLayers.Headcounts, TestLayers.Zones];

    public async Task<int> SeedDemoDataAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, DemoTerritory territory)
    {
        await connection.ExecuteAsync(Schema, transaction: transaction);
        return await TestObjects.SeedAsync(connection, transaction, territory);
    }

    /// <summary>Its points and zones move inside their communes' new contours, as the observatories' demo objects do.</summary>
    public Task<int> FollowCommuneContoursAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyCollection<string> communes) =>
        TestObjects.PlaceAsync(connection, transaction, communes);

    /// <summary>The module's tables, created when it is seeded (the migrations are production's).</summary>
    private const string Schema = """
        create schema if not exists test;
        create table if not exists test.etablissement (
            id          integer primary key,
            siret       text not null unique,
            name        text not null,
            naf_section text not null,
            sector      text not null,
            size_band   text not null,
            headcount   integer not null check (headcount > 0),
            commune_id  text not null references platform.territory on delete cascade,
            created_on  date not null,
            geom        geometry(Point, 4326)
        );
        create index if not exists etablissement_geom_idx on test.etablissement using gist (geom);
        create table if not exists test.zone (
            id            integer primary key,
            name          text not null,
            commune_id    text not null references platform.territory on delete cascade,
            status        text not null,
            identified_on date not null,
            area_m2       double precision not null check (area_m2 > 0),
            geom          geometry(MultiPolygon, 4326)
        );
        create index if not exists zone_geom_idx on test.zone using gist (geom);
        create table if not exists test.note (
            id               bigint generated always as identity primary key,
            etablissement_id integer not null references test.etablissement on delete cascade,
            text             text not null,
            scores           jsonb not null,
            parts            jsonb not null,
            actor            text not null
        );
        """;
}
