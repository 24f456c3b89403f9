using FastEndpoints;
using FluentValidation;
using Observatoires.Api.Platform.Indicators.Engine;

namespace Observatoires.Api.Platform.Indicators.GetProfile;

internal sealed class Request
{
    /// <summary>Territory id (commune, EPCI, groupement...; a custom zone works too).</summary>
    public string Id { get; set; } = "";

    /// <summary>Comma-separated references; default: the territory's département and région.</summary>
    public string? References { get; set; }

    internal sealed class Validator : Validator<Request>
    {
        public Validator()
        {
            RuleFor(r => r.Id).Must(t => TargetLookup.Problem(t) is null).WithMessage(r => TargetLookup.Problem(r.Id));
            RuleFor(r => r.References).Must(t => t!.Split(',').All(id => TargetLookup.Problem(id.Trim()) is null))
                .When(r => r.References is not null)
                .WithMessage(r => r.References!.Split(',').Select(id => TargetLookup.Problem(id.Trim())).First(p => p is not null));
            RuleFor(r => r.References).Must(t => t!.Split(',').Length <= 5).When(r => r.References is not null)
                .WithMessage("at most 5 references");
        }
    }
}
