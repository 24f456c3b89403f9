using Observatoires.Api.Platform.Indicators.Catalogue;

namespace Observatoires.Api.Platform.Access;

/// <summary>
/// Who is asking: anonymous, or an API key with its role and territorial scope. Every visibility and write rule
/// of the platform asks this object, so that no endpoint re-implements them.
/// </summary>
/// <param name="Scope">Territories the key is limited to (empty: all). Only partner keys have one (<see cref="TakesScope"/>).</param>
/// <param name="ScopeCommunes">The communes of the scope (a commune is in scope when it is listed here).</param>
internal sealed record Caller(int? KeyId, string? KeyName, CallerRole Role, IReadOnlyList<string> Scope, IReadOnlySet<string> ScopeCommunes)
{
    public static readonly Caller Anonymous = new(null, null, CallerRole.Anonymous, [], new HashSet<string>());

    /// <summary>Agency staff see everything, including the numbers behind statistical secrecy.</summary>
    public bool IsAgency => Role is CallerRole.AgencyEditor or CallerRole.Admin;

    public bool IsPartner => Role is CallerRole.PartnerReader or CallerRole.PartnerEditor;

    /// <summary>
    /// Whether a key of this role may be limited to territories. Agency staff see and edit everything, so a scope on
    /// their key would be shown and not applied: it is refused when the key is created (and by the database).
    /// </summary>
    public static bool TakesScope(CallerRole role) => role is CallerRole.PartnerReader or CallerRole.PartnerEditor;

    /// <summary>Whether data of this confidentiality exists for the caller (else: 404, its existence does not leak).</summary>
    public bool CanSee(Confidentiality confidentiality) => confidentiality switch
    {
        Confidentiality.Public => true,
        Confidentiality.Partner => IsPartner || IsAgency,
        _ => IsAgency,
    };

    /// <summary>
    /// Whether the caller may see the figures of data of this confidentiality about a territory (given by its id
    /// and its communes; none for a commune): partners see partner data inside their scope only, and an aggregate
    /// over communes outside it would reveal them.
    /// </summary>
    public bool CanSeeFiguresOf(Confidentiality confidentiality, string territory, IReadOnlyCollection<string> communes) =>
        CanSee(confidentiality) && (confidentiality == Confidentiality.Public || IsAgency || Covers(territory, communes));

    /// <summary>Whether the caller may write an object lying in this territory (its commune, its EPCI...).</summary>
    public bool CanWrite(string territory, IReadOnlyCollection<string> communes) =>
        Role is CallerRole.PartnerEditor or CallerRole.AgencyEditor or CallerRole.Admin && (IsAgency || Covers(territory, communes));

    /// <summary>Whether the scope contains the territory: unlimited, listed, or all its communes are in scope.</summary>
    public bool Covers(string territory, IReadOnlyCollection<string> communes) =>
        Scope.Count == 0 || Scope.Contains(territory)
        || (communes.Count > 0 ? communes.All(ScopeCommunes.Contains) : ScopeCommunes.Contains(territory));

    /// <summary>Whether secret values are shown with their numbers (else only their status).</summary>
    public bool SeesSecretValues => IsAgency;

    /// <summary>The command line (./observatoires import...): whoever runs it holds the database, hence admin.</summary>
    public static Caller CommandLine => new(null, $"command line ({Environment.UserName})", CallerRole.Admin, [], new HashSet<string>());

    /// <summary>How the audit log names the caller.</summary>
    public string Actor => KeyId is { } id ? $"key {id} ({KeyName})" : KeyName ?? "anonymous";
}

internal enum CallerRole { Anonymous, PartnerReader, PartnerEditor, AgencyEditor, Admin }

/// <summary>The caller of the current request.</summary>
internal interface ICallerAccessor
{
    Caller Current { get; }
}
