using FastEndpoints;

// Deliberate mistakes, so that the registration, name and folder rules are shown to fail (ModuleRegistrationTests).
// FastEndpoints is handed the API's module lists only: nothing here is ever served.
namespace Observatoires.Tests.Architecture.Samples.Modules.Shops.ListShops
{
    internal sealed class Request
    {
        public string? Name { get; set; }

        /// <summary>Forgotten by the module: the request would go unvalidated.</summary>
        internal sealed class Validator : Validator<Request>;
    }

    internal sealed class Endpoint : Endpoint<Request>
    {
        public override void Configure() => Get("/samples/shops");
    }
}

namespace Observatoires.Tests.Architecture.Samples.Modules.Shops.ShowShop
{
    internal sealed class Request
    {
        public int Id { get; set; }

        internal sealed class Validator : Validator<Request>;
    }

    /// <summary>Listed by Shops and, wrongly, by the archive too.</summary>
    internal sealed class Endpoint : Endpoint<Request>
    {
        public override void Configure() => Get("/samples/shops/{id}");
    }
}

// A folder whose name starts with "Shops": a prefix test would wrongly give its endpoint to the Shops module.
namespace Observatoires.Tests.Architecture.Samples.Modules.ShopsArchive.ListArchivedShops
{
    internal sealed class Endpoint : EndpointWithoutRequest
    {
        public override void Configure() => Get("/samples/archive");
    }
}
