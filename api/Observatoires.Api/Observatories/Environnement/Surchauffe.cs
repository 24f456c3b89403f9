using System.Globalization;
using Dapper;
using Npgsql;
using Observatoires.Api.Platform.Data;
using Observatoires.Api.Platform.Indicators.Values;

namespace Observatoires.Api.Observatories.Environnement;

/// <summary>A commune's population in the zones of one image year (<c>Surchauffe.sql</c>).</summary>
internal sealed class CommuneExposure
{
    public string CommuneId { get; init; } = "";
    public int Year { get; init; }
    public double Population { get; init; }
    public double HotPopulation { get; init; }
    public double CoolPopulation { get; init; }
}

/// <summary>A sensitive building and the zone classes that hold it in one image year (<c>Buildings.sql</c>).</summary>
internal sealed class BuildingExposure
{
    public int Year { get; init; }
    public string Id { get; init; } = "";
    public string Name { get; init; } = "";
    public string Type { get; init; } = "";
    public string CommuneId { get; init; } = "";
    public string CommuneName { get; init; } = "";
    public string? Address { get; init; }
    public double Lon { get; init; }
    public double Lat { get; init; }
    public string? HotClass { get; init; }
    public string? CoolClass { get; init; }
}

/// <summary>
/// Urban overheating: the crossing, by PostGIS, of the zones of a surface-temperature image (hot spots and cool islands)
/// with the gridded population and the sensitive public buildings, per commune and image year. Its figures are
/// written as the indicators environnement.* (sums and ratios, so that an EPCI's share is Σ population in hot spots ÷
/// Σ population) after the seed and every import, and read live for any territory by <c>GET /api/v1/environnement/surchauffe/{territory}</c>.
/// </summary>
internal static class Surchauffe
{
    /// <summary>The communes' exposure (every commune and year when the filters are null).</summary>
    public static Task<IEnumerable<CommuneExposure>> CommunesAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction,
        IReadOnlyList<string>? communes = null, int? year = null) =>
        connection.QueryAsync<CommuneExposure>(SqlResource.Get("Observatories/Environnement/Surchauffe.sql"),
            new { Communes = communes?.ToArray(), Year = year }, transaction);

    public static Task<IEnumerable<BuildingExposure>> BuildingsAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction,
        IReadOnlyList<string>? communes = null, int? year = null) =>
        connection.QueryAsync<BuildingExposure>(SqlResource.Get("Observatories/Environnement/Buildings.sql"),
            new { Communes = communes?.ToArray(), Year = year }, transaction);

    /// <summary>The newest image year, or null when no zone is loaded.</summary>
    public static Task<int?> LatestYearAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction = null) =>
        connection.ExecuteScalarAsync<int?>("select max(extract(year from image_date))::int from environnement.zone", transaction: transaction);

    /// <summary>The indicator rows of the exposures: one period per image year, for every commune that has cells.</summary>
    public static IEnumerable<ValueRow> Rows(IEnumerable<CommuneExposure> communes, IEnumerable<BuildingExposure> buildings)
    {
        var byCommuneYear = buildings.ToLookup(b => (b.CommuneId, b.Year));
        foreach (var c in communes)
        {
            var period = c.Year.ToString(CultureInfo.InvariantCulture);
            ValueRow Row(string code, double value) => new(code, c.CommuneId, period, value, Vintage: EnvironnementIndicators.SurchauffeVintage);
            ValueRow Share(string code, double part) =>
                Row(code, Math.Round(100 * part / c.Population, 3)) with { Numerator = Math.Round(part, 3), Denominator = Math.Round(c.Population, 3) };
            yield return Row(EnvironnementIndicators.HotPopulation, Math.Round(c.HotPopulation, 3));
            yield return Row(EnvironnementIndicators.CoolPopulation, Math.Round(c.CoolPopulation, 3));
            if (c.Population > 0)
            {
                yield return Share(EnvironnementIndicators.HotShare, c.HotPopulation);
                yield return Share(EnvironnementIndicators.CoolShare, c.CoolPopulation);
            }
            var held = byCommuneYear[(c.CommuneId, c.Year)].ToList();
            yield return Row(EnvironnementIndicators.HotBuildings, held.Count(b => b.HotClass is not null));
            yield return Row(EnvironnementIndicators.CoolBuildings, held.Count(b => b.CoolClass is not null));
            foreach (var type in Vocabulary.BuildingTypes)
            {
                yield return Row(EnvironnementIndicators.HotBuildingsOf(type.Code), held.Count(b => b.Type == type.Code && b.HotClass is not null));
                yield return Row(EnvironnementIndicators.CoolBuildingsOf(type.Code), held.Count(b => b.Type == type.Code && b.CoolClass is not null));
            }
        }
    }

    /// <summary>Recomputes every commune's exposure and writes it through the platform's value writer, in the caller's transaction.</summary>
    public static async Task<ValueWriter.Result> RecomputeAsync(NpgsqlConnection connection, NpgsqlTransaction transaction)
    {
        var communes = await CommunesAsync(connection, transaction);
        var buildings = await BuildingsAsync(connection, transaction);
        return await ValueWriter.WriteAsync(connection, transaction, [.. Rows(communes, buildings)]);
    }
}
