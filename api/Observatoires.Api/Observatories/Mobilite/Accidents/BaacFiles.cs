using System.Globalization;
using System.Text;
using Observatoires.Api.Platform.Export;

namespace Observatoires.Api.Observatories.Mobilite.Accidents;

/// <summary>One of the four tables of the BAAC files, by the field (or the zip entry's name) it comes in.</summary>
internal enum BaacTable { Caracteristiques, Lieux, Vehicules, Usagers }

internal sealed record BaacAccident(string NumAcc, short Year, DateTime OccurredAt, string CommuneCode, double? Longitude, double? Latitude,
    bool Agglomeration, short? Intersection, short? Lighting, short? Weather, short? Collision, string? Address);

internal sealed record BaacVehicle(string NumAcc, string VehicleId, string NumVeh, short Category);

internal sealed record BaacUser(string NumAcc, string VehicleId, short? Category, short? Severity, short? Sex, short? BirthYear);

/// <summary>
/// The four BAAC tables as the ONISR publishes them on data.gouv.fr (the 2019+ layout: semicolon-separated, quoted,
/// UTF-8 or Latin-1, decimal commas), read and checked whole: every field of every line, then the links between the
/// tables (a place, a vehicle or a user of an accident the caractéristiques do not have; a user of an unknown vehicle).
/// Every problem is kept with its file and line; nothing is written from files with a problem.
/// </summary>
internal sealed class BaacFiles
{
    /// <summary>Problems listed at most; the total is counted.</summary>
    public const int MaxListed = 100;

    private readonly List<string> problems = [];
    private readonly IReadOnlySet<short> vehicleCategories;

    private BaacFiles(IReadOnlySet<short> vehicleCategories) => this.vehicleCategories = vehicleCategories;

    public Dictionary<string, BaacAccident> Accidents { get; } = new(StringComparer.Ordinal);

    /// <summary>Road category (catr) of each accident, from the lieux table.</summary>
    public Dictionary<string, short?> RoadCategories { get; } = new(StringComparer.Ordinal);

    public List<BaacVehicle> Vehicles { get; } = [];

    public List<BaacUser> Users { get; } = [];

    public IReadOnlyList<string> Problems => problems;

    public int TotalProblems { get; private set; }

    /// <summary>Reads and checks the four tables (each a file name and its bytes' stream); see <see cref="Problems"/>.</summary>
    public static BaacFiles Read(IReadOnlyDictionary<BaacTable, (string Name, Stream Content)> files, IReadOnlySet<short> vehicleCategories)
    {
        var baac = new BaacFiles(vehicleCategories);
        foreach (var table in Enum.GetValues<BaacTable>())
            if (!files.ContainsKey(table))
                baac.Problem($"the {FileName(table)} file is missing: send the four tables (caracteristiques, lieux, vehicules, usagers)");
        if (baac.TotalProblems > 0)
            return baac;
        // The caractéristiques first: the other tables are checked against their accident numbers.
        foreach (var table in Enum.GetValues<BaacTable>())
        {
            var (name, content) = files[table];
            try
            {
                using var reader = new CsvReader(new StringReader(Decode(content)));
                baac.ReadTable(table, name, reader);
            }
            catch (InvalidDataException e)
            {
                baac.Problem($"{name}: {e.Message}");
            }
        }
        return baac;
    }

    /// <summary>The name the tables are published under (carcteristiques-2023.csv: the ONISR's own spelling).</summary>
    public static string FileName(BaacTable table) => table switch
    {
        BaacTable.Caracteristiques => "caracteristiques",
        BaacTable.Lieux => "lieux",
        BaacTable.Vehicules => "vehicules",
        _ => "usagers",
    };

    /// <summary>Which table a zip entry is, by its name (carcteristiques-2023.csv, caract-2018.csv, usagers_2022.csv...).</summary>
    public static BaacTable? TableOf(string fileName)
    {
        var name = Path.GetFileName(fileName).ToLowerInvariant();
        return !name.EndsWith(".csv", StringComparison.Ordinal) ? null
            : name.StartsWith("car", StringComparison.Ordinal) ? BaacTable.Caracteristiques
            : name.StartsWith("lieux", StringComparison.Ordinal) ? BaacTable.Lieux
            : name.StartsWith("vehicules", StringComparison.Ordinal) ? BaacTable.Vehicules
            : name.StartsWith("usagers", StringComparison.Ordinal) ? BaacTable.Usagers
            : null;
    }

