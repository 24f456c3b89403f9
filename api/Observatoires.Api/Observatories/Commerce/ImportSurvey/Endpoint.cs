using Dapper;
using FastEndpoints;
using FluentValidation;
using Npgsql;
using Observatoires.Api.Platform.Access;
using Observatoires.Api.Platform.Data;
using Observatoires.Api.Platform.Export;
using Observatoires.Api.Platform.Http;
using Observatoires.Api.Platform.Indicators.Engine;
using Observatoires.Api.Platform.Territories;

namespace Observatoires.Api.Observatories.Commerce.ImportSurvey;

internal sealed class Request
{
    /// <summary>The survey file in the multipart field `file`: CSV cellule;nom;adresse;commune;lon;lat;activite;statut;date_releve;enqueteur, or a GeoJSON FeatureCollection of Points with the same properties.</summary>
    public IFormFile? File { get; set; }

    /// <summary>The survey's name (Relevé terrain 2025), in the multipart field `label`.</summary>
    public string? Label { get; set; }

    /// <summary>First day of the fieldwork (2025-03-01), in the multipart field `surveyedFrom`.</summary>
    public DateOnly? SurveyedFrom { get; set; }

    /// <summary>Last day of the fieldwork, in the multipart field `surveyedTo`; its year is the period of the survey's indicators.</summary>
    public DateOnly? SurveyedTo { get; set; }

    internal sealed class Validator : Validator<Request>
    {
        public Validator()
        {
            RuleFor(r => r.File).NotNull().WithMessage("send the survey file in the multipart field 'file'");
            RuleFor(r => r.Label).NotEmpty().MaximumLength(200).WithMessage("label is the survey's name (1 to 200 characters)");
            RuleFor(r => r.SurveyedFrom).NotNull().WithMessage("surveyedFrom is the first day of the fieldwork (2025-03-01)");
            RuleFor(r => r.SurveyedTo).NotNull().WithMessage("surveyedTo is the last day of the fieldwork (2025-06-30)");
            RuleFor(r => r.SurveyedTo).GreaterThanOrEqualTo(r => r.SurveyedFrom).When(r => r.SurveyedFrom is not null && r.SurveyedTo is not null)
                .WithMessage("surveyedTo must not be before surveyedFrom");
        }
    }
}

internal sealed class Endpoint(NpgsqlDataSource dataSource, TerritoryHierarchy hierarchies) : Endpoint<Request, CommerceSurvey>
{
    /// <summary>The agency's perimeter: a survey's points must lie in one of its communes.</summary>
    private const string Perimeter = "groupement:aula";

    public override void Configure()
    {
        Post("/api/v1/commerce/surveys");
        Roles(RoleNames.Agency);
        AllowFileUploads();
        Description(d => d.ClearDefaultProduces(200).Produces<CommerceSurvey>(201, "application/json")
            .ProducesProblemDetails(400).ProducesProblemDetails(401).ProducesProblemDetails(403));
        Summary(s =>
        {
            s.Summary = "Load a new field survey from a CSV or GeoJSON upload (agency editors), all or nothing";
            s.Description = "multipart/form-data: the file in `file`, and `label`, `surveyedFrom`, `surveyedTo`. The file is CSV " +
                            "cellule;nom;adresse;commune;lon;lat;activite;statut;date_releve;enqueteur (semicolons or commas) or a GeoJSON " +
                            "FeatureCollection of Points with the same properties. Every line is checked first: a cell id given once, an " +
                            "address, a commune of the AULA perimeter (INSEE code), a point inside the perimeter, an activity and a status of " +
                            "the nomenclature (codes or French labels), an activity for an active cell (for a vacant one: its last known " +
                            "activity), a survey date within the fieldwork. A file with a problem is refused (400) with every problem and " +
                            "its line or feature, and changes nothing. A survey is a new vintage: it never replaces another; its cells are " +
                            "matched with the other surveys' by their cell id, placed in the centrality whose polygon holds them, and the " +
                            "indicators commerce.* are recomputed (one period per survey year). Audited. Up to 1 MB.";
        });
    }

    public override async Task HandleAsync(Request r, CancellationToken ct)
    {
        var (from, to) = (r.SurveyedFrom!.Value, r.SurveyedTo!.Value);
        var name = Upload.NameOf(r.File!);
        await using var import = await Import.BeginAsync(dataSource, HttpContext, r.File!, CommerceModule.Slug, "commerce.survey", ct);
        var (connection, transaction) = (import.Connection, import.Transaction);
        var perimeter = (await TargetLookup.FindAsync(connection, await hierarchies.GetAsync(ct), Perimeter))?.CoveredCommunes ?? [];
        var file = await import.ReadAsync(buffer => SurveyFile.Read(buffer, name, perimeter.ToHashSet(StringComparer.Ordinal), from, to), ct);
        var outside = await PointPlacement.OutsideAsync(connection, transaction, [.. file.Lines.Select(l => (l.Lon, l.Lat))], perimeter);
        var problems = file.Problems.Concat(outside.Select(i => file.Lines[i - 1])
            .Select(l => $"{l.Where}: the point {GeocodedCsv.Text(l.Lon, l.Lat)} is outside the AULA perimeter"));
        // The file's order: the database's problems come after the reader's, each naming its line or feature.
        await import.RefuseIfAnyAsync(this, [.. problems.OrderBy(FileProblems.Position).Take(SurveyFile.ProblemsShown)], file.Total + outside.Count);
        // A new vintage at each import: the same file again would only duplicate the last one.
        if (await import.IdenticalRefusalAsync(ct) is { } identical)
        {
            await Send.ResultAsync(identical);
            return;
        }

        var survey = await connection.ExecuteScalarAsync<int>("""
            insert into commerce.survey (label, surveyed_from, surveyed_to, source_file) values (@Label, @from, @to, @name) returning id
            """, new { r.Label, from, to, name }, transaction);
        var lines = file.Lines;
        await connection.ExecuteAsync(SqlResource.Get("Observatories/Commerce/ImportSurvey/InsertCells.sql"), new
        {
            Survey = survey,
            Cell = lines.Select(l => l.Cell).ToArray(),
            Name = lines.Select(l => l.Name).ToArray(),
            Address = lines.Select(l => l.Address).ToArray(),
            Commune = lines.Select(l => l.Commune).ToArray(),
            Lon = lines.Select(l => l.Lon).ToArray(),
            Lat = lines.Select(l => l.Lat).ToArray(),
            Activity = lines.Select(l => l.Activity).ToArray(),
            Previous = lines.Select(l => l.PreviousActivity).ToArray(),
            Status = lines.Select(l => l.Status).ToArray(),
            SurveyedOn = lines.Select(l => l.SurveyedOn).ToArray(),
            Surveyor = lines.Select(l => l.Surveyor).ToArray(),
            SurveyedTo = to,
        }, transaction);
        await CommerceIndicators.RecomputeAsync(connection, transaction);
        var created = (await CommerceSurvey.LoadAsync(connection, transaction, survey))[0];
        await import.CommitAsync(new AuditEntry("commerce_survey_import", "commerce.survey", $"{survey}", null, new { File = name, created.Label, created.Cells }),
            [CommerceLayers.DataDomain],
            new ImportRows(created.Cells, null, null, null), ct);
        await Send.ResponseAsync(created, 201, ct);
    }
}
