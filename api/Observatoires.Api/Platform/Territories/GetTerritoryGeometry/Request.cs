using FastEndpoints;
using FluentValidation;

namespace Observatoires.Api.Platform.Territories.GetTerritoryGeometry;

internal sealed class Request
{
    /// <summary>Territory id, level:code.</summary>
    public string Id { get; set; } = "";

    /// <summary>full (default), medium (simplified at 100 m) or low (500 m).</summary>
    public string? Resolution { get; set; }

    internal sealed class Validator : Validator<Request>
    {
        public Validator()
        {
            RuleFor(r => r.Id).Must(id => TerritoryId.Problem(id) is null).WithMessage(r => TerritoryId.Problem(r.Id));
            RuleFor(r => r.Resolution).Must(GeometryResolution.IsKnown).When(r => r.Resolution is not null)
                .WithMessage($"resolution must be one of: {string.Join(", ", GeometryResolution.All)}");
        }
    }
}
