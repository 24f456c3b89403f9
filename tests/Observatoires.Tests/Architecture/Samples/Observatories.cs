// A deliberate violation, so that the boundary rule is shown to fail when a module uses another.
namespace Observatoires.Tests.Architecture.Samples.Observatories.Housing
{
    internal sealed class Dwelling
    {
        public int Rooms { get; init; }
    }
}

namespace Observatoires.Tests.Architecture.Samples.Observatories.Shops
{
    internal sealed class Shop
    {
        public Housing.Dwelling? UpstairsFlat { get; init; }
    }
}
