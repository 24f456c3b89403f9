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
    /// <summary>
    /// Places again the module's demo objects of the given communes (ids <c>commune:NNNNN</c>) inside their current
    /// contours, recomputes what derives from their geometry and bumps the module's data versions. Returns the number
    /// of objects placed.
    /// </summary>
    Task<int> FollowCommuneContoursAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyCollection<string> communes);
}
