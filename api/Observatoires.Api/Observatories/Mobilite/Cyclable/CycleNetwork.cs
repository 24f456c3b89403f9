using Dapper;
using Npgsql;
using Observatoires.Api.Platform.Data;

namespace Observatoires.Api.Observatories.Mobilite.Cyclable;

/// <summary>A facility type of the schema (ame_d / ame_g) with its French label and the family the indicators count it in.</summary>
internal sealed record FacilityType(string Type, string Label, string Family);

/// <summary>A family of facility types: one indicator of km each.</summary>
internal sealed record FacilityFamily(string Family, string Label, string Definition);

/// <summary>A status of the schema (statut_d / statut_g), or <c>NON RENSEIGNE</c> where the file gave none.</summary>
internal sealed record FacilityStatus(string Status, string Label);

/// <summary>One side of a segment that has a facility (ame not AUCUN): its commune, type, status and length.</summary>
internal sealed record FacilitySide(int FacilityId, string CommuneId, string Ame, string Statut, double Km);

/// <summary>
/// How the network is counted. A segment has two sides, each with its commune, facility and status: the length of a
/// side with a facility counts for its commune, so a street with a lane on each side counts twice (the linear km of
/// facility, as the national schema describes each side), a two-way track on one side once. AUCUN counts nothing.
/// </summary>
internal static class CycleNetwork
{
    public const string NotGiven = "NON RENSEIGNE";
    public const string InService = "EN SERVICE";

    public static readonly IReadOnlyList<FacilityFamily> Families =
    [
        new("piste", "Pistes cyclables", "Pistes cyclables (PISTE CYCLABLE) : voies réservées aux cycles, séparées de la chaussée."),
        new("bande", "Bandes cyclables", "Bandes cyclables (BANDE CYCLABLE) : voies réservées aux cycles, marquées sur la chaussée."),
        new("voie_verte", "Voies vertes", "Voies vertes (VOIE VERTE) : routes réservées aux piétons et aux véhicules non motorisés."),
        new("double_sens", "Doubles sens cyclables", "Doubles sens cyclables en piste, en bande ou non matérialisés, dans les rues à sens unique."),
        new("partage", "Voies partagées", "Vélorues, couloirs bus et vélo, aménagements mixtes piétons-vélos hors voie verte, chaussées à voie " +
                                          "centrale banalisée et accotements revêtus."),
        new("autre", "Autres aménagements", "Rampes, goulottes et autres aménagements (AUTRE)."),
    ];

    public static readonly IReadOnlyList<FacilityType> Types =
    [
        new("PISTE CYCLABLE", "Piste cyclable", "piste"),
        new("BANDE CYCLABLE", "Bande cyclable", "bande"),
        new("DOUBLE SENS CYCLABLE PISTE", "Double sens cyclable en piste", "double_sens"),
        new("DOUBLE SENS CYCLABLE BANDE", "Double sens cyclable en bande", "double_sens"),
        new("DOUBLE SENS CYCLABLE NON MATERIALISE", "Double sens cyclable non matérialisé", "double_sens"),
        new("VOIE VERTE", "Voie verte", "voie_verte"),
        new("VELO RUE", "Vélorue", "partage"),
        new("COULOIR BUS+VELO", "Couloir bus et vélo", "partage"),
        new("RAMPE", "Rampe", "autre"),
        new("GOULOTTE", "Goulotte", "autre"),
        new("AMENAGEMENT MIXTE PIETON VELO HORS VOIE VERTE", "Aménagement mixte piétons-vélos (hors voie verte)", "partage"),
        new("CHAUSSEE A VOIE CENTRALE BANALISEE", "Chaussée à voie centrale banalisée", "partage"),
        new("ACCOTEMENT REVETU HORS CVCB", "Accotement revêtu (hors CVCB)", "partage"),
        new("AUTRE", "Autre aménagement", "autre"),
    ];

    public static readonly IReadOnlyList<FacilityStatus> StatusList =
    [
        new(InService, "En service"),
        new("EN TRAVAUX", "En travaux"),
        new("PROVISOIRE", "Provisoire"),
        new(NotGiven, "Non renseigné"),
    ];

    public static FacilityType TypeOf(string ame) => Types.First(t => t.Type == ame);

    /// <summary>
    /// Writers of the network queue, readers do not: each write recomputes every commune's indicators from the whole
    /// network, and two at once would write the same new values.
    /// </summary>
    public static Task LockForWriteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction) =>
        connection.ExecuteAsync("lock table mobilite.cycle_facility, mobilite.priority_route in share row exclusive mode", transaction: transaction);

    /// <summary>The sides with a facility, of every segment or of those touching these communes (ids commune:NNNNN).</summary>
    public static async Task<IReadOnlyList<FacilitySide>> SidesAsync(NpgsqlConnection connection, IReadOnlyCollection<string>? communes,
        NpgsqlTransaction? transaction = null, CancellationToken ct = default) =>
        [.. await connection.QueryAsync<FacilitySide>(new CommandDefinition(SqlResource.Get("Observatories/Mobilite/Cyclable/Sides.sql"),
            new { Communes = communes?.ToArray(), NotGiven }, transaction, cancellationToken: ct))];
}
