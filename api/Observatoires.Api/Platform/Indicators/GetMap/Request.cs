using FastEndpoints;
using FluentValidation;
using Observatoires.Api.Platform.Territories;

namespace Observatoires.Api.Platform.Indicators.GetMap;

internal sealed class Request : GetBreaks.Request
{
    /// <summary>Contour detail: low (simplified at 500 m), medium (100 m, default) or full.</summary>
    public string? Resolution { get; set; }

    internal new sealed class Validator : Validator<Request>
    {
        public Validator()
        {
            Include(new GetBreaks.Request.Rules<Request>());
            RuleFor(r => r.Resolution).Must(GeometryResolution.IsKnown).When(r => r.Resolution is not null)
                .WithMessage($"resolution must be one of: {string.Join(", ", GeometryResolution.All)}");
        }
    }
}
