using System.Net;
using System.Text.Json;

namespace Observatoires.Tests.Infrastructure;

/// <summary>
/// Confidential indicators as each caller meets them, with keys like the README's: a partner indicator for partners
/// inside their territory (and the agency), an agency indicator for the agency only, the public catalogue for
/// everyone. Derived once for the rules themselves (on the test observatory) and once per observatory whose demo
/// data shows them, each naming its indicators.
/// </summary>
public abstract class ConfidentialIndicatorSuite : ReadOnlyApiTest
{
    protected const string Cabbalr = "epci:200072460", Call = "epci:246200364";

    /// <summary>A public indicator of the same observatory.</summary>
    protected abstract string PublicIndicator { get; }

    protected abstract string PartnerIndicator { get; }

    protected abstract string AgencyIndicator { get; }

    /// <summary>The period both confidential indicators have values for.</summary>
    protected abstract string Period { get; }

    /// <summary>What the agency's figure of the CABBALR must exceed to be the indicator's (a plausible floor).</summary>
    protected abstract double AgencyFigureFloor { get; }

    private string cabbalrKey = null!, callKey = null!, agencyKey = null!;

    [OneTimeSetUp]
    public async Task CreateKeys()
    {
        cabbalrKey = (await ApiKeys.CreateAsync("CABBALR, service économique", "partner_reader", [Cabbalr], null)).Key;
        callKey = (await ApiKeys.CreateAsync("CALL, service économique", "partner_reader", [Call], null)).Key;
        agencyKey = (await ApiKeys.CreateAsync("Agence, chargé d'études", "agency_editor", [], null)).Key;
    }

    [Test]
    public async Task Each_caller_sees_its_own_catalogue()
    {
        var anonymous = await CodesAsync(null);
        var partner = await CodesAsync(cabbalrKey);
        var agency = await CodesAsync(agencyKey);

        Assert.Multiple(() =>
        {
            Assert.That(anonymous, Does.Contain(PublicIndicator));
            Assert.That(anonymous, Does.Not.Contain(PartnerIndicator).And.Not.Contain(AgencyIndicator));
            Assert.That(partner, Does.Contain(PartnerIndicator).And.Not.Contain(AgencyIndicator));
            Assert.That(agency, Does.Contain(PartnerIndicator).And.Contain(AgencyIndicator));
            Assert.That(anonymous.Count, Is.LessThan(partner.Count));
            Assert.That(partner.Count, Is.LessThan(agency.Count));
            Assert.That(partner.Except(agency), Is.Empty);
            Assert.That(anonymous.Except(partner), Is.Empty);
        });
    }

    [Test]
    public async Task A_partner_sees_a_partner_indicator_of_its_own_territory_only()
    {
        var url = $"/api/v1/indicators/{PartnerIndicator}/values?territories={Cabbalr},{Call}&period={Period}";

        var (anonymousStatus, _) = await GetAsync(url);
        var own = await ItemsAsync(cabbalrKey, url);
        var other = await ItemsAsync(callKey, url);
        var agency = await ItemsAsync(agencyKey, url);

        Assert.Multiple(() =>
        {
            Assert.That(anonymousStatus, Is.EqualTo(HttpStatusCode.NotFound), "its existence does not leak");
            Assert.That(own[Cabbalr].Value, Is.EqualTo(agency[Cabbalr].Value).And.GreaterThan(0), "the CABBALR's own figure");
            Assert.That(own[Call], Is.EqualTo((null as double?, "restricted")), "the CALL's figure is not the CABBALR's to see");
            Assert.That(other[Call].Value, Is.EqualTo(agency[Call].Value).And.GreaterThan(0));
            Assert.That(other[Cabbalr], Is.EqualTo((null as double?, "restricted")));
        });
    }

    [Test]
    public async Task An_agency_indicator_exists_for_the_agency_only()
    {
        var url = $"/api/v1/indicators/{AgencyIndicator}/values?territories={Cabbalr}&period={Period}";

        var (anonymousStatus, _) = await GetAsync(url);
        var (partnerStatus, _) = await GetAsync(url, cabbalrKey);
        var agency = await ItemsAsync(agencyKey, url);

        Assert.Multiple(() =>
        {
            Assert.That(anonymousStatus, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(partnerStatus, Is.EqualTo(HttpStatusCode.NotFound), "even inside the partner's territory");
            Assert.That(agency[Cabbalr].Value, Is.GreaterThan(AgencyFigureFloor));
        });
    }

    private async Task<List<string>> CodesAsync(string? key)
    {
        var (status, body) = await GetAsync("/api/v1/indicators", key);
        Assert.That(status, Is.EqualTo(HttpStatusCode.OK), body);
        return JsonDocument.Parse(body).RootElement.GetProperty("items").EnumerateArray().Select(i => i.Str("code")).ToList();
    }

    private async Task<Dictionary<string, (double? Value, string Status)>> ItemsAsync(string key, string url)
    {
        var (status, body) = await GetAsync(url, key);
        Assert.That(status, Is.EqualTo(HttpStatusCode.OK), body);
        return JsonDocument.Parse(body).RootElement.GetProperty("items").EnumerateArray().ToDictionary(
            i => i.GetProperty("territory").Str("id"),
            i => (i.GetProperty("value").ValueKind == JsonValueKind.Number ? i.GetProperty("value").GetDouble() : (double?)null, i.Str("status")));
    }
}
