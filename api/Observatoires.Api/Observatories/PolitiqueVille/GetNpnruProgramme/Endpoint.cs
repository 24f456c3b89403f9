using FastEndpoints;
using FluentValidation;
using Npgsql;
using Observatoires.Api.Platform.Access;
using Observatoires.Api.Platform.Http;
using Observatoires.Api.Platform.Indicators.Values;
using Observatoires.Api.Platform.Territories;

namespace Observatoires.Api.Observatories.PolitiqueVille.GetNpnruProgramme;

internal sealed class Request
{
    /// <summary>The programme's id, e.g. npnru-cabbalr.</summary>
    public string Id { get; set; } = "";

    internal sealed class Validator : Validator<Request>
    {
        public Validator()
        {
            RuleFor(r => r.Id).Matches("^[a-z0-9]+(-[a-z0-9]+)*$").MaximumLength(60)
                .WithMessage("id is lowercase letters and digits in words joined by hyphens, e.g. npnru-cabbalr");
        }
    }
}

internal sealed class Endpoint(NpgsqlDataSource dataSource, TerritoryHierarchy hierarchies, ICallerAccessor callers)
    : Endpoint<Request, NpnruProgrammeEvaluation>
{
    public override void Configure()
    {
        Get("/api/v1/politique-ville/npnru/{id}");
        AllowAnonymous();
        Options(o => o.WithMetadata(new ReadsData(PolitiqueVilleModule.DataDomain, ValueWriter.DataDomain, TerritoryGeometry.DataDomain)));
        Description(d => d.ProducesProblemDetails(400).ProducesProblemDetails(404));
        Summary(s =>
        {
            s.Summary = "An NPNRU programme evaluated against its T0";
            s.Description = "For each indicator: the programme's figure (its QPVs together, Σ ÷ Σ for a rate) at T0 and at the latest " +
                            "year, the change since T0, the same for its commune(s) and its EPCI, the gap to the EPCI at both dates " +
                            "and whether it narrowed (in size). The ETag header is what If-Match names to change the programme.";
            s.ExampleRequest = new Request { Id = DemoProgrammes.Cabbalr };
        });
    }

    public override async Task HandleAsync(Request r, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        if (await NpnruProgramme.FindAsync(connection, r.Id) is not { } programme)
        {
            await Send.ResultAsync(Problems.NotFound($"There is no NPNRU programme {Echo.Cut(r.Id)}"));
            return;
        }
        var evaluation = await NpnruEvaluation.ComputeAsync(connection, await hierarchies.GetAsync(ct), callers.Current, programme);
        HttpContext.Response.Headers.ETag = programme.ETag;
        await Send.OkAsync(evaluation, ct);
    }
}
