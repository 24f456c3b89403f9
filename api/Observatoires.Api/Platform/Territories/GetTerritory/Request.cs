using FastEndpoints;
using FluentValidation;

namespace Observatoires.Api.Platform.Territories.GetTerritory;

internal sealed class Request
{
    /// <summary>Territory id, level:code (commune:62119, epci:200072460, groupement:aula, departement:62, region:32).</summary>
    public string Id { get; set; } = "";

    internal sealed class Validator : Validator<Request>
    {
        public Validator() =>
            RuleFor(r => r.Id).Must(id => TerritoryId.Problem(id) is null).WithMessage(r => TerritoryId.Problem(r.Id));
    }
}
