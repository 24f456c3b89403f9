using System.Text.Json;
using Dapper;
using FastEndpoints;
using FluentValidation;
using Npgsql;
using Observatoires.Api.Platform.Access;
using Observatoires.Api.Platform.Data;
using Observatoires.Api.Platform.Territories;

namespace Observatoires.Api.Observatories.Trames.ProposeChange;

internal sealed class Request
{
    /// <summary>add (a new element), modify (an element's geometry and/or attributes) or remove (an element).</summary>
    public string Action { get; set; } = "";

    /// <summary>The element to modify or remove (its id in the layers); absent for an addition.</summary>
    public int? ElementId { get; set; }

    /// <summary>The network of a new element: verte, bleue, noire, agricole.</summary>
    public string? Network { get; set; }

    /// <summary>The type of a new element: reservoir (a Polygon or MultiPolygon) or corridor (a LineString or MultiLineString).</summary>
    public string? Kind { get; set; }

    /// <summary>The element's name (required for an addition; for a modification, absent when unchanged).</summary>
    public string? Name { get; set; }

    /// <summary>The element's status: existant, a_preserver, a_restaurer, a_creer (required for an addition).</summary>
    public string? Status { get; set; }

    /// <summary>Where the geometry and attributes come from (a survey, a study); for an addition, the proposing partner by default.</summary>
    public string? Source { get; set; }

    /// <summary>GeoJSON geometry in longitude/latitude, inside the caller's scope in the CALL (required for an addition; for a modification, absent when unchanged).</summary>
    public JsonElement? Geometry { get; set; }

    /// <summary>Why the change is proposed, for the agency's review (1 to 2,000 characters).</summary>
    public string Comment { get; set; } = "";

    internal sealed class Validator : Validator<Request>
    {
        public Validator()
        {
            RuleFor(r => r.Action).Must(Vocabulary.Actions.Contains).WithMessage("action is add, modify or remove");
            RuleFor(r => r.Comment).NotEmpty().WithMessage("comment says why the change is proposed").MaximumLength(2000);
            RuleFor(r => r.Name).MaximumLength(200);
            RuleFor(r => r.Source).MaximumLength(300);
            RuleFor(r => r.Network).Must(Vocabulary.IsNetwork).When(r => r.Network is not null)
                .WithMessage($"network is one of {Vocabulary.Codes(Vocabulary.Networks)}");
            RuleFor(r => r.Kind).Must(Vocabulary.IsKind).When(r => r.Kind is not null)
                .WithMessage($"kind is one of {Vocabulary.Codes(Vocabulary.Kinds)}");
            RuleFor(r => r.Status).Must(Vocabulary.IsStatus).When(r => r.Status is not null)
                .WithMessage($"status is one of {Vocabulary.Codes(Vocabulary.Statuses)}");
            RuleFor(r => r.Geometry).Must(g => g is { ValueKind: JsonValueKind.Object }).When(r => r.Geometry is { ValueKind: not JsonValueKind.Null })
                .WithMessage("geometry is a GeoJSON geometry object");
            When(r => r.Action == "add", () =>
            {
                RuleFor(r => r.ElementId).Null().WithMessage("an addition has no elementId");
                RuleFor(r => r.Network).NotEmpty().WithMessage("a new element needs its network");
                RuleFor(r => r.Kind).NotEmpty().WithMessage("a new element needs its kind (reservoir or corridor)");
                RuleFor(r => r.Name).NotEmpty().WithMessage("a new element needs its name");
                RuleFor(r => r.Status).NotEmpty().WithMessage("a new element needs its status");
                RuleFor(r => r.Geometry).Must(HasValue).WithMessage("a new element needs its geometry");
            });
            When(r => r.Action is "modify" or "remove", () =>
            {
                RuleFor(r => r.ElementId).NotNull().WithMessage("elementId names the element to change");
                RuleFor(r => r.Network).Null().WithMessage("an element's network does not change: propose its removal and an addition");
                RuleFor(r => r.Kind).Null().WithMessage("an element's kind does not change: propose its removal and an addition");
            });
            When(r => r.Action == "modify", () =>
                RuleFor(r => r).Must(r => r.Name is not null || r.Status is not null || r.Source is not null || HasValue(r.Geometry))
                    .OverridePropertyName("geometry").WithMessage("nothing to change: send a geometry, name, status or source"));
            When(r => r.Action == "remove", () =>
                RuleFor(r => r).Must(r => r.Name is null && r.Status is null && r.Source is null && !HasValue(r.Geometry))
                    .OverridePropertyName("action").WithMessage("a removal carries only the elementId and the comment"));
        }

        private static bool HasValue(JsonElement? geometry) => geometry is { ValueKind: not JsonValueKind.Null and not JsonValueKind.Undefined };
    }
}

