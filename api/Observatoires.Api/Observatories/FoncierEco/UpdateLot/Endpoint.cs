using FastEndpoints;
using FluentValidation;
using Npgsql;
using Observatoires.Api.Platform.Access;
using Observatoires.Api.Platform.Data;

namespace Observatoires.Api.Observatories.FoncierEco.UpdateLot;

internal sealed class Request
{
    /// <summary>Lot id.</summary>
    public int Id { get; set; }

    /// <summary>The new status (occupe, disponible_amenage, reserve_non_amenagee, friche, en_commercialisation); unchanged when absent.</summary>
    public string? Status { get; set; }

    /// <summary>The occupant's name; required for an occupied lot, removed otherwise.</summary>
    public string? OccupantName { get; set; }

    /// <summary>The occupant's SIRET (14 digits).</summary>
    public string? OccupantSiret { get; set; }

    internal sealed class Validator : Validator<Request>
    {
        public Validator()
        {
            // A body of null, {} or only nulls would otherwise add a version that changes nothing.
            RuleFor(r => r).Must(r => r.Status is not null || r.OccupantName is not null || r.OccupantSiret is not null)
                .OverridePropertyName("status").WithMessage("nothing to change: send an object with status, occupantName or occupantSiret");
            RuleFor(r => r.Status).Must(s => s is null || Lot.Statuses.Contains(s))
                .WithMessage($"status must be one of {string.Join(", ", Lot.Statuses)}");
            RuleFor(r => r.OccupantSiret).Matches("^[0-9]{14}$").When(r => r.OccupantSiret is not null)
                .WithMessage("occupantSiret is 14 digits");
            RuleFor(r => r.OccupantName).MaximumLength(200);
        }
    }
}

internal sealed class Endpoint(NpgsqlDataSource dataSource) : Endpoint<Request, Lot>
{
    public override void Configure()
    {
        Patch("/api/v1/foncier-eco/lots/{id}");
        Roles(RoleNames.ObjectEditors);
        Description(d => d.ProducesProblemDetails(400).ProducesProblemDetails(401).ProducesProblemDetails(403)
            .ProducesProblemDetails(404).ProducesProblemDetails(412).ProducesProblemDetails(428));
        Summary(s =>
        {
            s.Summary = "Change a lot's status and occupant (editors of the park's territory; If-Match required; audited)";
            s.Description = "Send If-Match with the ETag of the lot as you read it: if another editor changed it meanwhile, the " +
                            "answer is 412 with the current version (body and ETag) and nothing is changed; without If-Match, or " +
                            "with If-Match: *, 428. A body that changes nothing is a 400. The previous version is kept (asOf).";
            s.ExampleRequest = new Request { Id = 101, Status = "occupe", OccupantName = "Transports Leclercq", OccupantSiret = "81234567800012" };
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
        var status = r.Status ?? lot!.Status;
        var occupied = status == "occupe";
        var name = occupied ? r.OccupantName ?? lot!.OccupantName : null;
        var siret = occupied ? r.OccupantSiret ?? lot!.OccupantSiret : null;
        if (occupied && string.IsNullOrWhiteSpace(name))
            ThrowError(x => x.OccupantName!, "an occupied lot needs its occupant's name");
        await LotWrites.ReviseAsync(write, lot!, status, name, siret);
        await LotWrites.CommitAsync(write, "lot_update", r.Id,
            new { lot!.Status, lot.OccupantName, lot.OccupantSiret, lot.Version },
            new { status, occupantName = name, occupantSiret = siret, version = lot.Version + 1 }, lot.CommuneId, ct);
        var updated = (await Lot.FindAsync(write.Connection, r.Id))!;
        HttpContext.Response.Headers.ETag = updated.ETag;
        await Send.OkAsync(updated, ct);
    }
}
