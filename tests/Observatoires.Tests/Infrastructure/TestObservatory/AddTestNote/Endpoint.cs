using System.Text.Json;
using Dapper;
using FastEndpoints;
using FluentValidation;
using Npgsql;
using Observatoires.Api.Platform.Access;
using Observatoires.Api.Platform.Data;
using Observatoires.Api.Platform.Http;

namespace Observatoires.Tests.Infrastructure.TestObservatory.AddTestNote;

internal sealed record Part(string Label, double Share);

internal sealed class Request
{
    public int Id { get; set; }

    public string Text { get; set; } = "";

    public Dictionary<string, double> Scores { get; set; } = [];

    public List<Part> Parts { get; set; } = [];

    internal sealed class Validator : Validator<Request>
    {
        public Validator()
        {
            RuleFor(r => r.Text).NotEmpty().MaximumLength(1000);
            RuleForEach(r => r.Scores).Must(s => s.Value is >= 0 and <= 100).WithMessage("a score is from 0 to 100");
            // Must, not NotNull: a null element is one error (as the observatories' lists of parts say it).
            RuleForEach(r => r.Parts).Must(p => p is not null).WithMessage("a part is an object: {\"label\": ..., \"share\": ...}");
        }
    }
}

internal sealed record Response(long Note, int Establishment);

/// <summary>
/// A module's write, as observatories write theirs: an editor's role, the key's scope, the audit log and the data version,
/// in one transaction. Its body has the shapes the platform's checks are about: free text, a map and a list of objects.
/// </summary>
internal sealed class Endpoint(NpgsqlDataSource dataSource) : Endpoint<Request, Response>
{
    public override void Configure()
    {
        Post("/api/v1/test/points/{id}/notes");
        Roles(RoleNames.ObjectEditors);
        Description(d => d.ProducesProblemDetails(400).ProducesProblemDetails(401).ProducesProblemDetails(403).ProducesProblemDetails(404));
        Summary(s =>
        {
            s.Summary = "Add a note to a test establishment (the tests' module; editors, within their scope; audited)";
            s.Description = "Stores the note, appends it to the audit log and bumps the test data version.";
            s.Params["id"] = "The establishment's id (its feature id in test-points).";
            s.ExampleRequest = new Request { Id = 1, Text = "Vu sur place", Scores = new() { ["acces"] = 5 }, Parts = [new("bâti", 0.5)] };
        });
    }

    public override async Task HandleAsync(Request r, CancellationToken ct)
    {
        await using var write = await Write.BeginAsync(dataSource, HttpContext, ct);
        var commune = await write.Connection.QuerySingleOrDefaultAsync<string?>(
            "select commune_id from test.etablissement where id = @Id for update", new { r.Id }, write.Transaction);
        if (write.Refusal(commune is null ? null : new WriteTarget($"Test establishment {r.Id}", commune), $"There is no test establishment {r.Id}") is { } refusal)
        {
            await Send.ResultAsync(refusal);
            return;
        }
        var note = await write.Connection.ExecuteScalarAsync<long>("""
            insert into test.note (etablissement_id, text, scores, parts, actor)
            values (@Id, @Text, @Scores::jsonb, @Parts::jsonb, @Actor) returning id
            """, new
        {
            r.Id,
            r.Text,
            write.Caller.Actor,
            Scores = JsonSerializer.Serialize(r.Scores, JsonSerializerOptions.Web),
            Parts = JsonSerializer.Serialize(r.Parts, JsonSerializerOptions.Web),
        }, write.Transaction);
        await write.CommitAsync(new AuditEntry("test_note", "test.note", note.ToString(System.Globalization.CultureInfo.InvariantCulture),
            null, new { establishment = r.Id, r.Text }), [TestObservatoryModule.Domain], ct);
        await Send.OkAsync(new Response(note, r.Id), ct);
    }
}
