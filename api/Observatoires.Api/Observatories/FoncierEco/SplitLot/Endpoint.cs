using System.Text.Json;
using Dapper;
using FastEndpoints;
using FluentValidation;
using Npgsql;
using Observatoires.Api.Platform.Access;
using Observatoires.Api.Platform.Data;

namespace Observatoires.Api.Observatories.FoncierEco.SplitLot;

/// <param name="Geometry">GeoJSON Polygon or MultiPolygon, longitude/latitude; leave it out with a cutLine.</param>
/// <param name="Status">The part's status; the original lot's when absent.</param>
internal sealed record Part(JsonElement Geometry, string? Status);

internal sealed class Request
{
    /// <summary>Lot id.</summary>
    public int Id { get; set; }

    /// <summary>The two parts: together they must cover the original lot, without overlapping, inside the park.</summary>
    public List<Part> Parts { get; set; } = [];

    /// <summary>
    /// Instead of drawn parts: a GeoJSON LineString crossing the lot from one edge to the other, which PostGIS
    /// splits it along (ST_Split) into exactly two parts, then checked like drawn ones. With a cut line, parts may
    /// be left out or give only each part's status (in the order of the preview).
    /// </summary>
    public JsonElement? CutLine { get; set; }

    /// <summary>true: check everything and answer the two parts (geometry, area, status) without changing anything.</summary>
    [QueryParam] public bool DryRun { get; set; }

    internal sealed class Validator : Validator<Request>
    {
        public Validator()
        {
            RuleFor(r => r.Parts).Must(p => p.Count == 2).When(r => r.CutLine is null).WithMessage("a lot is split in exactly two parts");
            RuleFor(r => r.Parts).Must(p => p.Count is 0 or 2).When(r => r.CutLine is not null)
                .WithMessage("with a cutLine, give no parts or the two parts' statuses");
            // A null part would reach the rules below as null (a 500): it is one error, and they skip it. (Must, not
            // NotNull: the OpenAPI generator would mark parts as required, which a cut line leaves out.)
            RuleForEach(r => r.Parts).Must(p => p is not null).WithMessage("a part is an object: {\"geometry\": ..., \"status\": ...}");
            RuleForEach(r => r.Parts).Must(p => p is null || p.Status is null || Lot.Statuses.Contains(p.Status))
                .WithMessage($"a status is one of {string.Join(", ", Lot.Statuses)}");
            RuleForEach(r => r.Parts).Must(p => p is null || p.Geometry.ValueKind == JsonValueKind.Object).When(r => r.CutLine is null)
                .WithMessage("each part has a GeoJSON geometry");
            RuleFor(r => r.CutLine).Must(l => l!.Value.ValueKind == JsonValueKind.Object).When(r => r.CutLine is not null)
                .WithMessage("cutLine is a GeoJSON LineString");
        }
    }
}

/// <param name="Geometry">GeoJSON MultiPolygon of the part.</param>
internal sealed record PartPreview(JsonElement Geometry, double AreaHa, string Status);

/// <param name="Lots">The new lots (empty for a dry run).</param>
/// <param name="Parts">The two parts as drawn or cut, with their area and status.</param>
internal sealed record Response(int Split, IReadOnlyList<Lot> Lots, IReadOnlyList<PartPreview> Parts);

