using Dapper;
using FastEndpoints;
using FluentValidation;
using Npgsql;
using Observatoires.Api.Platform.Access;
using Observatoires.Api.Platform.Data;
using Observatoires.Api.Platform.Http;
using Observatoires.Api.Platform.Indicators.Engine;
using Observatoires.Api.Platform.Territories;

namespace Observatoires.Api.Observatories.Evaluation.SetEvaluationProject;

internal sealed class Request
{
    /// <summary>The project's id: lowercase letters and digits in words joined by hyphens, at most 60 characters (cabbalr-projet-de-territoire).</summary>
    public string Id { get; set; } = "";

    /// <summary>Its title, in French ("Projet de territoire de la CABBALR"); required.</summary>
    public string? Title { get; set; }

    /// <summary>The territory it covers, whose figures its catalogue indicators read (epci:200072460); required.</summary>
    public string? Territory { get; set; }

    /// <summary>The first year of its period; required.</summary>
    public int? StartYear { get; set; }

    /// <summary>The last year of its period, at or after startYear; required.</summary>
    public int? EndYear { get; set; }

    /// <summary>What it is, in a few sentences (at most 2,000 characters).</summary>
    public string? Description { get; set; }

    internal sealed class Validator : Validator<Request>
    {
        public Validator()
        {
            RuleFor(r => r.Id).Must(id => ProjectWrites.IsCode(id, 60))
                .WithMessage("id is lowercase letters and digits in words joined by hyphens, at most 60 characters (cabbalr-projet-de-territoire)");
            RuleFor(r => r.Title).NotNull().WithMessage("title is required")
                .Must(t => t is null || ProjectWrites.IsText(t, 300)).WithMessage("title has 1 to 300 characters, without control characters");
            RuleFor(r => r.Territory).NotNull().WithMessage("territory is required, e.g. epci:200072460")
                .Must(t => t is null || TerritoryId.Problem(t) is null).WithMessage("territory is a territory id, e.g. epci:200072460 or commune:62119");
            RuleFor(r => r.StartYear).NotNull().WithMessage("startYear is required").InclusiveBetween(1990, 2100).WithMessage("startYear is from 1990 to 2100");
            RuleFor(r => r.EndYear).NotNull().WithMessage("endYear is required").InclusiveBetween(1990, 2100).WithMessage("endYear is from 1990 to 2100");
            RuleFor(r => r.EndYear).GreaterThanOrEqualTo(r => r.StartYear).When(r => r.StartYear is not null && r.EndYear is not null)
                .WithMessage("endYear is at or after startYear");
            RuleFor(r => r.Description).Must(d => d is null || ProjectWrites.IsText(d, 2000)).WithMessage("description has 1 to 2,000 characters");
        }
    }
}

internal sealed class Endpoint(NpgsqlDataSource dataSource, TerritoryHierarchy hierarchies, ICallerAccessor callers) : Endpoint<Request, EvaluationProject>
{
    public override void Configure()
    {
        Put("/api/v1/evaluation/projects/{id}");
        Roles(RoleNames.Agency);
        Description(d => d.ProducesProblemDetails(400).ProducesProblemDetails(401).ProducesProblemDetails(403)
            .ProducesProblemDetails(412).ProducesProblemDetails(428));
        Summary(s =>
        {
            s.Summary = "Create a territorial project, or change its title, territory or period (agency; If-Match to change one; audited)";
            s.Description = "Creates the project (without If-Match), or replaces its title, territory, period and description: then send " +
                            "If-Match with its ETag as GET /api/v1/evaluation/projects/{id} gave it (428 without it or with *, 412 with the " +
                            "current version when it changed since). Its axes, actions and indicators are written with their own routes. " +
                            "The answer is the project as GET gives it, with its new ETag in the header.";
            s.ExampleRequest = new Request
            {
                Id = "cabbalr-projet-de-territoire",
                Title = "Projet de territoire de la CABBALR",
                Territory = "epci:200072460",
                StartYear = 2022,
                EndYear = 2030,
            };
        });
    }

    public override async Task HandleAsync(Request r, CancellationToken ct)
    {
        var hierarchy = await hierarchies.GetAsync(ct);
        await using (var connection = await dataSource.OpenConnectionAsync(ct))
        {
            var (found, _) = await TargetLookup.ResolveAsync(connection, hierarchy, [r.Territory!]);
            if (found.Count == 0)
                ThrowError(x => x.Territory!, $"territory {Echo.Cut(r.Territory)} does not exist");
        }

        await using var write = await Write.BeginAsync(dataSource, HttpContext, ct);
        var before = await ProjectTree.LoadAsync(write.Connection, r.Id, write.Transaction);
        // A new project has no version to match; an If-Match for it names one the caller cannot have read (RFC 9110).
        if (before is null && HttpContext.Request.Headers.IfMatch.Count > 0)
        {
            await Send.ResultAsync(Problems.PreconditionFailed($"There is no evaluation project {r.Id} to match: send no If-Match to create it.",
                new Dictionary<string, object?> { ["current"] = null }));
            return;
        }
        var target = before is null ? new WriteTarget($"Project {r.Id}", r.Territory!) : ProjectWrites.TargetOf(before);
        if (write.Refusal(target, $"There is no evaluation project {r.Id}") is { } refusal)
        {
            await Send.ResultAsync(refusal);
            return;
        }
        if (before is null && await write.Connection.ExecuteScalarAsync<int>("select count(*) from evaluation.project", transaction: write.Transaction)
            >= ProjectTree.MaxProjects)
            ThrowError(x => x.Id, $"there are {ProjectTree.MaxProjects} projects already, the most there may be: delete one first");
        var values = new
        {
            r.Id,
            Title = r.Title!.Trim(),
            r.Territory,
            r.StartYear,
            r.EndYear,
            Description = r.Description?.Trim(),
            write.Caller.Actor,
        };
        if (before is null)
        {
            await write.Connection.ExecuteAsync("""
                insert into evaluation.project (id, title, territory_id, start_year, end_year, description, updated_by)
                values (@Id, @Title, @Territory, @StartYear, @EndYear, @Description, @Actor)
                """, values, write.Transaction);
        }
        else
        {
            // The version is bumped by ProjectWrites.CommitAsync, as for every write to the project.
            await write.Connection.ExecuteAsync("""
                update evaluation.project set title = @Title, territory_id = @Territory, start_year = @StartYear, end_year = @EndYear,
                    description = @Description
                where id = @Id
                """, values, write.Transaction);
        }
        var after = (await ProjectTree.LoadAsync(write.Connection, r.Id, write.Transaction))!;
        var audit = new AuditEntry("evaluation_project", "evaluation.project", r.Id, before?.AuditedProject(), after.AuditedProject());
        if (before is null)
            await write.CommitAsync(audit, [EvaluationModule.DataDomain], ct);
        else
            await ProjectWrites.CommitAsync(write, r.Id, audit, ct);
        await Send.OkAsync(await ProjectWrites.AnswerAsync(dataSource, hierarchies, callers.Current, HttpContext, r.Id, ct), ct);
    }
}
