using Npgsql;

namespace Observatoires.Api.Platform.Territories;

/// <summary>
/// A module whose objects are placed from the commune contours (demo objects drawn inside their commune). After a
/// contour import, the platform calls every such module in the import's transaction, so that nothing is left outside
/// its new commune and a refused follow-up undoes the import. The platform knows the modules only by this interface
/// (Program.cs lists them). Only generated demo objects may move: imported, drawn or edited ones never do.
/// </summary>
internal interface ICommuneContourFollower : IModule
{
    /// <summary>The data domain of the objects that follow the contours: the platform bumps it when any moved.</summary>
    string DataDomain { get; }

    /// <summary>
    /// Places again the module's demo objects of the given communes (ids <c>commune:NNNNN</c>) inside their current
    /// contours and recomputes what derives from their geometry. Returns the number of objects placed.
    /// </summary>
    Task<int> FollowCommuneContoursAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyCollection<string> communes);
}
