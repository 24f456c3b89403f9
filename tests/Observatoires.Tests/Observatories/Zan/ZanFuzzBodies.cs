using Observatoires.Tests.Infrastructure;

namespace Observatoires.Tests.Observatories.Zan;

internal sealed class ZanFuzzBodies : IFuzzBodies
{
    public Task<IReadOnlyList<BodyTemplate>> TemplatesAsync(ApiFactory factory, HttpClient client) =>
        Task.FromResult<IReadOnlyList<BodyTemplate>>(
        [
            new(HttpMethod.Put, "/api/v1/zan/trajectory", "/api/v1/zan/trajectory",
                "{\"shares\":{" + string.Join(',', Enumerable.Range(2031, 20).Select(y => $"\"{y}\":0.5")) + "}}"),
            new(HttpMethod.Put, "/api/v1/zan/reductions/{territory}", "/api/v1/zan/reductions/groupement:aula", """{"reduction":0.55}"""),
        ]);
}
