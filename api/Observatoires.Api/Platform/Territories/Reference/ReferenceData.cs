using System.Text.Json;

namespace Observatoires.Api.Platform.Territories.Reference;

/// <param name="Names">How French names it after a preposition ("du Pas-de-Calais").</param>
/// <param name="CommuneCount">How many communes it has in the COG, the perimeter's or not (1 for a commune).</param>
/// <param name="InPerimeter">False for a reference territory: an EPCI outside the perimeter, loaded for comparisons only.</param>
internal sealed record ReferenceTerritory(string Level, string Code, string Name, int? Population, TerritoryNames Names, int CommuneCount,
    bool InPerimeter = true)
{
    public string Id => $"{Level}:{Code}";
}

internal sealed record ReferenceMembership(string MemberId, string ParentId);

/// <summary>A group of similar EPCIs a territory is compared with, as perimeter.json first defines it.</summary>
/// <param name="Territory">The group as a territory (level groupement, outside the perimeter).</param>
/// <param name="SubjectId">The territory it is the peers of.</param>
/// <param name="MemberIds">Its EPCIs (reference EPCIs or the perimeter's).</param>
internal sealed record PeerGroupSeed(ReferenceTerritory Territory, string SubjectId, IReadOnlyList<string> MemberIds);

/// <summary>
/// The agency's territories as read from the pinned @etalab/decoupage-administratif package (INSEE COG)
/// and db/reference/perimeter.json, which names the EPCIs and groupements by code only.
/// </summary>
internal sealed record ReferenceData(
    string Vintage,
    IReadOnlyList<ReferenceTerritory> Territories,
    IReadOnlyList<ReferenceMembership> Memberships,
    IReadOnlyList<EpciLayout> EpcisWestToEast,
    IReadOnlyList<double> EpciAreasKm2)
{
    /// <summary>The peer groups to create where they do not exist yet (the agency edits them afterwards).</summary>
    public IReadOnlyList<PeerGroupSeed> PeerGroups { get; init; } = [];

    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    /// <param name="packageDataDir">The package's data/ folder (epci.json, communes.json...).</param>
    /// <param name="perimeterFile">db/reference/perimeter.json.</param>
    public static ReferenceData Read(string packageDataDir, string perimeterFile)
    {
        if (!File.Exists(Path.Combine(packageDataDir, "epci.json")))
            throw new FileNotFoundException(
                $"Reference data not found in {packageDataDir}: run 'npm ci' in db/reference (./observatoires does it)");

        var perimeter = ReadJson<Perimeter>(perimeterFile);
        var package = ReadJson<PackageInfo>(Path.Combine(packageDataDir, "..", "package.json"));
        var vintage = $"INSEE COG via {package.Name} {package.Version}";
        var allEpcis = ReadJson<List<EpciEntry>>(Path.Combine(packageDataDir, "epci.json")).ToDictionary(e => e.Code);
        var allCommunes = ReadJson<List<CommuneEntry>>(Path.Combine(packageDataDir, "communes.json"))
            .Where(c => c.Type == "commune-actuelle")
            .ToDictionary(c => c.Code);
        var departements = ReadJson<List<AreaEntry>>(Path.Combine(packageDataDir, "departements.json")).ToDictionary(d => d.Code);
        var regions = ReadJson<List<AreaEntry>>(Path.Combine(packageDataDir, "regions.json")).ToDictionary(r => r.Code);

        var territories = new List<ReferenceTerritory>();
        var memberships = new HashSet<ReferenceMembership>();
        var layouts = new List<EpciLayout>();
        var communesOfEpci = new Dictionary<string, List<string>>();

        foreach (var regionCode in perimeter.Regions)
        {
            var region = Lookup(regions, regionCode, "region");
            var communes = allCommunes.Values.Where(c => c.Region == regionCode).ToList();
            territories.Add(new("region", regionCode, region.Nom, communes.Sum(c => c.Population ?? 0),
                FrenchNames.For("region", region.Nom, Article(region.TypeLiaison)), communes.Count));
        }
        foreach (var departementCode in perimeter.Departements)
        {
            var departement = Lookup(departements, departementCode, "departement");
            var communes = allCommunes.Values.Where(c => c.Departement == departementCode).ToList();
            territories.Add(new("departement", departementCode, departement.Nom, communes.Sum(c => c.Population ?? 0),
                FrenchNames.For("departement", departement.Nom, Article(departement.TypeLiaison)), communes.Count));
            if (departement.Region is not null && perimeter.Regions.Contains(departement.Region))
                memberships.Add(new($"departement:{departementCode}", $"region:{departement.Region}"));
        }

        foreach (var perimeterEpci in perimeter.Epcis)
        {
            var epci = Lookup(allEpcis, perimeterEpci.Code, "epci");
            var epciId = $"epci:{epci.Code}";
            territories.Add(new("epci", epci.Code, epci.Nom, epci.PopulationMunicipale,
                FrenchNames.For("epci", epci.Nom, FrenchNames.OfEpci(epci.Type, epci.Nom)), epci.Membres.Count));
            communesOfEpci[epci.Code] = [.. epci.Membres.Select(m => m.Code)];
            layouts.Add(new(epci.Code, [.. epci.Membres.Select(m => new CommuneSeed(m.Code, m.PopulationMunicipale))]));

            var parentsOfEpci = new HashSet<string>();
            foreach (var member in epci.Membres)
            {
                // Current name from the COG (the DGCL member list can lag behind renamings).
                var commune = Lookup(allCommunes, member.Code, "commune");
                territories.Add(new("commune", member.Code, commune.Nom, member.PopulationMunicipale,
                    FrenchNames.For("commune", commune.Nom, Article(commune.TypeLiaison)), 1));
                var communeId = $"commune:{member.Code}";
                memberships.Add(new(communeId, epciId));
                if (commune.Departement is not null && perimeter.Departements.Contains(commune.Departement))
                {
                    memberships.Add(new(communeId, $"departement:{commune.Departement}"));
                    parentsOfEpci.Add($"departement:{commune.Departement}");
                }
                if (commune.Region is not null && perimeter.Regions.Contains(commune.Region))
                {
                    memberships.Add(new(communeId, $"region:{commune.Region}"));
                    parentsOfEpci.Add($"region:{commune.Region}");
                }
            }
            foreach (var parent in parentsOfEpci)
                memberships.Add(new(epciId, parent));
        }

        foreach (var groupement in perimeter.Groupements)
        {
            var groupementId = $"groupement:{groupement.Code}";
            var communes = groupement.Epcis.SelectMany(e => communesOfEpci.TryGetValue(e, out var c) ? c
                : throw new InvalidDataException($"Groupement {groupement.Code} names EPCI {e}, which is not in the perimeter")).ToList();
            var epcis = territories.Where(t => t.Level == "epci" && groupement.Epcis.Contains(t.Code)).ToList();
            territories.Add(new("groupement", groupement.Code, groupement.Name, epcis.Sum(t => t.Population ?? 0),
                FrenchNames.For("groupement", groupement.Name, FrenchNames.Parse(groupement.Article), groupement.NameInSentence),
                communes.Distinct().Count()));
            foreach (var epci in groupement.Epcis)
                memberships.Add(new($"epci:{epci}", groupementId));
            foreach (var commune in communes)
                memberships.Add(new($"commune:{commune}", groupementId));
            // A groupement lies in the département / région that contain all its EPCIs.
            foreach (var parent in memberships.Where(m => m.MemberId == $"epci:{groupement.Epcis[0]}" && !m.ParentId.StartsWith("groupement:", StringComparison.Ordinal))
                         .Select(m => m.ParentId).ToList())
            {
                if (groupement.Epcis.All(e => memberships.Contains(new($"epci:{e}", parent))))
                    memberships.Add(new(groupementId, parent));
            }
        }

        // The other EPCIs of the reference régions (most of their communes there), without their communes: their values
        // are stored at their own level, and nothing but the peer groups that name them holds them.
        var perimeterCodes = perimeter.Epcis.Select(e => e.Code).ToHashSet();
        foreach (var epci in allEpcis.Values.Where(e => !perimeterCodes.Contains(e.Code)).OrderBy(e => e.Code, StringComparer.Ordinal))
        {
            var inRegion = epci.Membres.Count(m => allCommunes.TryGetValue(m.Code, out var c) && c.Region is { } r && perimeter.ReferenceRegions.Contains(r));
            if (inRegion * 2 > epci.Membres.Count)
                territories.Add(new("epci", epci.Code, epci.Nom, epci.PopulationMunicipale,
                    FrenchNames.For("epci", epci.Nom, FrenchNames.OfEpci(epci.Type, epci.Nom)), epci.Membres.Count, InPerimeter: false));
        }

        var peerGroups = new List<PeerGroupSeed>();
        foreach (var group in perimeter.PeerGroups)
        {
            var members = group.Epcis.Select(e => territories.Any(t => t.Level == "epci" && t.Code == e) ? $"epci:{e}"
                : throw new InvalidDataException($"Peer group {group.Code} names EPCI {e}, which is neither in the perimeter nor a reference EPCI")).ToList();
            if (!territories.Any(t => t.Id == $"epci:{group.Subject}"))
                throw new InvalidDataException($"Peer group {group.Code} is the peers of EPCI {group.Subject}, which is not in the perimeter");
            if (members.Contains($"epci:{group.Subject}"))
                throw new InvalidDataException($"Peer group {group.Code} names its own subject {group.Subject} among its members");
            peerGroups.Add(new(new("groupement", group.Code, group.Name,
                territories.Where(t => members.Contains(t.Id)).Sum(t => t.Population ?? 0),
                FrenchNames.For("groupement", group.Name, FrenchNames.Parse(group.Article), group.NameInSentence),
                territories.Where(t => members.Contains(t.Id)).Sum(t => t.CommuneCount), InPerimeter: false),
                $"epci:{group.Subject}", members));
        }

        var duplicates = territories.GroupBy(t => t.Id).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        if (duplicates.Count > 0)
            throw new InvalidDataException($"A territory is listed twice in the perimeter: {string.Join(", ", duplicates)}");

        return new(vintage, territories, [.. memberships], layouts, [.. perimeter.Epcis.Select(e => e.AreaKm2)]) { PeerGroups = peerGroups };
    }

    private static T ReadJson<T>(string path)
    {
        using var stream = File.OpenRead(path);
        return JsonSerializer.Deserialize<T>(stream, Json) ?? throw new InvalidDataException($"{path} is empty");
    }

    private static T Lookup<T>(Dictionary<string, T> entries, string code, string level) =>
        entries.TryGetValue(code, out var entry) ? entry
            : throw new InvalidDataException($"The reference package has no {level} with code {code}");

    /// <summary>The COG's typeLiaison (INSEE's TNCC, 0 to 8) as an article; absent, none.</summary>
    private static FrenchArticle Article(int? typeLiaison) =>
        typeLiaison is { } code && Enum.IsDefined((FrenchArticle)code) ? (FrenchArticle)code
            : typeLiaison is null ? FrenchArticle.None
            : throw new InvalidDataException($"typeLiaison {typeLiaison} is not an INSEE article type (0 to 8)");

    private sealed record Perimeter(List<PerimeterEpci> Epcis, List<PerimeterGroupement> Groupements, List<string> Departements, List<string> Regions)
    {
        /// <summary>The régions whose other EPCIs are loaded as reference territories.</summary>
        public List<string> ReferenceRegions { get; init; } = [];

        public List<PerimeterPeerGroup> PeerGroups { get; init; } = [];
    }

    /// <param name="Subject">The SIREN of the EPCI these are the peers of.</param>
    private sealed record PerimeterPeerGroup(string Code, string Name, string Subject, List<string> Epcis, string? Article, string? NameInSentence);
    private sealed record PerimeterEpci(string Code, double AreaKm2);
    /// <param name="Article">le, la, les, l' or none: "du périmètre de l'AULA".</param>
    /// <param name="NameInSentence">The name after its article when it differs ("périmètre de l'AULA").</param>
    private sealed record PerimeterGroupement(string Code, string Name, List<string> Epcis, string? Article, string? NameInSentence);
    private sealed record PackageInfo(string Name, string Version);
    private sealed record EpciEntry(string Code, string Nom, string? Type, int PopulationMunicipale, List<EpciMember> Membres);
    private sealed record EpciMember(string Code, int PopulationMunicipale);
    private sealed record CommuneEntry(string Code, string Nom, string? Type, string? Departement, string? Region, int? Population, int? TypeLiaison);
    private sealed record AreaEntry(string Code, string Nom, string? Region, int? TypeLiaison);
}
