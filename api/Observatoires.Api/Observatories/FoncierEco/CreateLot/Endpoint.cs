using System.Text.Json;
using Dapper;
using FastEndpoints;
using FluentValidation;
using Npgsql;
using Observatoires.Api.Platform.Access;
using Observatoires.Api.Platform.Data;

namespace Observatoires.Api.Observatories.FoncierEco.CreateLot;

internal sealed class Request
{
    /// <summary>Park id.</summary>
    public int Id { get; set; }

    /// <summary>GeoJSON Polygon or MultiPolygon (longitude/latitude) inside the park, over no other lot.</summary>
    public JsonElement Geometry { get; set; }

    public string Status { get; set; } = "";

    public string? OccupantName { get; set; }

    public string? OccupantSiret { get; set; }

    internal sealed class Validator : Validator<Request>
    {
        public Validator()
        {
            RuleFor(r => r.Status).Must(Lot.Statuses.Contains).WithMessage($"status must be one of {string.Join(", ", Lot.Statuses)}");
            RuleFor(r => r.Geometry.ValueKind).Equal(JsonValueKind.Object).OverridePropertyName("geometry")
                .WithMessage("geometry is a GeoJSON Polygon or MultiPolygon");
            RuleFor(r => r.OccupantName).NotEmpty().When(r => r.Status == "occupe").WithMessage("an occupied lot needs its occupant's name");
            RuleFor(r => r.OccupantSiret).Matches("^[0-9]{14}$").When(r => r.OccupantSiret is not null).WithMessage("occupantSiret is 14 digits");
        }
    }
}

internal sealed class Endpoint(NpgsqlDataSource dataSource) : Endpoint<Request, Lot>
{
    public override void Configure()
    {
        Post("/api/v1/foncier-eco/parks/{id}/lots");
        Roles(RoleNames.ObjectEditors);
        Description(d => d.ProducesProblemDetails(400).ProducesProblemDetails(401).ProducesProblemDetails(403).ProducesProblemDetails(404));
        Summary(s => s.Summary = "Create a lot in a park (editors of the park's territory; audited)");
    }

    public override async Task HandleAsync(Request r, CancellationToken ct)
    {
        await using var write = await Write.BeginAsync(dataSource, HttpContext, ct);
        var (connection, transaction) = (write.Connection, write.Transaction);
        var commune = await connection.QuerySingleOrDefaultAsync<string>("select commune_id from foncier_eco.zae where id = @Id for update", new { r.Id }, transaction);
        if (write.Refusal(commune is null ? null : new WriteTarget($"Park {r.Id}", commune), $"There is no park {r.Id}") is { } refusal)
        {
            await Send.ResultAsync(refusal);
            return;
        }
        var (geometry, problem) = await Geometries.CheckNewLotAsync(connection, transaction, r.Id, r.Geometry.GetRawText());
        if (problem is not null)
            ThrowError(x => x.Geometry, problem);
        var occupied = r.Status == "occupe";
        var id = await connection.ExecuteScalarAsync<int>("""
            insert into foncier_eco.lot_version (lot_id, version, zae_id, status, occupant_name, occupant_siret, geom, changed_by)
            values (nextval('foncier_eco.lot_id_seq'), 1, @Id, @Status, @name, @siret, st_multi(st_setsrid(st_geomfromgeojson(@geometry), 4326)), @Actor)
            returning lot_id
            """, new { r.Id, r.Status, name = occupied ? r.OccupantName : null, siret = occupied ? r.OccupantSiret : null, geometry, write.Caller.Actor }, transaction);
        await LotWrites.CommitAsync(write, "lot_create", id, null, new { park = r.Id, r.Status, r.OccupantName, r.OccupantSiret }, commune!, ct);
        var lot = (await Lot.FindAsync(connection, id))!;
        HttpContext.Response.Headers.ETag = lot.ETag;
        HttpContext.Response.Headers.Location = $"/api/v1/foncier-eco/lots/{id}";
        await Send.ResponseAsync(lot, 201, ct);
    }
}