internal sealed class Endpoint(NpgsqlDataSource dataSource, TerritoryHierarchy hierarchies) : Endpoint<Request, ChangeRequest>
{
    public override void Configure()
    {
        Post("/api/v1/trames/change-requests");
        Roles(RoleNames.ObjectEditors);
        Description(d => d.ClearDefaultProduces(200).Produces<ChangeRequest>(201, "application/json")
            .ProducesProblemDetails(400).ProducesProblemDetails(401).ProducesProblemDetails(403).ProducesProblemDetails(404));
        Summary(s =>
        {
            s.Summary = "Propose a change to the networks of the CALL: add, modify or remove an element (partner editors in their scope; audited)";
            s.Description = "The request waits for the agency's review (GET /api/v1/trames/change-requests shows it and its state). " +
                            "A partner proposes only inside its key's scope: an element outside it, or a key whose scope holds no commune " +
                            "of the CALL, is a 403; a geometry outside the scope is a 400 with the field error on `geometry`. A reservoir " +
                            "is a Polygon or MultiPolygon, a corridor a LineString or MultiLineString (longitude/latitude). The element's " +
                            "network and kind never change: propose its removal and an addition.";
            s.ExampleRequest = new Request
            {
                Action = "add",
                Network = "verte",
                Kind = "corridor",
                Name = "Haie de la rue des Écoles",
                Status = "a_creer",
                Geometry = JsonDocument.Parse("""{"type":"LineString","coordinates":[[2.775,50.425],[2.779,50.427]]}""").RootElement,
                Comment = "Haie plantée en 2025 par la commune, relie le parc au cavalier.",
            };
        });
    }

    public override async Task HandleAsync(Request r, CancellationToken ct)
    {
        await using var write = await Write.BeginAsync(dataSource, HttpContext, ct);
        var (connection, transaction, caller) = (write.Connection, write.Transaction, write.Caller);
        var allowed = await Scope.AllowedCommunesAsync(connection, hierarchies, caller, ct);
        Element? element = null;
        WriteTarget? target;
        if (r.Action == "add")
            // A partner proposes where its scope meets the CALL: any of those communes stands for it; none, a 403.
            target = new WriteTarget("The networks of the CALL", allowed.FirstOrDefault() ?? Scope.Call);
        else
        {
            element = await Element.FindAsync(connection, r.ElementId!.Value, transaction);
            target = element is null || element.Retired ? null : new WriteTarget($"Element {element.Id}", element.Commune);
        }
        if (write.Refusal(target, $"There is no current element {r.ElementId}") is { } refusal)
        {
            await Send.ResultAsync(refusal);
            return;
        }

        string? geometry = null;
        var commune = element?.Commune ?? target!.Territory;
        if (r.Geometry is { ValueKind: JsonValueKind.Object } drawn)
        {
            var (written, problem) = TramesGeometry.Read(drawn.GetRawText(), element?.Kind ?? r.Kind!);
            if (problem is not null)
                ThrowError(x => x.Geometry!, $"geometry is {problem}");
            string? placed;
            (placed, problem) = await TramesGeometry.PlaceAsync(connection, transaction, written!, allowed, Scope.Describe(caller));
            if (problem is not null)
                ThrowError(x => x.Geometry!, problem);
            (geometry, commune) = (written, placed!);
        }

        var source = r.Action == "add" ? r.Source ?? "Proposition d'un partenaire" : r.Source;
        var id = await connection.ExecuteScalarAsync<int>("""
            insert into trames.change_request (action, element_id, base_version, network, kind, name, status, source, geom, commune_id, comment,
                                               proposed_by_key, proposed_by)
            values (@Action, @ElementId, @BaseVersion, @Network, @Kind, @Name, @Status, @source,
                    st_multi(st_setsrid(st_geomfromgeojson(@geometry::text), 4326)), @commune, @Comment, @KeyId, @Actor)
            returning id
            """, new
        {
            r.Action,
            ElementId = element?.Id,
            BaseVersion = element?.Version,
            Network = element?.Network ?? r.Network,
            Kind = element?.Kind ?? r.Kind,
            r.Name,
            r.Status,
            source,
            geometry,
            commune,
            r.Comment,
            caller.KeyId,
            caller.Actor,
        }, transaction);
        await write.CommitAsync(new AuditEntry("trames_change_request", "trames.change_request", $"{id}", null,
            new { r.Action, r.ElementId, r.Network, r.Kind, r.Name, r.Status, source, commune, r.Comment }), [TramesLayers.DataDomain], ct);
        var created = (await ChangeRequest.FindAsync(connection, caller, id))!;
        HttpContext.Response.Headers.ETag = created.ETag;
        HttpContext.Response.Headers.Location = $"/api/v1/trames/change-requests/{id}";
        await Send.ResponseAsync(created, 201, ct);
    }
}
