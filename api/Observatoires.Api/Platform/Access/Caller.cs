using Observatoires.Api.Platform.Indicators.Catalogue;

namespace Observatoires.Api.Platform.Access;

/// <summary>
/// Who is asking. Every visibility rule of the platform asks this object, so that authentication (API keys,
/// roles, territorial scopes) plugs in by building a richer caller, without touching the endpoints.
/// </summary>
internal sealed record Caller(string? KeyId, CallerRole Role, IReadOnlyList<string> Scope)
{
    public static readonly Caller Anonymous = new(null, CallerRole.Anonymous, []);

    /// <summary>Agency staff see everything, including the numbers behind statistical secrecy.</summary>
    public bool IsAgency => Role is CallerRole.AgencyEditor or CallerRole.Admin;

    public bool CanSee(Confidentiality confidentiality) => confidentiality switch
    {
        Confidentiality.Public => true,
        Confidentiality.Partner => Role != CallerRole.Anonymous,
        _ => IsAgency,
    };

    /// <summary>Whether secret values are shown with their numbers (else only their status).</summary>
    public bool SeesSecretValues => IsAgency;
}

internal enum CallerRole { Anonymous, PartnerReader, PartnerEditor, AgencyEditor, Admin }

/// <summary>The caller of the current request (anonymous until authentication is plugged in).</summary>
internal interface ICallerAccessor
{
    Caller Current { get; }
}

internal sealed class AnonymousCallerAccessor : ICallerAccessor
{
    public Caller Current => Caller.Anonymous;
}
