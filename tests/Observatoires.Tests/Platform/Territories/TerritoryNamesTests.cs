using Observatoires.Api.Platform.Territories;
using Observatoires.Tests.Infrastructure;

namespace Observatoires.Tests.Platform.Territories;

/// <summary>
/// How French names a territory after "de", "à" and where: elision (d’Arras), contraction with the article
/// (du, des, au, aux), la and l’ kept as they are, and what each level takes.
/// </summary>
public sealed class TerritoryNamesTests
{
    [TestCase("commune", "Lens", 0, "de Lens", "à Lens", "à Lens")]
    [TestCase("commune", "Arras", 1, "d’Arras", "à Arras", "à Arras")]
    [TestCase("commune", "Hesdin-la-Forêt", 1, "d’Hesdin-la-Forêt", "à Hesdin-la-Forêt", "à Hesdin-la-Forêt")]
    [TestCase("commune", "Le Parcq", 2, "du Parcq", "au Parcq", "au Parcq")]
    [TestCase("commune", "La Couture", 3, "de La Couture", "à La Couture", "à La Couture")]
    [TestCase("commune", "Les Attaques", 4, "des Attaques", "aux Attaques", "aux Attaques")]
    [TestCase("commune", "L'Abergement-Clémenciat", 5, "de L'Abergement-Clémenciat", "à L'Abergement-Clémenciat", "à L'Abergement-Clémenciat")]
    [TestCase("departement", "Pas-de-Calais", 2, "du Pas-de-Calais", "au Pas-de-Calais", "dans le Pas-de-Calais")]
    [TestCase("departement", "Somme", 3, "de la Somme", "à la Somme", "dans la Somme")]
    [TestCase("departement", "Ain", 5, "de l’Ain", "à l’Ain", "dans l’Ain")]
    [TestCase("region", "Hauts-de-France", 4, "des Hauts-de-France", "aux Hauts-de-France", "dans les Hauts-de-France")]
    [TestCase("epci", "CA de Lens - Liévin", 3, "de la CA de Lens - Liévin", "à la CA de Lens - Liévin", "dans la CA de Lens - Liévin")]
    [TestCase("groupement", "PETR Ternois 7 Vallées", 2, "du PETR Ternois 7 Vallées", "au PETR Ternois 7 Vallées", "dans le PETR Ternois 7 Vallées")]
    public void A_name_takes_its_article_after_de_and_a(string level, string name, int article, string of, string to, string @in) =>
        Assert.That(FrenchNames.For(level, name, (FrenchArticle)article), Is.EqualTo(new TerritoryNames(of, to, @in)));

    [Test]
    public void A_name_that_reads_otherwise_after_its_article_is_given_as_such() =>
        Assert.That(FrenchNames.For("groupement", "Périmètre de l'AULA", FrenchArticle.Le, "périmètre de l'AULA"),
            Is.EqualTo(new TerritoryNames("du périmètre de l'AULA", "au périmètre de l'AULA", "dans le périmètre de l'AULA")));

    // The article as INSEE numbers it (FrenchArticle is internal, test methods public): 3 la, 5 l’.
    [TestCase("CA", "CA de Lens - Liévin", 3)]
    [TestCase("CC", "CC du Ternois", 3)]
    [TestCase("CU", "CU d'Arras", 3)]
    [TestCase("METRO", "Métropole Européenne de Lille", 3)]
    [TestCase("EPT", "Est Ensemble", 5)]
    [TestCase(null, "Agglomération du Boulonnais", 5)]
    public void An_EPCIs_article_comes_from_its_nature(string? type, string name, int article) =>
        Assert.That(FrenchNames.OfEpci(type, name), Is.EqualTo((FrenchArticle)article));

    [TestCase("commune", "Le Portel", "du Portel")]
    [TestCase("commune", "Les Attaques", "des Attaques")]
    [TestCase("commune", "Arras", "d’Arras")]
    [TestCase("commune", "Lens", "de Lens")]
    [TestCase("epci", "Lens", "de Lens")]
    [TestCase("region", "Île-de-France", "d’Île-de-France")]
    public void Without_its_article_a_name_is_guessed_from_its_first_letters(string level, string name, string of) =>
        Assert.That(FrenchNames.Guess(level, name).Of, Is.EqualTo(of));

