namespace Observatoires.Api.Observatories.Transitions;

/// <summary>Where a Donut dimension's value stands against its bound.</summary>
/// <param name="Position">Signed distance beyond the bound as a share of it: positive beyond (a shortfall below a floor, an overshoot above a ceiling), negative inside the safe space.</param>
/// <param name="Gap">The same, 0 inside the safe space: what the chart's wedge shows.</param>
internal sealed record BoundaryReading(double Position, double Gap, string Status);

/// <summary>
/// The Donut's normalisation. A dimension's bound is a minimum when higher is better (up), a maximum when lower is
/// better (down). The distance beyond it is a share of the bound, so that dimensions in different units compare:
/// shortfall below a floor = (floor − value) ÷ floor, overshoot above a ceiling = (value − ceiling) ÷ ceiling, and
/// the same for the other direction with the signs swapped. By hand: a poverty rate of 18 % against a limit of
/// 14.5 % (down) → (18 − 14.5) ÷ 14.5 = 0.2414, a shortfall of 24 %; a social-housing share of 25 % against a floor
/// of 20 % (up) → (20 − 25) ÷ 20 = −0.25, inside the safe space (gap 0).
/// </summary>
internal static class Boundaries
{
    public const string Social = "social", Ecological = "ecological";
    public const string Up = "up", Down = "down";

    public const string Shortfall = "shortfall", Overshoot = "overshoot", Within = "within", NoData = "no_data", Restricted = "restricted";

    public static BoundaryReading Read(string ring, string direction, double bound, double value)
    {
        var position = direction == Up ? (bound - value) / bound : (value - bound) / bound;
        var beyond = position > 0;
        return new(position, beyond ? position : 0, !beyond ? Within : ring == Social ? Shortfall : Overshoot);
    }

    public static string Label(string status) => status switch
    {
        Shortfall => "sous le plancher social",
        Overshoot => "au-delà du plafond écologique",
        Within => "dans l'espace juste et sûr",
        Restricted => "réservé",
        _ => "sans donnée",
    };
}
