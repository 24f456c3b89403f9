using Dapper;
using FastEndpoints;
using FluentValidation;
using Npgsql;
using Observatoires.Api.Platform.Access;
using Observatoires.Api.Platform.Data;
using Observatoires.Api.Platform.Http;
using Observatoires.Api.Platform.Territories;

namespace Observatoires.Api.Observatories.Trames.ImportNetwork;

internal sealed class Request
{
    /// <summary>The network the file holds: verte, bleue, noire, agricole.</summary>
    public string Network { get; set; } = "";

    /// <summary>The network's GeoJSON FeatureCollection in the multipart field `file` (properties nom, statut, type_element, source).</summary>
    public IFormFile? File { get; set; }

    internal sealed class Validator : Validator<Request>
    {
        public Validator()
        {
            RuleFor(r => r.Network).Must(Vocabulary.IsNetwork).WithMessage($"network is one of {Vocabulary.Codes(Vocabulary.Networks)}");
            RuleFor(r => r.File).NotNull().WithMessage("send the network's GeoJSON in the multipart field 'file'");
        }
    }
}

/// <param name="Retired">Elements of the network the import replaced (kept with their history).</param>
/// <param name="Imported">Elements the file added.</param>
/// <param name="PendingRequests">Pending change requests on the replaced elements: they can no longer be accepted, only rejected.</param>
/// <param name="Import">The ingestion log's entry (GET /api/v1/imports/{id}): identical when the file is the last one imported into this network, then nothing changed.</param>
internal sealed record NetworkImport(string Network, string File, int Retired, int Imported, int PendingRequests, ImportReceipt? Import = null);

internal sealed class Endpoint(NpgsqlDataSource dataSource, TerritoryHierarchy hierarchies) : Endpoint<Request, NetworkImport>
{
    public override void Configure()
    {
        Post("/api/v1/trames/networks/{network}/import");
        Roles(RoleNames.Agency);
        AllowFileUploads();
        Description(d => d.ProducesProblemDetails(400).ProducesProblemDetails(401).ProducesProblemDetails(403));
        Summary(s =>
        {
            s.Summary = "Replace a network of the CALL by a GeoJSON file (agency editors), all or nothing";
            s.Description = "multipart/form-data, the file in `file`: a GeoJSON FeatureCollection (longitude/latitude) of the network's " +
                            "reservoirs (Polygon, MultiPolygon) and corridors (LineString, MultiLineString), with the properties `nom`, " +
                            "`statut` (existant, a_preserver, a_restaurer, a_creer, or their French labels), optionally `type_element` " +
                            "(reservoir or corridor, matching the geometry) and `source` (the file's name by default). Every feature must " +
                            "be valid and lie inside the CALL. A file with a problem is refused (400) with every problem and its feature, " +
                            "and changes nothing. Otherwise the network's current elements are retired (their history kept) and the file's " +
                            "elements added, each with its creation in its history; the layers' data version is bumped. Audited. Up to 1 MB.";
        });
    }

    public override async Task HandleAsync(Request r, CancellationToken ct)
    {
        var name = Upload.NameOf(r.File!);
        // Each network is a target of its own: the same file imported into another network is no repeat.
        await using var import = await Import.BeginAsync(dataSource, HttpContext, r.File!, TramesModule.Slug, $"trames.element:{r.Network}", ct);
        var (connection, transaction) = (import.Connection, import.Transaction);
        var (features, problems) = await import.ReadAsync(stream => NetworkFile.Read(stream, name), ct);
        var call = await Scope.AllowedCommunesAsync(connection, hierarchies, import.Write.Caller, ct);
        var placed = new List<(NetworkFeature Feature, string Commune)>();
        foreach (var feature in features)
        {
            var (commune, problem) = await TramesGeometry.PlaceAsync(connection, transaction, feature.Geometry, call, Scope.Describe(import.Write.Caller));
            if (problem is not null)
                problems.At(feature.Where, problem);
            else
                placed.Add((feature, commune!));
        }
        await import.RefuseIfAnyAsync(this, problems.Listed(NetworkFile.ProblemsShown, inFileOrder: true), problems.Count);

        var actor = import.Write.Caller.Actor;
        var retired = (await connection.QueryAsync<int>("""
            update trames.element set retired_at = now(), version = version + 1, updated_at = now(), updated_by = @actor
            where network = @Network and retired_at is null
            returning id
            """, new { r.Network, actor }, transaction)).ToArray();
        await connection.ExecuteAsync("""
            insert into trames.element_history (element_id, version, change, before, geom_before, changed_by)
            select e.id, e.version, 'import', jsonb_build_object('network', e.network, 'kind', e.kind, 'name', e.name, 'status', e.status,
                   'source', e.source), e.geom, @actor
            from trames.element e where e.id = any(@retired)
            """, new { retired, actor }, transaction);
        var added = (await connection.QueryAsync<int>("""
            insert into trames.element (network, kind, name, status, source, commune_id, geom, updated_by)
            select @Network, f.kind, f.name, f.status, f.source, f.commune, st_multi(st_setsrid(st_geomfromgeojson(f.geometry), 4326)), @actor
            from unnest(@Kind, @Name, @Status, @Source, @Commune, @Geometry) with ordinality as f (kind, name, status, source, commune, geometry, n)
            order by f.n
            returning id
            """, new
        {
            r.Network,
            actor,
            Kind = placed.Select(p => p.Feature.Kind).ToArray(),
            Name = placed.Select(p => p.Feature.Name).ToArray(),
            Status = placed.Select(p => p.Feature.Status).ToArray(),
            Source = placed.Select(p => p.Feature.Source).ToArray(),
            Commune = placed.Select(p => p.Commune).ToArray(),
            Geometry = placed.Select(p => p.Feature.Geometry).ToArray(),
        }, transaction)).ToList();
        foreach (var id in added)
            await Integration.RecordAsync(connection, transaction, id, "import", null, actor);
        await TramesIndicators.RecomputeAsync(connection, transaction);
        var pending = await connection.ExecuteScalarAsync<int>(
            "select count(*)::integer from trames.change_request where state = 'pending' and element_id = any(@retired)", new { retired }, transaction);
        var result = new NetworkImport(r.Network, name, retired.Length, added.Count, pending);
        var receipt = await import.CommitAsync(new AuditEntry("trames_network_import", "trames.element", r.Network, new { retired = retired.Length }, result),
            [TramesLayers.DataDomain], ImportRows.Replacing(added.Count, retired.Length), ct);
        await Send.OkAsync(result with { Import = receipt }, ct);
    }
}