    [TestCase("le", 2)]
    [TestCase("la", 3)]
    [TestCase("les", 4)]
    [TestCase("l'", 5)]
    [TestCase("l’", 5)]
    [TestCase(null, 0)]
    public void Perimeter_json_names_a_groupements_article_in_words(string? words, int article) =>
        Assert.That(FrenchNames.Parse(words), Is.EqualTo((FrenchArticle)article));

    [Test]
    public void An_unknown_article_is_refused() =>
        Assert.Throws<ArgumentException>(() => FrenchNames.Parse("el"));
}

/// <summary>The referential's names as the API gives them, with the COG's articles.</summary>
public sealed class TerritoryNamesApiTests : ReadOnlyApiTest
{
    [TestCase("commune:62498", "de Lens", "à Lens")]
    [TestCase("commune:62447", "d’Hesdin-la-Forêt", "à Hesdin-la-Forêt")]
    [TestCase("commune:62647", "du Parcq", "au Parcq")]
    [TestCase("commune:62252", "de La Couture", "à La Couture")]
    [TestCase("epci:200072460", "de la CA de Béthune-Bruay, Artois-Lys Romane", "à la CA de Béthune-Bruay, Artois-Lys Romane")]
    [TestCase("epci:246200299", "de la CA d'Hénin-Carvin", "à la CA d'Hénin-Carvin")]
    [TestCase("groupement:aula", "du périmètre de l'AULA", "au périmètre de l'AULA")]
    [TestCase("departement:62", "du Pas-de-Calais", "au Pas-de-Calais")]
    [TestCase("region:32", "des Hauts-de-France", "aux Hauts-de-France")]
    public async Task A_territory_says_how_French_names_it(string id, string of, string to)
    {
        var names = (await Client.GetJsonAsync($"/api/v1/territories/{id}")).GetProperty("names");
        Assert.That((names.Str("of"), names.Str("to")), Is.EqualTo((of, to)));
    }

    [Test]
    public async Task Lists_parents_and_figures_carry_the_names_too()
    {
        var list = await Client.GetJsonAsync("/api/v1/territories?level=departement");
        var bethune = await Client.GetJsonAsync("/api/v1/territories/commune:62119");
        var profile = await Client.GetJsonAsync("/api/v1/territories/custom:62119+62498/profile");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(list.GetProperty("items")[0].GetProperty("names").Str("in"), Is.EqualTo("dans le Pas-de-Calais"));
            Assert.That(bethune.GetProperty("parents").EnumerateArray().Single(p => p.Str("id") == "region:32").GetProperty("names").Str("of"),
                Is.EqualTo("des Hauts-de-France"));
            Assert.That(profile.GetProperty("territory").GetProperty("names").Str("of"), Is.EqualTo("de la zone personnalisée (2 communes)"));
            Assert.That(profile.GetProperty("references").EnumerateArray().Select(r => r.GetProperty("names").Str("to")),
                Is.EqualTo(new[] { "au Pas-de-Calais", "aux Hauts-de-France" }));
        }
    }

    [Test]
    public async Task The_departement_and_the_region_say_how_many_communes_they_have_beyond_the_perimeter()
    {
        var departement = await Client.GetJsonAsync("/api/v1/territories/departement:62");
        var epci = await Client.GetJsonAsync("/api/v1/territories/epci:200072460");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(departement.GetProperty("communeCount").GetInt32(), Is.EqualTo(887));
            Assert.That(departement.GetProperty("childrenCounts").GetProperty("commune").GetInt32(), Is.EqualTo(318));
            Assert.That(epci.GetProperty("communeCount").GetInt32(), Is.EqualTo(100));
            Assert.That(epci.GetProperty("childrenCounts").GetProperty("commune").GetInt32(), Is.EqualTo(100));
        }
    }
}
