using Campo.Cluster;
using Orleans.TestingHost;

namespace Campo.Cli.Tests.Cluster;

/// <summary>
/// An in-process Orleans cluster of three Campo silos on loopback (Microsoft.Orleans.TestingHost), with the cluster id
/// and service id a client presents by default ("campo"). Each silo judges a batch on one thread, so that three silos
/// on a small machine do not fight over its cores.
/// </summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    /// <summary>The running test cluster.</summary>
    public TestCluster Cluster { get; private set; } = null!;

    /// <summary>The primary silo's gateway as a user types it.</summary>
    public string Gateway => "127.0.0.1:" + Cluster.Primary!.GatewayAddress!.Endpoint.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A connection over the test cluster's own client.</summary>
    public ClusterConnection Connection => new(Cluster.Client, Gateway, new ClusterIdentity(ClusterIdentity.DefaultId, ClusterIdentity.DefaultId));

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        var builder = new TestClusterBuilder(3);
        builder.Options.ClusterId = ClusterIdentity.DefaultId;
        builder.Options.ServiceId = ClusterIdentity.DefaultId;
        // Real sockets on loopback (the default is an in-memory transport that a client of the command line cannot reach).
        builder.Options.ConnectionTransport = ConnectionTransportType.TcpSocket;
        builder.AddSiloBuilderConfigurator<CampoSilo>();
        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        await Cluster.StopAllSilosAsync();
        await Cluster.DisposeAsync();
    }

    /// <summary>The silo's sweep cache (in-process silos share the test's process).</summary>
    public static SweepContexts ContextsOf(SiloHandle silo) =>
        ((InProcessSiloHandle)silo).SiloHost.Services.GetService(typeof(SweepContexts)) as SweepContexts
        ?? throw new InvalidOperationException("The silo has no sweep cache.");

    private sealed class CampoSilo : ISiloConfigurator
    {
        public void Configure(ISiloBuilder siloBuilder) => SiloHost.Configure(siloBuilder, new ClusterIdentity(ClusterIdentity.DefaultId, ClusterIdentity.DefaultId), threads: 1);
    }
}

/// <summary>The tests that share the three-silo cluster run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class ClusterCollection : ICollectionFixture<ClusterFixture>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Orleans test cluster";
}
