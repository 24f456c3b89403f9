// Deliberate mistakes and their correct neighbours, so that the type rule of DesignConventionTests is shown to fail.
namespace Observatoires.Tests.Architecture.Samples.Conventions;

/// <summary>Refused: public.</summary>
public sealed class Exposed;

/// <summary>Refused: could be sealed.</summary>
internal class Unsealed;

/// <summary>Refused: a record is a class too.</summary>
internal record OpenRecord(int Id);

/// <summary>Fine: another class derives from it.</summary>
internal class Base
{
    /// <summary>Fine: public, but inside an internal type, so invisible outside the assembly.</summary>
    public sealed class Nested;
}

internal sealed class Derived : Base;

internal abstract class Abstract;

internal sealed record Row(int Id);

internal interface IThing;

internal enum Kind { One }

internal static class Helpers
{
    // The lambda and the iterator make compiler-generated classes, which the rule leaves alone.
    public static readonly Func<int, int> Next = x => x + 1;

    public static IEnumerable<int> Count(int n)
    {
        for (var i = 0; i < n; i++)
            yield return i;
    }
}
