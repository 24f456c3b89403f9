namespace Observatoires.Api.Platform.Territories;

/// <summary>
/// The article of a French name, numbered as INSEE numbers its "type de nom en clair" (TNCC; <c>typeLiaison</c> in the
/// files of @etalab/decoupage-administratif), so that the COG's codes are used as they are.
/// </summary>
internal enum FrenchArticle
{
    /// <summary>No article, a consonant first: de Lens, à Lens.</summary>
    None = 0,

    /// <summary>No article, a vowel or a mute h first: d’Arras, d’Hénin-Beaumont, à Arras.</summary>
    NoneElided = 1,

    /// <summary>le: du Portel, au Portel, du Pas-de-Calais.</summary>
    Le = 2,

    /// <summary>la: de La Couture, de la CA de Lens - Liévin.</summary>
    La = 3,

    /// <summary>les: des Attaques, aux Attaques, des Hauts-de-France.</summary>
    Les = 4,

    /// <summary>l’: de L'Abergement-Clémenciat, de l’Ain.</summary>
    L = 5,

    /// <summary>aux: des …, aux ….</summary>
    Aux = 6,

    /// <summary>las: de Las …, à Las ….</summary>
    Las = 7,

    /// <summary>los: de Los …, à Los ….</summary>
    Los = 8,
}

/// <summary>
/// A territory's name as a French sentence says it after a preposition, so that no client pastes a name after "de"
/// or "à" ("de Périmètre de l'AULA", "Écart à Pas-de-Calais").
/// </summary>
/// <param name="Of">After "de": "de Lens", "d’Arras", "du Pas-de-Calais", "de la CA de Lens - Liévin", "du périmètre de l’AULA".</param>
/// <param name="To">After "à": "à Lens", "au Pas-de-Calais", "aux Attaques", "à la CA de Lens - Liévin".</param>
/// <param name="In">Where: "à Lens" for a commune, "dans le Pas-de-Calais", "dans les Hauts-de-France", "dans la CA de Lens - Liévin".</param>
internal sealed record TerritoryNames(string Of, string To, string In)
{
    /// <summary>The names as stored with the territory, or, where they are missing (a territory not written by the reference loader), guessed from its name.</summary>
    public static TerritoryNames Read(string level, string name, string? of, string? to, string? @in) =>
        of is not null && to is not null && @in is not null ? new(of, to, @in) : FrenchNames.Guess(level, name);
}

/// <summary>The rules of French for a place name after "de", "à" and "dans" (unit-tested in TerritoryNamesTests).</summary>
internal static class FrenchNames
{
    private const string Apostrophe = "’";

    /// <param name="level">commune (a place: "à Lens", also where) or an area (where is "dans le …").</param>
    /// <param name="name">The name as written. A commune's holds its article ("Le Portel", "Les Attaques"), as in the
    /// COG; a département's, a région's, an EPCI's or a groupement's does not ("Pas-de-Calais" with <see cref="FrenchArticle.Le"/>).</param>
    /// <param name="article">The article the name takes.</param>
    /// <param name="inSentence">The name as it reads after an article it does not hold, when that differs from
    /// <paramref name="name"/>: "périmètre de l'AULA" for "Périmètre de l'AULA" (a common noun loses its capital).</param>
    public static TerritoryNames For(string level, string name, FrenchArticle article, string? inSentence = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var (written, rest) = SplitArticle(name, article);
        rest = written is null ? inSentence ?? name : rest;
        // The article as the name writes it ("La Couture" keeps its capital), else in lower case.
        string Word(string lower) => written ?? lower;
        var (of, to) = article switch
        {
            FrenchArticle.None => ($"de {name}", $"à {name}"),
            FrenchArticle.NoneElided => ($"d{Apostrophe}{name}", $"à {name}"),
            FrenchArticle.Le => ($"du {rest}", $"au {rest}"),
            FrenchArticle.Les or FrenchArticle.Aux => ($"des {rest}", $"aux {rest}"),
            FrenchArticle.La => ($"de {Word("la")} {rest}", $"à {Word("la")} {rest}"),
            FrenchArticle.L => ($"de {Word("l" + Apostrophe)}{rest}", $"à {Word("l" + Apostrophe)}{rest}"),
            FrenchArticle.Las => ($"de {Word("las")} {rest}", $"à {Word("las")} {rest}"),
            FrenchArticle.Los => ($"de {Word("los")} {rest}", $"à {Word("los")} {rest}"),
            _ => throw new ArgumentOutOfRangeException(nameof(article), article, "Unknown article."),
        };
        // A commune is a place one is at ("à Lens", "au Portel"); an area, one is in ("dans le Pas-de-Calais").
        var @in = level == "commune" || article is FrenchArticle.None or FrenchArticle.NoneElided
            ? to
            : article switch
            {
                FrenchArticle.Le => $"dans le {rest}",
                FrenchArticle.La => $"dans {Word("la")} {rest}",
                FrenchArticle.L => $"dans {Word("l" + Apostrophe)}{rest}",
                FrenchArticle.Les or FrenchArticle.Aux => $"dans les {rest}",
                FrenchArticle.Las => $"dans {Word("las")} {rest}",
                _ => $"dans {Word("los")} {rest}",
            };
        return new(of, to, @in);
    }

