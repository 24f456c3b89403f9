using System.Text.Json;

namespace Observatoires.Tests.Infrastructure;

/// <summary>
/// Secrecy inherited from another indicator (<c>SecretWith</c>), as an attacker checks it: wherever the basis shows a
/// commune as secret, the dependent indicator gives neither its value nor its numerator nor its denominator.
/// </summary>
internal static class InheritedSecrecy
{
    public static async Task AssertMaskedWhereverAsync(HttpClient client, string basis, string dependent, string within, string period)
    {
        var masked = (await ItemsAsync(client, basis, within, period))
            .Where(i => i.Value.GetProperty("status").GetString() == "secret").Select(i => i.Key).ToList();
        var items = await ItemsAsync(client, dependent, within, period);
        Assert.That(masked, Is.Not.Empty, $"{basis} masks communes of {within} in {period}");
        Assert.That(masked.Count(items.ContainsKey), Is.GreaterThan(0), $"{dependent} has figures for communes {basis} masks");
        foreach (var commune in masked.Where(items.ContainsKey))
            foreach (var field in new[] { "value", "numerator", "denominator" })
                Assert.That(items[commune].TryGetProperty(field, out var v) ? v.ValueKind : JsonValueKind.Null, Is.EqualTo(JsonValueKind.Null),
                    $"{dependent} {field} of {commune}, where {basis} is secret");
    }

    private static async Task<Dictionary<string, JsonElement>> ItemsAsync(HttpClient client, string code, string within, string period) =>
        (await client.GetJsonAsync($"/api/v1/indicators/{code}/values?level=commune&within={within}&period={period}"))
            .GetProperty("items").EnumerateArray().ToDictionary(i => i.GetProperty("territory").GetProperty("id").GetString()!);
}
