using FastEndpoints;
using Npgsql;
using Observatoires.Api.Platform.Http;

namespace Observatoires.Api.Observatories.PolitiqueVille.GetNpnruProgrammes;

/// <param name="Qpvs">Its QPVs' ids (qpv:code).</param>
internal sealed record NpnruProgrammeSummary(string Id, string Name, string Epci, int T0Year, IReadOnlyList<string> Qpvs, bool Demo, int Version);

internal sealed record Response(IReadOnlyList<NpnruProgrammeSummary> Items);

internal sealed class Endpoint(NpgsqlDataSource dataSource) : EndpointWithoutRequest<Response>
{
    public override void Configure()
    {
        Get("/api/v1/politique-ville/npnru");
        AllowAnonymous();
        Options(o => o.WithMetadata(new ReadsData(PolitiqueVilleModule.DataDomain)));
        Summary(s =>
        {
            s.Summary = "The NPNRU programmes";
            s.Description = "Every renewal programme followed: its QPVs, its EPCI and its T0 year.";
        });
    }

    public override async Task HandleAsync(CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var programmes = await NpnruProgramme.ListAsync(connection);
        await Send.OkAsync(new Response([.. programmes.Select(p => new NpnruProgrammeSummary(p.Id, p.Name, p.EpciId, p.T0Year, p.QpvIds, p.Demo, p.Version))]), ct);
    }
}
