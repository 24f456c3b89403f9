namespace Observatoires.Api.Observatories.Energie;

/// <summary>Integer allocation of a total by weights, exact (largest remainder).</summary>
internal static class Allocation
{
    public static long[] Largest(long total, IReadOnlyList<double> weights)
    {
        var result = new long[weights.Count];
        var sum = weights.Sum();
        if (weights.Count == 0 || sum <= 0)
            return result;
        var exact = weights.Select(w => total * w / sum).ToArray();
        for (var i = 0; i < exact.Length; i++)
            result[i] = (long)Math.Floor(exact[i]);
        var left = total - result.Sum();
        foreach (var i in Enumerable.Range(0, exact.Length).OrderByDescending(i => exact[i] - result[i]).ThenBy(i => i).Take((int)left))
            result[i]++;
        return result;
    }
}
