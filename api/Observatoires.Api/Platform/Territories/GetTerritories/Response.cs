using Observatoires.Api.Platform.Http;

namespace Observatoires.Api.Platform.Territories.GetTerritories;

internal sealed record TerritorySummary(string Id, string Level, string Code, string Name, int? Population);

internal sealed record Response(IReadOnlyList<TerritorySummary> Items, long Total, int Limit, int Offset, PageLinks Links);