    /// <summary>
    /// An EPCI's article from its legal nature (the COG's <c>type</c>): a communauté (CA, CC, CU) or a métropole is
    /// feminine, "de la CA de …"; an établissement public territorial is "de l’EPT …".
    /// </summary>
    public static FrenchArticle OfEpci(string? type, string name) => type switch
    {
        "CA" or "CC" or "CU" or "METRO" or "MET69" => FrenchArticle.La,
        "EPT" => FrenchArticle.L,
        _ => StartsWithVowel(name) ? FrenchArticle.L : FrenchArticle.La,
    };

    /// <summary>The article named in words ("le", "la", "les", "l'", or none), as perimeter.json gives a groupement's.</summary>
    public static FrenchArticle Parse(string? article) => article?.Trim().Replace(Apostrophe, "'", StringComparison.Ordinal) switch
    {
        null or "" => FrenchArticle.None,
        "le" => FrenchArticle.Le,
        "la" => FrenchArticle.La,
        "les" => FrenchArticle.Les,
        "l'" => FrenchArticle.L,
        "aux" => FrenchArticle.Aux,
        _ => throw new ArgumentException($"'{article}' is not a French article: expected le, la, les, l' or none", nameof(article)),
    };

    /// <summary>
    /// For a territory whose article is not known: a commune's from the article its name begins with, else none,
    /// elided before a vowel (an h is taken as aspirated: the COG knows better, and gives it for every commune).
    /// </summary>
    public static TerritoryNames Guess(string level, string name)
    {
        foreach (var article in (FrenchArticle[])[FrenchArticle.Les, FrenchArticle.Le, FrenchArticle.La, FrenchArticle.L])
        {
            if (level == "commune" && SplitArticle(name, article).Written is not null)
                return For(level, name, article);
        }
        return For(level, name, StartsWithVowel(name) ? FrenchArticle.NoneElided : FrenchArticle.None);
    }

    private static bool StartsWithVowel(string name) =>
        name.Length > 0 && "aeiouyàâäéèêëîïôöûüÿœæ".Contains(char.ToLowerInvariant(name[0]), StringComparison.Ordinal);

    /// <summary>The article as the name begins with it ("Le", "L'") and the rest of the name; (null, name) when it does not.</summary>
    private static (string? Written, string Remainder) SplitArticle(string name, FrenchArticle article)
    {
        if (article == FrenchArticle.L)
        {
            return name.Length > 2 && name[0] is 'L' or 'l' && name[1] is '\'' or '’'
                ? (name[..2], name[2..])
                : (null, name);
        }
        var word = article switch
        {
            FrenchArticle.Le => "le",
            FrenchArticle.La => "la",
            FrenchArticle.Les => "les",
            FrenchArticle.Aux => "aux",
            FrenchArticle.Las => "las",
            FrenchArticle.Los => "los",
            _ => null,
        };
        return word is not null && name.Length > word.Length + 1 && name[word.Length] == ' '
               && name.StartsWith(word, StringComparison.OrdinalIgnoreCase)
            ? (name[..word.Length], name[(word.Length + 1)..])
            : (null, name);
    }
}
