namespace Campo.Cluster;

/// <summary>
/// The identity a client must present to a Campo cluster: Orleans's <c>ClusterOptions.ClusterId</c> and
/// <c>ServiceId</c>. A silo refuses a connection from a client of another cluster id (Orleans's handshake), and Campo's
/// silos refuse work whose request names another cluster id (a second check of our own). Set it with
/// <c>CAMPO_CLUSTER_ID</c> and <c>CAMPO_SERVICE_ID</c> on every machine, or <c>--cluster-id</c> on <c>campo cluster silo</c>
/// (docs/cluster.md). It names a cluster; it is not a secret: beyond a trusted network, use TLS (docs/cluster.md).
/// </summary>
/// <param name="ClusterId">The cluster's id; default "campo".</param>
/// <param name="ServiceId">The service's id; default "campo".</param>
public sealed record ClusterIdentity(string ClusterId, string ServiceId)
{
    /// <summary>The environment variable that sets the cluster id.</summary>
    public const string ClusterIdVariable = "CAMPO_CLUSTER_ID";

    /// <summary>The environment variable that sets the service id.</summary>
    public const string ServiceIdVariable = "CAMPO_SERVICE_ID";

    /// <summary>The default id of both.</summary>
    public const string DefaultId = "campo";

    /// <summary>The identity from the environment (<see cref="ClusterIdVariable"/>, <see cref="ServiceIdVariable"/>), else the defaults.</summary>
    /// <param name="clusterId">A cluster id given on the command line, which wins over the environment; or null.</param>
    public static ClusterIdentity FromEnvironment(string? clusterId = null) => new(
        NonEmpty(clusterId) ?? NonEmpty(Environment.GetEnvironmentVariable(ClusterIdVariable)) ?? DefaultId,
        NonEmpty(Environment.GetEnvironmentVariable(ServiceIdVariable)) ?? DefaultId);

    private static string? NonEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
