using Dapper;
using FastEndpoints;
using FluentValidation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Npgsql;
using Observatoires.Api.Platform.Http;
using Observatoires.Api.Platform.Territories;

namespace Observatoires.Tests.Infrastructure.TestObservatory.GetTestCounts;

internal sealed class Request
{
    [QueryParam] public string? Within { get; set; }

    internal sealed class Validator : Validator<Request>
    {
        public Validator() =>
            RuleFor(r => r.Within).Must(w => TerritoryId.Problem(w) is null).When(r => r.Within is not null)
                .WithMessage(r => TerritoryId.Problem(r.Within)!);
    }
}

internal sealed record SectionCount(string Section, int Count);

internal sealed record Response(string? Within, int Total, IReadOnlyList<SectionCount> BySection);

/// <summary>A module's read, as observatories write theirs: its own SQL, cached and revalidated by the data it declares.</summary>
internal sealed class Endpoint(NpgsqlDataSource dataSource) : Endpoint<Request, Response>
{
    public override void Configure()
    {
        Get("/api/v1/test/counts");
        Options(o => o.WithMetadata(new ReadsData(TestObservatoryModule.Domain)));
        AllowAnonymous();
        Description(d => d.ProducesProblemDetails(400).ProducesProblemDetails(404));
        Summary(s =>
        {
            s.Summary = "Test establishments by activity section (the tests' module)";
            s.Description = "The test observatory's establishments counted by section, in a territory or everywhere.";
            s.Params["within"] = "A territory (commune:62119, epci:200072460...); everywhere when absent.";
        });
    }

    public override async Task HandleAsync(Request r, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        if (r.Within is not null &&
            !await connection.ExecuteScalarAsync<bool>("select exists (select from platform.territory where id = @Within)", new { r.Within }))
        {
            await Send.ResultAsync(Problems.NotFound($"Territory '{r.Within}' does not exist"));
            return;
        }
        var counts = (await connection.QueryAsync<SectionCount>("""
            select naf_section as section, count(*)::int as count from test.etablissement
            where @Within::text is null or commune_id = @Within
               or commune_id in (select member_id from platform.territory_membership where parent_id = @Within)
            group by 1 order by 1
            """, new { r.Within })).ToList();
        await Send.OkAsync(new Response(r.Within, counts.Sum(c => c.Count), counts), ct);
    }
}