    // The files of 2019 on are UTF-8; older ones, and some republished ones, Latin-1.
    private static string Decode(Stream content)
    {
        using var memory = new MemoryStream();
        content.CopyTo(memory);
        var bytes = memory.ToArray();
        try
        {
            return new UTF8Encoding(false, true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return Encoding.Latin1.GetString(bytes);
        }
    }

    private void Problem(string message)
    {
        TotalProblems++;
        if (problems.Count < MaxListed)
            problems.Add(message);
    }

    private void ReadTable(BaacTable table, string name, CsvReader reader)
    {
        var columns = reader.Header.Select((c, i) => (c, i)).ToDictionary(x => x.c.Trim('"').ToLowerInvariant(), x => x.i, StringComparer.Ordinal);
        // The 2022 caractéristiques name the accident number Accident_Id.
        if (!columns.ContainsKey("num_acc") && columns.TryGetValue("accident_id", out var accidentId))
            columns["num_acc"] = accidentId;
        string[] required = table switch
        {
            BaacTable.Caracteristiques => ["num_acc", "jour", "mois", "an", "hrmn", "lum", "com", "agg", "int", "atm", "col", "lat", "long"],
            BaacTable.Lieux => ["num_acc", "catr"],
            BaacTable.Vehicules => ["num_acc", "id_vehicule", "num_veh", "catv"],
            _ => ["num_acc", "id_vehicule", "catu", "grav", "sexe", "an_nais"],
        };
        var missing = required.Where(c => !columns.ContainsKey(c)).ToList();
        if (missing.Count > 0)
        {
            Problem($"{name} line 1: missing column{(missing.Count > 1 ? "s" : "")} {string.Join(", ", missing)} (the {FileName(table)} table of the 2019+ layout)");
            return;
        }
        var vehicles = Vehicles.Select(v => (v.NumAcc, v.VehicleId)).ToHashSet();
        while (reader.TryRead(out var record))
        {
            var line = new Line(this, name, record, columns);
            var numAcc = line.Text("num_acc");
            if (numAcc is null || numAcc.Length > 15 || !numAcc.All(char.IsAsciiDigit))
            {
                line.Problem($"Num_Acc '{numAcc}' is not an accident number (digits)");
                continue;
            }
            if (table != BaacTable.Caracteristiques && !Accidents.ContainsKey(numAcc))
            {
                line.Problem($"accident {numAcc} is not in the caractéristiques file");
                continue;
            }
            switch (table)
            {
                case BaacTable.Caracteristiques:
                    ReadAccident(line, numAcc);
                    break;
                case BaacTable.Lieux:
                    // One row per accident, as published; a repeated one keeps the first.
                    RoadCategories.TryAdd(numAcc, line.Code("catr", [1, 2, 3, 4, 5, 6, 7, 9]));
                    break;
                case BaacTable.Vehicules:
                    var category = line.Code("catv", vehicleCategories);
                    var vehicleId = line.Text("id_vehicule") ?? "";
                    if (vehicleId.Length == 0)
                        line.Problem("id_vehicule is empty");
                    else if (!vehicles.Add((numAcc, vehicleId)))
                        line.Problem($"vehicle {vehicleId} of accident {numAcc} is listed twice");
                    else if (category is { } c && line.Ok)
                        Vehicles.Add(new(numAcc, vehicleId, line.Text("num_veh") ?? "", c));
                    break;
                case BaacTable.Usagers:
                    var userVehicle = line.Text("id_vehicule") ?? "";
                    if (!vehicles.Contains((numAcc, userVehicle)))
                    {
                        line.Problem($"vehicle {userVehicle} of accident {numAcc} is not in the vehicules file");
                        break;
                    }
                    var user = new BaacUser(numAcc, userVehicle, line.Code("catu", [1, 2, 3]), line.Code("grav", [1, 2, 3, 4]),
                        line.Code("sexe", [1, 2]), line.Year("an_nais"));
                    if (line.Ok)
                        Users.Add(user);
                    break;
            }
        }
    }

    private void ReadAccident(Line line, string numAcc)
    {
        var year = line.Year("an");
        var month = line.Number("mois", 1, 12);
        var day = line.Number("jour", 1, 31);
        var hrmn = line.Text("hrmn") ?? "";
        // 2019 on: HH:MM; before: HHMM.
        var digits = hrmn.Replace(":", "", StringComparison.Ordinal);
        if (digits.Length is < 3 or > 4 || !digits.All(char.IsAsciiDigit) || int.Parse(digits, CultureInfo.InvariantCulture) is var hm && (hm / 100 > 23 || hm % 100 > 59))
        {
            line.Problem($"hrmn '{hrmn}' is not a time (HH:MM)");
            digits = "0000";
        }
        var time = int.Parse(digits, CultureInfo.InvariantCulture);
        var commune = line.Text("com") ?? "";
        if (commune.Length != 5 || !commune.All(c => char.IsAsciiDigit(c) || c is 'A' or 'B'))
            line.Problem($"com '{commune}' is not a commune's INSEE code (5 characters)");
        var agg = line.Code("agg", [1, 2]);
        if (agg is null && line.Ok)
            line.Problem("agg is not given (1: outside built-up areas, 2: inside)");
        var latitude = line.Coordinate("lat", -90, 90);
        var longitude = line.Coordinate("long", -180, 180);
        var (lighting, intersection, weather, collision) = (line.Code("lum", [1, 2, 3, 4, 5]), line.Code("int", [1, 2, 3, 4, 5, 6, 7, 8, 9]),
            line.Code("atm", [1, 2, 3, 4, 5, 6, 7, 8, 9]), line.Code("col", [1, 2, 3, 4, 5, 6, 7]));
        DateTime? at = null;
        if (year is { } y && month is { } m && day is { } d)
        {
            if (d > DateTime.DaysInMonth(y, m))
                line.Problem($"{d}/{m}/{y} is not a date");
            else
                at = new DateTime(y, m, d, time / 100, time % 100, 0, DateTimeKind.Unspecified);
        }
        if (Accidents.ContainsKey(numAcc))
            line.Problem($"accident {numAcc} is listed twice");
        else if (line.Ok && at is { } when)
            Accidents.Add(numAcc, new(numAcc, (short)when.Year, when, commune, longitude, latitude, agg == 2, intersection, lighting, weather,
                collision, line.Text("adr") is { Length: > 0 } address ? address : null));
    }

    /// <summary>One line of a table: its fields by column name, and its problems reported with the file and line.</summary>
    private sealed class Line(BaacFiles files, string file, CsvRecord record, Dictionary<string, int> columns)
    {
        public bool Ok { get; private set; } = true;

        public void Problem(string message)
        {
            Ok = false;
            files.Problem($"{file} line {record.Line}: {message}");
        }

        public string? Text(string column) =>
            columns.TryGetValue(column, out var i) && i < record.Fields.Count ? record.Fields[i].Trim().Trim('"').Trim() : null;

        /// <summary>A BAAC code: one of the allowed values, or null when not given (empty, -1, or a blank).</summary>
        public short? Code(string column, IReadOnlyCollection<short> allowed)
        {
            var text = Text(column);
            if (string.IsNullOrEmpty(text) || text is "-1" or " -1")
                return null;
            if (short.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var code) && allowed.Contains(code))
                return code;
            Problem($"{column} '{text}' is not a BAAC code ({string.Join(", ", allowed.Order())} or -1)");
            return null;
        }

        public short? Code(string column, short[] allowed) => Code(column, (IReadOnlyCollection<short>)allowed);

        public short? Code(string column, int[] allowed) => Code(column, allowed.Select(a => (short)a).ToArray());

        public int? Number(string column, int min, int max)
        {
            var text = Text(column);
            if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max)
                return n;
            Problem($"{column} '{text}' is not a number from {min} to {max}");
            return null;
        }

        /// <summary>A four-digit year; for the birth year, not given is allowed.</summary>
        public short? Year(string column)
        {
            var text = Text(column);
            if (column == "an_nais" && (string.IsNullOrEmpty(text) || text == "-1"))
                return null;
            if (text is { Length: 4 } && short.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year >= 1900)
                return year;
            Problem($"{column} '{text}' is not a four-digit year (the files of 2019 on)");
            return null;
        }

        /// <summary>A coordinate with a decimal comma (or point); null when not given.</summary>
        public double? Coordinate(string column, double min, double max)
        {
            var text = Text(column)?.Replace(',', '.');
            if (string.IsNullOrEmpty(text))
                return null;
            if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
                return value;
            Problem($"{column} '{Text(column)}' is not a coordinate in degrees");
            return null;
        }
    }
}
