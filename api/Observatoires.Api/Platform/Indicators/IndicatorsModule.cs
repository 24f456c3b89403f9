using Observatoires.Api.Platform.Indicators.ImportValues;

namespace Observatoires.Api.Platform.Indicators;

/// <summary>The indicator engine: catalogue, values, aggregation, series, comparisons, classes, maps, profiles.</summary>
internal sealed class IndicatorsModule : IModule
{
    public string Name => "Indicators";

    public string Description => "The indicator catalogue, and values for any territory and period, aggregated by each indicator's rule, with statistical secrecy: series, comparisons, class breaks, choropleth maps, territory profiles and value imports.";

    public IReadOnlyList<Type> Endpoints =>
    [
        typeof(GetObservatories.Endpoint),
        typeof(GetObservatory.Endpoint), typeof(GetObservatory.Request.Validator),
        typeof(GetIndicators.Endpoint), typeof(GetIndicators.Request.Validator),
        typeof(GetIndicator.Endpoint), typeof(GetIndicator.Request.Validator),
        typeof(GetValues.Endpoint), typeof(GetValues.Request.Validator),
        typeof(GetSeries.Endpoint), typeof(GetSeries.Request.Validator),
        typeof(GetProjection.Endpoint), typeof(GetProjection.Request.Validator),
        typeof(GetComparison.Endpoint), typeof(GetComparison.Request.Validator),
        typeof(GetBreaks.Endpoint), typeof(GetBreaks.Request.Validator),
        typeof(GetMap.Endpoint), typeof(GetMap.Request.Validator),
        typeof(GetProfile.Endpoint), typeof(GetProfile.Request.Validator),
        typeof(UploadValues.Endpoint),
    ];

    public void AddServices(IServiceCollection services)
    {
        services.AddTransient<IndicatorSeeder>();
        services.AddTransient<ValueImport>();
    }
}
