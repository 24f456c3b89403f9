namespace Observatoires.Api.Platform.Access;

/// <summary>The roles of API keys, as keys store them and endpoints require them.</summary>
internal static class RoleNames
{
    public const string PartnerReader = "partner_reader", PartnerEditor = "partner_editor", AgencyEditor = "agency_editor", Admin = "admin";

    /// <summary>Who writes objects: partner editors inside their scope, the agency anywhere (Caller.CanWrite).</summary>
    public static readonly string[] ObjectEditors = [PartnerEditor, AgencyEditor, Admin];

    /// <summary>Imports and the agency's settings.</summary>
    public static readonly string[] Agency = [AgencyEditor, Admin];

    public static readonly string[] All = [PartnerReader, PartnerEditor, AgencyEditor, Admin];
}