internal sealed class Endpoint(NpgsqlDataSource dataSource) : Endpoint<Request, Response>
{
    public override void Configure()
    {
        Post("/api/v1/foncier-eco/lots/{id}/split");
        Roles(RoleNames.ObjectEditors);
        Description(d => d.ProducesProblemDetails(400).ProducesProblemDetails(401).ProducesProblemDetails(403)
            .ProducesProblemDetails(404).ProducesProblemDetails(412).ProducesProblemDetails(428));
        Summary(s =>
        {
            s.Summary = "Split a lot in two (editors of the park's territory; If-Match required; audited)";
            s.Description = "The two parts must be valid polygons inside the park that together cover the original lot, " +
                            "without overlapping (1 m² or 0.1 % of drawing tolerance). The original lot is retired (its history " +
                            "stays, asOf); the parts are new lots that remember it (splitFrom). Instead of two drawn parts, " +
                            "send a cutLine (GeoJSON LineString across the lot): PostGIS cuts the lot along it, with the same " +
                            "checks. ?dryRun=true answers the two parts without changing anything (a preview). If-Match: the ETag read " +
                            "(428 without it or with *, 412 with the current version when it changed).";
        });
    }

    public override async Task HandleAsync(Request r, CancellationToken ct)
    {
        await using var write = await Write.BeginAsync(dataSource, HttpContext, ct);
        var (lot, refusal) = await LotWrites.LockAsync(write, r.Id);
        if (refusal is not null)
        {
            await Send.ResultAsync(refusal);
            return;
        }
        var (connection, transaction) = (write.Connection, write.Transaction);
        string[] parts;
        if (r.CutLine is { } cutLine)
        {
            var (cut, cutProblem) = await Geometries.CutAsync(connection, transaction, r.Id, cutLine.GetRawText());
            if (cutProblem is not null)
                ThrowError(x => x.CutLine!, cutProblem);
            parts = cut;
        }
        else
            parts = [.. r.Parts.Select(p => p.Geometry.GetRawText())];
        (parts, var problem) = await Geometries.CheckSplitAsync(connection, transaction, r.Id, lot!.ZaeId, parts);
        if (problem is not null)
        {
            if (r.CutLine is not null)
                ThrowError(x => x.CutLine!, problem);
            ThrowError(x => x.Parts, problem);
        }
        string[] statuses = [.. parts.Select((_, i) => r.Parts.ElementAtOrDefault(i)?.Status ?? lot.Status)];
        if (r.DryRun)
        {
            var areas = await Geometries.AreasHaAsync(connection, transaction, parts);
            await Send.OkAsync(new Response(r.Id, [], [.. parts.Select((p, i) =>
                new PartPreview(JsonDocument.Parse(p).RootElement.Clone(), areas[i], statuses[i]))]), ct);
            return;
        }

        var ids = new List<int>();
        foreach (var (status, geometry) in statuses.Zip(parts))
        {
            ids.Add(await connection.ExecuteScalarAsync<int>("""
                insert into foncier_eco.lot_version (lot_id, version, zae_id, status, occupant_name, occupant_siret, split_from, geom, changed_by)
                values (nextval('foncier_eco.lot_id_seq'), 1, @ZaeId, @status, @name, @siret, @Id,
                        st_multi(st_setsrid(st_geomfromgeojson(@geometry), 4326)), @Actor)
                returning lot_id
                """, new
            {
                lot.ZaeId,
                status,
                lot.Id,
                geometry,
                write.Caller.Actor,
                name = status == "occupe" ? lot.OccupantName : null,
                siret = status == "occupe" ? lot.OccupantSiret : null,
            }, transaction));
        }
        await connection.ExecuteAsync("update foncier_eco.lot_version set valid_to = now() where lot_id = @Id and valid_to is null", new { lot.Id }, transaction);
        await LotWrites.CommitAsync(write, "lot_split", r.Id, new { lot.Status, lot.Version, lot.AreaHa }, new { lots = ids }, lot.CommuneId, ct);
        var created = new List<Lot>();
        foreach (var id in ids)
            created.Add((await Lot.FindAsync(connection, id))!);
        var createdAreas = created.Select(l => Math.Round(l.AreaHa, 3)).ToList();
        await Send.ResponseAsync(new Response(r.Id, created, [.. parts.Select((p, i) =>
            new PartPreview(JsonDocument.Parse(p).RootElement.Clone(), createdAreas[i], statuses[i]))]), 201, ct);
    }
}
