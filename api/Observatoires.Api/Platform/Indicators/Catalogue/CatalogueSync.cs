using Dapper;
using Npgsql;
using Observatoires.Api.Platform.Data;
using Observatoires.Api.Platform.Indicators.Values;

namespace Observatoires.Api.Platform.Indicators.Catalogue;

/// <summary>Writes what the modules declare into the catalogue tables; a no-op when nothing changed.</summary>
internal static class CatalogueSync
{
    public static async Task<int> SyncAsync(NpgsqlConnection connection, NpgsqlTransaction transaction,
        IReadOnlyList<ObservatoryDefinition> observatories)
    {
        var changes = await connection.ExecuteAsync("""
            insert into platform.observatory (slug, name, description, sort_order)
            select * from unnest(@Slugs, @Names, @Descriptions, @Orders)
            on conflict (slug) do update
            set name = excluded.name, description = excluded.description, sort_order = excluded.sort_order
            where (observatory.name, observatory.description, observatory.sort_order)
                  is distinct from (excluded.name, excluded.description, excluded.sort_order)
            """,
            new
            {
                Slugs = observatories.Select(o => o.Slug).ToArray(),
                Names = observatories.Select(o => o.Name).ToArray(),
                Descriptions = observatories.Select(o => o.Description).ToArray(),
                Orders = observatories.Select(o => o.Order).ToArray(),
            }, transaction);

        var themes = observatories.SelectMany(o => o.Themes.Select((t, i) => (Observatory: o.Slug, Theme: t, Order: i + 1))).ToList();
        changes += await connection.ExecuteAsync("""
            insert into platform.theme (observatory_slug, code, name, sort_order)
            select * from unnest(@Observatories, @Codes, @Names, @Orders)
            on conflict (observatory_slug, code) do update
            set name = excluded.name, sort_order = excluded.sort_order
            where (theme.name, theme.sort_order) is distinct from (excluded.name, excluded.sort_order)
            """,
            new
            {
                Observatories = themes.Select(t => t.Observatory).ToArray(),
                Codes = themes.Select(t => t.Theme.Code).ToArray(),
                Names = themes.Select(t => t.Theme.Name).ToArray(),
                Orders = themes.Select(t => t.Order).ToArray(),
            }, transaction);

        if (observatories.SelectMany(o => o.Indicators).FirstOrDefault(i => i.FixedClasses?.Problem() is not null) is { } wrong)
            throw new InvalidOperationException($"Indicator {wrong.Code}: {wrong.FixedClasses!.Problem()}");
        if (IndicatorDefinition.SecrecyCycle([.. observatories.SelectMany(o => o.Indicators)]) is { } cycle)
            throw new InvalidOperationException($"Indicators {string.Join(" -> ", cycle)}: their secrecy rests on each other in a cycle "
                                                + "(SecretWith, or a weight with a secrecy threshold), which no answer could compute");
        var indicators = observatories.SelectMany(o => o.Indicators.Select((d, i) => (Observatory: o.Slug, Definition: d, Order: i + 1))).ToList();
        changes += await connection.ExecuteAsync("""
            insert into platform.indicator (code, observatory_slug, theme_code, label, definition, unit, decimals, source,
                source_url, periodicity, licence, confidentiality, aggregation, ratio_scale, weight_indicator,
                higher_is_better, secrecy_threshold, secrecy_units, headline_order, sort_order, diverging_midpoint,
                fixed_classes_name, fixed_breaks, secret_with)
            -- The bounds travel as text ({0.09,0.37}): unnest would flatten an array of arrays.
            select c, o, t, l, d, u, de, s, su, p, li, co, a, rs, w, h, th, sun, hl, so, m, fn, fb::double precision[], sw::text[]
            from unnest(@Codes, @Observatories, @Themes, @Labels, @Definitions, @Units, @Decimals, @Sources,
                @SourceUrls, @Periodicities, @Licences, @Confidentialities, @Aggregations, @RatioScales, @Weights,
                @HigherIsBetter, @Thresholds, @SecrecyUnits, @Headlines, @Orders, @Midpoints, @FixedNames, @FixedBreaks, @SecretWith)
                as x(c, o, t, l, d, u, de, s, su, p, li, co, a, rs, w, h, th, sun, hl, so, m, fn, fb, sw)
            on conflict (code) do update
            set observatory_slug = excluded.observatory_slug, theme_code = excluded.theme_code, label = excluded.label,
                definition = excluded.definition, unit = excluded.unit, decimals = excluded.decimals, source = excluded.source,
                source_url = excluded.source_url, periodicity = excluded.periodicity, licence = excluded.licence,
                confidentiality = excluded.confidentiality, aggregation = excluded.aggregation,
                ratio_scale = excluded.ratio_scale, weight_indicator = excluded.weight_indicator,
                higher_is_better = excluded.higher_is_better, secrecy_threshold = excluded.secrecy_threshold,
                secrecy_units = excluded.secrecy_units, diverging_midpoint = excluded.diverging_midpoint,
                fixed_classes_name = excluded.fixed_classes_name, fixed_breaks = excluded.fixed_breaks,
                secret_with = excluded.secret_with,
                headline_order = excluded.headline_order, sort_order = excluded.sort_order
            where row(indicator.*) is distinct from row(excluded.*)
            """,
            new
            {
                Codes = indicators.Select(i => i.Definition.Code).ToArray(),
                Observatories = indicators.Select(i => i.Observatory).ToArray(),
                Themes = indicators.Select(i => i.Definition.Theme).ToArray(),
                Labels = indicators.Select(i => i.Definition.Label).ToArray(),
                Definitions = indicators.Select(i => i.Definition.Definition).ToArray(),
                Units = indicators.Select(i => i.Definition.Unit).ToArray(),
                Decimals = indicators.Select(i => (short)i.Definition.Decimals).ToArray(),
                Sources = indicators.Select(i => i.Definition.Source).ToArray(),
                SourceUrls = indicators.Select(i => i.Definition.SourceUrl).ToArray(),
                Periodicities = indicators.Select(i => Period.Name(i.Definition.Periodicity)).ToArray(),
                Licences = indicators.Select(i => i.Definition.Licence).ToArray(),
                Confidentialities = indicators.Select(i => Names.Of(i.Definition.Confidentiality)).ToArray(),
                Aggregations = indicators.Select(i => Names.Of(i.Definition.Aggregation)).ToArray(),
                RatioScales = indicators.Select(i => i.Definition.RatioScale).ToArray(),
                Weights = indicators.Select(i => i.Definition.WeightIndicator).ToArray(),
                HigherIsBetter = indicators.Select(i => i.Definition.HigherIsBetter).ToArray(),
                Thresholds = indicators.Select(i => i.Definition.SecrecyThreshold).ToArray(),
                SecrecyUnits = indicators.Select(i => i.Definition.SecrecyUnits).ToArray(),
                Headlines = indicators.Select(i => (short?)i.Definition.HeadlineOrder).ToArray(),
                Orders = indicators.Select(i => i.Order).ToArray(),
                Midpoints = indicators.Select(i => i.Definition.DivergingMidpoint).ToArray(),
                FixedNames = indicators.Select(i => i.Definition.FixedClasses?.Name).ToArray(),
                FixedBreaks = indicators.Select(i => i.Definition.FixedClasses is { } f
                    ? "{" + string.Join(',', f.Breaks.Select(b => b.ToString("R", System.Globalization.CultureInfo.InvariantCulture))) + "}"
                    : null).ToArray(),
                SecretWith = indicators.Select(i => "{" + string.Join(',', i.Definition.SecretWith) + "}").ToArray(),
            }, transaction);

        if (changes > 0)
            await DataVersions.BumpAsync(connection, transaction, ValueWriter.DataDomain);
        return changes;
    }
}
