namespace Observatoires.Api.Observatories.Environnement;

/// <summary>What an import stored.</summary>
/// <param name="File">The file's name.</param>
/// <param name="Imported">Zones, buildings or cells stored.</param>
/// <param name="Replaced">Those of the same kind it replaced (the image's zones, the buildings, the cells).</param>
/// <param name="Skipped">Cells left out because their centre lies in no commune of the perimeter (a département's file holds others); 0 for the other imports.</param>
/// <param name="IndicatorValues">Indicator values written or revised by the recomputation of the overheating figures.</param>
/// <param name="Import">The ingestion log's entry (GET /api/v1/imports/{id}): identical when the file is the last one imported into this target, then nothing changed.</param>
internal sealed record EnvironnementImport(string File, int Imported, int Replaced, int Skipped, int IndicatorValues,
    Platform.Data.ImportReceipt? Import = null);
