using Observatoires.Tests.Infrastructure;

namespace Observatoires.Tests.Observatories.Transitions;

/// <summary>A valid body for the Donut's dimension set, which the fuzz varies.</summary>
internal sealed class TransitionsFuzzBodies : IFuzzBodies
{
    public Task<IReadOnlyList<BodyTemplate>> TemplatesAsync(ApiFactory factory, HttpClient client) =>
        Task.FromResult<IReadOnlyList<BodyTemplate>>(
        [
            new(HttpMethod.Put, "/api/v1/transitions/donut-dimensions", "/api/v1/transitions/donut-dimensions",
                """{"dimensions":[{"code":"climat","label":"Climat","ring":"ecological","indicator":"transitions.emissions_ges_par_habitant","direction":"down","bound":2,"source":"SNBC"}]}"""),
        ]);
}
