using Observatoires.Tests.Infrastructure;

namespace Observatoires.Tests.Observatories.Habitat;

/// <summary>A valid body for the PLH objectives' write route, which the fuzz varies.</summary>
internal sealed class PlhFuzzBodies : IFuzzBodies
{
    public Task<IReadOnlyList<BodyTemplate>> TemplatesAsync(ApiFactory factory, HttpClient client) =>
        Task.FromResult<IReadOnlyList<BodyTemplate>>(
        [
            new(HttpMethod.Put, "/api/v1/habitat/plh/objectives/{code}", "/api/v1/habitat/plh/objectives/fuzz",
                """{"label":"Produire 850 logements par an","territory":"epci:246200364","indicator":"habitat.logements_autorises","kind":"yearly","baselineYear":2023,"targetValue":850,"horizonYear":2028,"direction":"up"}"""),
        ]);
}
