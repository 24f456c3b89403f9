using System.Text.Json;
using Dapper;
using FastEndpoints;
using Npgsql;
using Observatoires.Api.Platform.Access;
using Observatoires.Api.Platform.Http;

namespace Observatoires.Api.Observatories.Trames.GetElementHistory;

internal sealed class Request
{
    /// <summary>Element id (the id of its feature in the layers).</summary>
    public int Id { get; set; }
}

/// <summary>One change of an element, oldest first.</summary>
/// <param name="Change">create, modify, remove or import.</param>
/// <param name="Before">Attributes before the change (network, kind, name, status, source); null for a creation.</param>
/// <param name="After">Attributes after it; null for a removal.</param>
/// <param name="RequestId">The change request it came from; null for the demo data and imports.</param>
/// <param name="ProposedBy">Who proposed it (the request's key), if a request.</param>
/// <param name="ChangedBy">Who made it: the agency editor who accepted the request, or the importer.</param>
internal sealed record ElementChange(int Version, string Change, JsonElement? Before, JsonElement? After, JsonElement? GeometryBefore,
    JsonElement? GeometryAfter, int? RequestId, string? ProposedBy, string? Comment, string ChangedBy, DateTime ChangedAt);

internal sealed record ElementHistory(int Id, string Network, string Kind, string Name, string Status, string Commune, int Version, bool Retired,
    IReadOnlyList<ElementChange> Changes);

internal sealed class Endpoint(NpgsqlDataSource dataSource) : Endpoint<Request, ElementHistory>
{
    public override void Configure()
    {
        Get("/api/v1/trames/elements/{id}/history");
        Roles(RoleNames.Agency);
        Options(o => o.WithMetadata(new ReadsData(TramesLayers.DataDomain)));
        Description(d => d.ProducesProblemDetails(400).ProducesProblemDetails(401).ProducesProblemDetails(403).ProducesProblemDetails(404));
        Summary(s =>
        {
            s.Summary = "An element's history: every change with its previous and new attributes and geometry, who, when, which request (agency editors)";
            s.Description = "Oldest first, removed elements included. Agency only: it names the partners who proposed the changes and quotes their comments.";
            s.ExampleRequest = new Request { Id = 1 };
        });
    }

    private sealed record Row(int Version, string Change, string? Before, string? After, string? GeometryBefore, string? GeometryAfter,
        int? RequestId, string? ProposedBy, string? Comment, string ChangedBy, DateTime ChangedAt);

    public override async Task HandleAsync(Request r, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        if (await Element.FindAsync(connection, r.Id) is not { } element)
        {
            await Send.ResultAsync(Problems.NotFound($"There is no element {r.Id}"));
            return;
        }
        var rows = await connection.QueryAsync<Row>("""
            select h.version, h.change, h.before::text as before, h.after::text as after, st_asgeojson(h.geom_before, 7) as geometrybefore,
                   st_asgeojson(h.geom_after, 7) as geometryafter, h.request_id as requestid, q.proposed_by as proposedby, q.comment,
                   h.changed_by as changedby, h.changed_at as changedat
            from trames.element_history h left join trames.change_request q on q.id = h.request_id
            where h.element_id = @Id order by h.id
            """, new { r.Id });
        await Send.OkAsync(new ElementHistory(element.Id, element.Network, element.Kind, element.Name, element.Status, element.Commune,
            element.Version, element.Retired, [.. rows.Select(h => new ElementChange(h.Version, h.Change, Json(h.Before), Json(h.After),
                Json(h.GeometryBefore), Json(h.GeometryAfter), h.RequestId, h.ProposedBy, h.Comment, h.ChangedBy, h.ChangedAt))]), ct);
    }

    private static JsonElement? Json(string? text) => text is null ? null : JsonDocument.Parse(text).RootElement.Clone();
}
