using Npgsql;

namespace Observatoires.Api.Platform.Data;

internal static class DataSource
{
    public const string ConnectionStringName = "Observatoires";

    /// <summary>The one NpgsqlDataSource of the process (it owns the connection pool).</summary>
    public static NpgsqlDataSource Create(IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString(ConnectionStringName);
        if (string.IsNullOrWhiteSpace(connectionString))
            throw new InvalidOperationException(
                "No database configured: set ConnectionStrings__Observatoires (an Npgsql connection string), " +
                "or start the platform with ./observatoires run");
        var builder = new NpgsqlDataSourceBuilder(connectionString);
        builder.ConnectionStringBuilder.ApplicationName ??= "observatoires-api";
        return builder.Build();
    }
}
