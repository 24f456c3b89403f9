using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Dapper;
using Observatoires.Tests.Infrastructure;

namespace Observatoires.Tests.Observatories.Trames;

/// <summary>
/// The change-request workflow of the trames écologiques through HTTP, as a partner and the agency meet it: proposals in
/// and out of scope, the review with If-Match, integration into the layer with the element's history, rejection with its
/// reason, and what another partner can never read.
/// </summary>
public sealed class ChangeRequestTests : ApiTest
{
    private const string Call = "epci:246200364";
    private string partner = null!, otherPartner = null!, outsider = null!, reader = null!, agency = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        partner = await CreateKeyAsync("partner_editor", Call);
        otherPartner = await CreateKeyAsync("partner_editor", Call);
        outsider = await CreateKeyAsync("partner_editor", "epci:200072460");
        reader = await CreateKeyAsync("partner_reader", Call);
        agency = await CreateKeyAsync("agency_editor");
    }

    /// <summary>A short east-west line inside a commune's contour (a MultiLineString if the contour cuts it), as GeoJSON.</summary>
    private async Task<string> LineInsideAsync(string commune, double shift = 0)
    {
        await using var connection = Factory.OpenConnection();
        return await connection.QuerySingleAsync<string>("""
            select st_asgeojson(st_intersection(st_makeline(st_translate(p, -0.002, @shift), st_translate(p, 0.002, @shift)),
                                                st_buffer(geom::geography, -20)::geometry), 7)
            from (select geom, st_pointonsurface(geom) as p from platform.territory where id = @commune) t
            """, new { commune, shift = shift * 0.0001 });
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string url, string? key, object? body, string? ifMatch = null)
    {
        var request = new HttpRequestMessage(method, url)
        {
            Content = body is null ? null : new StringContent(body as string ?? JsonSerializer.Serialize(body), Encoding.UTF8, "application/json"),
        };
        if (key is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        if (ifMatch is not null)
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return await Client.SendAsync(request);
    }

    private static async Task<(HttpStatusCode Status, JsonElement Body, string? ETag)> ReadAsync(HttpResponseMessage response)
    {
        using (response)
        {
            var text = await response.Content.ReadAsStringAsync();
            return (response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone(), response.Headers.ETag?.ToString());
        }
    }

    private async Task<(int Id, string ETag)> ProposeAddAsync(string key, string name, string commune = "commune:62510", double shift = 0)
    {
        var geometry = await LineInsideAsync(commune, shift);
        var (status, body, etag) = await ReadAsync(await SendAsync(HttpMethod.Post, "/api/v1/trames/change-requests", key,
            $$"""{"action":"add","network":"verte","kind":"corridor","name":"{{name}}","status":"a_creer","geometry":{{geometry}},"comment":"Haie plantée en 2025"}"""));
        Assert.That(status, Is.EqualTo(HttpStatusCode.Created), body.ToString());
        return (body.GetProperty("id").GetInt32(), etag!);
    }

    /// <summary>The reasons a problem gives for one field.</summary>
    private static IReadOnlyList<string> FieldErrors(JsonElement problem, string field) =>
        [.. problem.GetProperty("errors").EnumerateArray().Where(e => e.Str("name") == field).Select(e => e.Str("reason"))];

    private async Task<(HttpStatusCode Status, JsonElement Body, string? ETag)> ReviewAsync(int id, string? key, object body, string? ifMatch) =>
        await ReadAsync(await SendAsync(HttpMethod.Post, $"/api/v1/trames/change-requests/{id}/review", key, body, ifMatch));

    [Test]
    public async Task An_accepted_addition_is_in_the_layer_with_its_history_naming_the_partner_and_the_request()
    {
        var (id, etag) = await ProposeAddAsync(partner, "Haie de la rue des Écoles");
        var pending = JsonDocument.Parse((await GetAsync($"/api/v1/trames/change-requests/{id}", partner)).Body).RootElement;
        Assert.That(pending.Str("state"), Is.EqualTo("pending"));
        Assert.That(pending.Str("commune"), Is.EqualTo("commune:62510"));
        Assert.That((await GetAsync("/ogc/collections/trames-verte-corridors/items?name=Haie de la rue des Écoles")).Body, Does.Contain("\"numberMatched\":0"));

        var (status, reviewed, newTag) = await ReviewAsync(id, agency, new { decision = "accept" }, etag);
        Assert.That(status, Is.EqualTo(HttpStatusCode.OK), reviewed.ToString());
        Assert.That(reviewed.Str("state"), Is.EqualTo("accepted"));
        Assert.That(newTag, Is.EqualTo($"\"trames-request-{id}-v2\""));
        var elementId = reviewed.GetProperty("elementId").GetInt32();

        var feature = await Client.GetJsonAsync($"/ogc/collections/trames-verte-corridors/items/{elementId}");
        Assert.That(feature.GetProperty("properties").Str("name"), Is.EqualTo("Haie de la rue des Écoles"));
        Assert.That(feature.GetProperty("properties").Str("status"), Is.EqualTo("a_creer"));

        var history = JsonDocument.Parse((await GetAsync($"/api/v1/trames/elements/{elementId}/history", agency)).Body).RootElement;
        var change = history.GetProperty("changes").EnumerateArray().Single();
        Assert.That(change.Str("change"), Is.EqualTo("create"));
        Assert.That(change.GetProperty("requestId").GetInt32(), Is.EqualTo(id));
        Assert.That(change.Str("proposedBy"), Does.Contain("partner_editor"));
        Assert.That(change.Str("changedBy"), Does.Contain("agency_editor"));
        Assert.That(change.GetProperty("before").ValueKind, Is.EqualTo(JsonValueKind.Null));
        Assert.That(change.GetProperty("after").Str("name"), Is.EqualTo("Haie de la rue des Écoles"));
    }

    [Test]
    public async Task An_accepted_modification_keeps_the_previous_geometry_and_attributes_in_the_history()
    {
        await using var connection = Factory.OpenConnection();
        var (elementId, oldName, oldGeometry) = await connection.QuerySingleAsync<(int, string, string)>("""
            select id, name, st_asgeojson(geom, 7) from trames.element
            where retired_at is null and kind = 'corridor' and commune_id = 'commune:62498' order by id limit 1
            """);
        var geometry = await LineInsideAsync("commune:62498", 3);
        var (status, proposal, etag) = await ReadAsync(await SendAsync(HttpMethod.Post, "/api/v1/trames/change-requests", partner,
            $$"""{"action":"modify","elementId":{{elementId}},"status":"existant","geometry":{{geometry}},"comment":"Tronçon réalisé en 2025"}"""));
        Assert.That(status, Is.EqualTo(HttpStatusCode.Created), proposal.ToString());
        var (reviewStatus, body, _) = await ReviewAsync(proposal.GetProperty("id").GetInt32(), agency, new { decision = "accept", reason = "Vérifié sur place" }, etag);
        Assert.That(reviewStatus, Is.EqualTo(HttpStatusCode.OK), body.ToString());

        var feature = await Client.GetJsonAsync($"/ogc/collections/trames-verte-corridors/items/{elementId}");
        Assert.That(feature.GetProperty("properties").Str("status"), Is.EqualTo("existant"));
        Assert.That(feature.GetProperty("properties").Str("name"), Is.EqualTo(oldName), "an attribute not proposed is unchanged");
        Assert.That(feature.GetProperty("properties").GetProperty("version").GetInt32(), Is.EqualTo(2));
        var history = JsonDocument.Parse((await GetAsync($"/api/v1/trames/elements/{elementId}/history", agency)).Body).RootElement;
        var change = history.GetProperty("changes").EnumerateArray().Last();
        Assert.That(change.Str("change"), Is.EqualTo("modify"));
        Assert.That(change.GetProperty("version").GetInt32(), Is.EqualTo(2));
        Assert.That(change.GetProperty("before").Str("status"), Is.Not.EqualTo("existant"));
        Assert.That(change.GetProperty("after").Str("status"), Is.EqualTo("existant"));
        Assert.That(change.GetProperty("geometryBefore").GetRawText(), Is.EqualTo(JsonDocument.Parse(oldGeometry).RootElement.GetRawText()));
        Assert.That(change.Str("comment"), Is.EqualTo("Tronçon réalisé en 2025"));
    }

    [Test]
    public async Task An_accepted_removal_takes_the_element_out_of_the_layer_and_keeps_its_history()
    {
        await using var connection = Factory.OpenConnection();
        var elementId = await connection.QuerySingleAsync<int>("""
            select id from trames.element where retired_at is null and network = 'noire' and kind = 'reservoir' order by id limit 1
            """);
        var (status, proposal, etag) = await ReadAsync(await SendAsync(HttpMethod.Post, "/api/v1/trames/change-requests", partner,
            new { action = "remove", elementId, comment = "Éclairage installé en 2025" }));
        Assert.That(status, Is.EqualTo(HttpStatusCode.Created), proposal.ToString());
        Assert.That((await ReviewAsync(proposal.GetProperty("id").GetInt32(), agency, new { decision = "accept" }, etag)).Status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await GetAsync($"/ogc/collections/trames-noire-reservoirs/items/{elementId}")).Status, Is.EqualTo(HttpStatusCode.NotFound));
        var history = JsonDocument.Parse((await GetAsync($"/api/v1/trames/elements/{elementId}/history", agency)).Body).RootElement;
        Assert.That(history.GetProperty("retired").GetBoolean(), Is.True);
        var change = history.GetProperty("changes").EnumerateArray().Last();
        Assert.That(change.Str("change"), Is.EqualTo("remove"));
        Assert.That(change.GetProperty("after").ValueKind, Is.EqualTo(JsonValueKind.Null));
        Assert.That(change.GetProperty("geometryBefore").ValueKind, Is.EqualTo(JsonValueKind.Object));
    }

    [Test]
    public async Task A_rejection_needs_its_reason_and_the_partner_reads_it()
    {
        var (id, etag) = await ProposeAddAsync(partner, "Corridor à rejeter", shift: 6);
        var (status, problem, _) = await ReviewAsync(id, agency, new { decision = "reject" }, etag);
        Assert.That(status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(FieldErrors(problem, "reason"), Is.EqualTo(new[] { "a rejection needs its reason, for the partner" }), problem.ToString());

        Assert.That((await ReviewAsync(id, agency, new { decision = "reject", reason = "Déjà couvert par le cavalier minier" }, etag)).Status,
            Is.EqualTo(HttpStatusCode.OK));
        var mine = JsonDocument.Parse((await GetAsync("/api/v1/trames/change-requests?state=rejected", partner)).Body).RootElement;
        var rejected = mine.GetProperty("items").EnumerateArray().Single(r => r.GetProperty("id").GetInt32() == id);
        Assert.That(rejected.Str("reason"), Is.EqualTo("Déjà couvert par le cavalier minier"));
        Assert.That((await GetAsync("/ogc/collections/trames-verte-corridors/items?name=Corridor à rejeter")).Body, Does.Contain("\"numberMatched\":0"));
    }

    [Test]
    public async Task Another_partner_never_reads_a_request_it_did_not_make()
    {
        var (id, _) = await ProposeAddAsync(partner, "Demande confidentielle", shift: 9);
        Assert.That((await GetAsync($"/api/v1/trames/change-requests/{id}", otherPartner)).Status, Is.EqualTo(HttpStatusCode.NotFound));
        var list = JsonDocument.Parse((await GetAsync("/api/v1/trames/change-requests", otherPartner)).Body).RootElement;
        Assert.That(list.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("id").GetInt32()), Does.Not.Contain(id));
        // Asking for the other partner's key by filter changes nothing for a partner.
        var keyId = JsonDocument.Parse((await GetAsync($"/api/v1/trames/change-requests/{id}", agency)).Body).RootElement.Str("proposedBy");
        Assert.That(keyId, Does.StartWith("key "));
        var filtered = JsonDocument.Parse((await GetAsync($"/api/v1/trames/change-requests?partner={keyId.Split(' ')[1]}", otherPartner)).Body).RootElement;
        Assert.That(filtered.GetProperty("items").EnumerateArray().Select(r => r.Str("proposedBy")), Has.None.EqualTo(keyId));
        Assert.That((await GetAsync($"/api/v1/trames/elements/1/history", otherPartner)).Status, Is.EqualTo(HttpStatusCode.Forbidden));
        // The agency's queue has it, and filters by the proposing key.
        var queue = JsonDocument.Parse((await GetAsync($"/api/v1/trames/change-requests?state=pending&network=verte&partner={keyId.Split(' ')[1]}", agency)).Body).RootElement;
        Assert.That(queue.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("id").GetInt32()), Does.Contain(id));
        Assert.That(queue.GetProperty("items").EnumerateArray().All(r => r.Str("proposedBy") == keyId), Is.True);
    }

    [Test]
    public async Task A_partner_outside_the_CALL_is_refused_with_403_and_a_geometry_outside_the_scope_with_a_field_error()
    {
        var inside = await LineInsideAsync("commune:62510", 12);
        var (status, _, _) = await ReadAsync(await SendAsync(HttpMethod.Post, "/api/v1/trames/change-requests", outsider,
            $$"""{"action":"add","network":"bleue","kind":"corridor","name":"Fossé","status":"existant","geometry":{{inside}},"comment":"test"}"""));
        Assert.That(status, Is.EqualTo(HttpStatusCode.Forbidden));
        await using var connection = Factory.OpenConnection();
        var element = await connection.QuerySingleAsync<int>("select id from trames.element where retired_at is null order by id limit 1");
        (status, _, _) = await ReadAsync(await SendAsync(HttpMethod.Post, "/api/v1/trames/change-requests", outsider,
            new { action = "remove", elementId = element, comment = "test" }));
        Assert.That(status, Is.EqualTo(HttpStatusCode.Forbidden), "an element of the CALL is outside a CABBALR key's scope");

        var outside = await LineInsideAsync("commune:62119"); // Béthune, in the CABBALR
        var (badStatus, problem, _) = await ReadAsync(await SendAsync(HttpMethod.Post, "/api/v1/trames/change-requests", partner,
            $$"""{"action":"add","network":"bleue","kind":"corridor","name":"Fossé","status":"existant","geometry":{{outside}},"comment":"test"}"""));
        Assert.That(badStatus, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(FieldErrors(problem, "geometry").Single(), Does.Contain("inside your key's scope"), problem.ToString());

        // A reservoir drawn as a line, a body without a comment: field errors too; a partner reader may not propose.
        var (kindStatus, kindProblem, _) = await ReadAsync(await SendAsync(HttpMethod.Post, "/api/v1/trames/change-requests", partner,
            $$"""{"action":"add","network":"bleue","kind":"reservoir","name":"Mare","status":"existant","geometry":{{inside}},"comment":""}"""));
        Assert.That(kindStatus, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(FieldErrors(kindProblem, "comment"), Is.Not.Empty, kindProblem.ToString());
        (status, _, _) = await ReadAsync(await SendAsync(HttpMethod.Post, "/api/v1/trames/change-requests", reader,
            $$"""{"action":"add","network":"bleue","kind":"corridor","name":"Fossé","status":"existant","geometry":{{inside}},"comment":"test"}"""));
        Assert.That(status, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(await connection.ExecuteScalarAsync<int>("select count(*) from trames.change_request where name in ('Fossé', 'Mare')"), Is.Zero);
    }

    [Test]
    public async Task The_review_is_the_agency_s_with_If_Match_and_a_second_concurrent_review_gets_412()
    {
        var (id, etag) = await ProposeAddAsync(partner, "Corridor disputé", shift: 15);
        var accept = new { decision = "accept" };
        Assert.That((await ReviewAsync(id, null, accept, etag)).Status, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That((await ReviewAsync(id, partner, accept, etag)).Status, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That((await ReviewAsync(id, agency, accept, null)).Status, Is.EqualTo((HttpStatusCode)428));
        Assert.That((await ReviewAsync(id, agency, accept, "*")).Status, Is.EqualTo((HttpStatusCode)428));

        using var start = new SemaphoreSlim(0);
        var reviews = Enumerable.Range(0, 2).Select(async i =>
        {
            await start.WaitAsync();
            return await ReviewAsync(id, agency, i == 0 ? accept : new { decision = "reject", reason = "Doublon" }, etag);
        }).ToList();
        start.Release(2);
        var answers = await Task.WhenAll(reviews);
        Assert.That(answers.Count(a => a.Status == HttpStatusCode.OK), Is.EqualTo(1));
        var loser = answers.Single(a => a.Status != HttpStatusCode.OK);
        Assert.That(loser.Status, Is.EqualTo(HttpStatusCode.PreconditionFailed));
        Assert.That(loser.Body.GetProperty("current").GetProperty("version").GetInt32(), Is.EqualTo(2));
        await using var connection = Factory.OpenConnection();
        Assert.That(await connection.ExecuteScalarAsync<int>("select count(*) from trames.element where name = 'Corridor disputé'"),
            Is.EqualTo(answers.Single(a => a.Status == HttpStatusCode.OK).Body.Str("state") == "accepted" ? 1 : 0));

        // Reviewed already: with its current ETag, a 409.
        var current = answers.Single(a => a.Status == HttpStatusCode.OK).ETag;
        Assert.That((await ReviewAsync(id, agency, accept, current)).Status, Is.EqualTo(HttpStatusCode.Conflict));
    }

    [Test]
    public async Task A_change_to_an_element_modified_since_the_proposal_is_not_applied_blindly()
    {
        await using var connection = Factory.OpenConnection();
        var elementId = await connection.QuerySingleAsync<int>("""
            select id from trames.element where retired_at is null and network = 'agricole' and kind = 'reservoir' order by id limit 1
            """);
        var first = await ReadAsync(await SendAsync(HttpMethod.Post, "/api/v1/trames/change-requests", partner,
            new { action = "modify", elementId, name = "Plaine de Vimy (nord)", comment = "Nom d'usage" }));
        var second = await ReadAsync(await SendAsync(HttpMethod.Post, "/api/v1/trames/change-requests", otherPartner,
            new { action = "modify", elementId, status = "a_restaurer", comment = "Drainage" }));
        Assert.That((await ReviewAsync(first.Body.GetProperty("id").GetInt32(), agency, new { decision = "accept" }, first.ETag)).Status, Is.EqualTo(HttpStatusCode.OK));
        var (status, problem, _) = await ReviewAsync(second.Body.GetProperty("id").GetInt32(), agency, new { decision = "accept" }, second.ETag);
        Assert.That(status, Is.EqualTo(HttpStatusCode.Conflict), problem.ToString());
        Assert.That(await connection.ExecuteScalarAsync<string>("select status from trames.element where id = @elementId", new { elementId }),
            Is.Not.EqualTo("a_restaurer"), "nothing of the refused acceptance was written");
    }
}
