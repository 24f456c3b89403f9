using Dapper;
using Npgsql;

namespace Observatoires.Api.Observatories.Commerce;

/// <summary>A field survey: one dated vintage of the cells.</summary>
/// <param name="Id">Survey id (newer surveys have higher ids when imported later).</param>
/// <param name="Label">Its name ("Relevé terrain 2024").</param>
/// <param name="SurveyedFrom">First day of the fieldwork.</param>
/// <param name="SurveyedTo">Last day of the fieldwork; its year is the period of the survey's indicators.</param>
/// <param name="Cells">Cells it holds.</param>
/// <param name="ImportedAt">When it was loaded.</param>
internal sealed record CommerceSurvey(int Id, string Label, DateOnly SurveyedFrom, DateOnly SurveyedTo, int Cells, DateTime ImportedAt)
{
    /// <summary>Every survey, newest first (by the end of its fieldwork, then by id), or the one asked.</summary>
    public static async Task<IReadOnlyList<CommerceSurvey>> LoadAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction = null, int? id = null) =>
        [.. await connection.QueryAsync<CommerceSurvey>("""
            select s.id, s.label, s.surveyed_from as surveyedfrom, s.surveyed_to as surveyedto,
                   (select count(*)::integer from commerce.cell x where x.survey_id = s.id) as cells, s.imported_at as importedat
            from commerce.survey s where @id::integer is null or s.id = @id
            order by s.surveyed_to desc, s.id desc
            """, new { id }, transaction)];
}
