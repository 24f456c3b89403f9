using Observatoires.Tests.Infrastructure;

namespace Observatoires.Tests.Observatories.Evaluation;

/// <summary>Valid bodies for the evaluation's write routes, on the CABBALR's demo project, which the fuzz varies.</summary>
internal sealed class EvaluationFuzzBodies : IFuzzBodies
{
    private const string Project = "/api/v1/evaluation/projects/cabbalr-projet-de-territoire";

    public Task<IReadOnlyList<BodyTemplate>> TemplatesAsync(ApiFactory factory, HttpClient client) =>
        Task.FromResult<IReadOnlyList<BodyTemplate>>(
        [
            new(HttpMethod.Put, "/api/v1/evaluation/projects/{id}", "/api/v1/evaluation/projects/fuzz",
                """{"title":"Projet de territoire","territory":"epci:200072460","startYear":2022,"endYear":2030,"description":"Suivi"}"""),
            new(HttpMethod.Put, "/api/v1/evaluation/projects/{id}/axes/{axis}", Project + "/axes/fuzz", """{"title":"Axe","weight":2}"""),
            new(HttpMethod.Put, "/api/v1/evaluation/projects/{id}/actions/{action}", Project + "/actions/fuzz",
                """{"axis":"cadre-de-vie","title":"Action","weight":1}"""),
            new(HttpMethod.Put, "/api/v1/evaluation/projects/{id}/indicators/{indicator}", Project + "/indicators/fuzz",
                """{"action":"insertion","label":"Indicateur","unit":"personnes","decimals":0,"confidentiality":"partner","t0Year":2022,"t0Value":10,"targetValue":20,"horizonYear":2030,"direction":"up","weight":1}"""),
            new(HttpMethod.Put, "/api/v1/evaluation/projects/{id}/weights", Project + "/weights",
                """{"axes":{"cadre-de-vie":2},"actions":{"insertion":1.5},"indicators":{"clauses-insertion":3}}"""),
            new(HttpMethod.Put, "/api/v1/evaluation/projects/{id}/indicators/{indicator}/values", Project + "/indicators/clauses-insertion/values",
                """{"values":[{"year":2022,"value":310},{"year":2024,"value":402.5}]}"""),
        ]);
}
