using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans.Configuration;

namespace Campo.Cluster;

/// <summary>The options of a silo started by <c>campo cluster silo</c>.</summary>
public sealed record SiloOptions
{
    /// <summary>The port silos talk to each other on.</summary>
    public required int SiloPort { get; init; }

    /// <summary>The port clients connect to (<c>--cluster HOST:GATEWAY</c>).</summary>
    public required int GatewayPort { get; init; }

    /// <summary>The primary silo's endpoint (development clustering), or null for this silo to be the primary.</summary>
    public IPEndPoint? Primary { get; init; }

    /// <summary>The address this silo listens on and advertises; loopback by default (one machine).</summary>
    public IPAddress Address { get; init; } = IPAddress.Loopback;

    /// <summary>The cluster's identity.</summary>
    public ClusterIdentity Identity { get; init; } = ClusterIdentity.FromEnvironment();

    /// <summary>Threads per batch; −1 for all cores.</summary>
    public int Threads { get; init; } = -1;
}

/// <summary>
/// Builds a Campo silo: Orleans with development clustering (the primary silo keeps the membership in memory: for one
/// machine or a trial; docs/cluster.md shows ADO.NET and Kubernetes membership for production), the cluster's identity,
/// the sweep worker and its cache. The host logs nothing (the command prints its own lines).
/// </summary>
public static class SiloHost
{
    /// <summary>How long a request may run before the caller gives up: a batch or opening a search may take minutes on a busy machine; a dead silo is noticed by the membership instead.</summary>
    public static TimeSpan ResponseTimeout { get; } = TimeSpan.FromMinutes(30);

    /// <summary>Builds (does not start) a silo host.</summary>
    /// <param name="options">Ports, primary, identity and threads.</param>
    public static IHost Build(SiloOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.UseOrleans(silo =>
        {
            var self = new IPEndPoint(options.Address, options.SiloPort);
            silo.UseDevelopmentClustering(options.Primary ?? self);
            silo.ConfigureEndpoints(options.Address, options.SiloPort, options.GatewayPort, listenOnAnyHostAddress: false);
            Configure(silo, options.Identity, options.Threads);
        });
        return builder.Build();
    }

    /// <summary>What every Campo silo needs, whatever its membership: the identity, the placement of sweep workers, their cache and the time a request may take.</summary>
    /// <param name="silo">The silo's builder.</param>
    /// <param name="identity">The cluster's identity.</param>
    /// <param name="threads">Threads per batch; −1 for all cores.</param>
    public static void Configure(ISiloBuilder silo, ClusterIdentity identity, int threads)
    {
        ArgumentNullException.ThrowIfNull(silo);
        ArgumentNullException.ThrowIfNull(identity);
        silo.Configure<ClusterOptions>(o =>
        {
            o.ClusterId = identity.ClusterId;
            o.ServiceId = identity.ServiceId;
        });
        silo.Configure<SiloMessagingOptions>(o => o.ResponseTimeout = ResponseTimeout);
        silo.Services.AddSingleton(_ => new SweepContexts(threads));
        silo.Services.AddPlacementDirector<TargetSiloPlacement, TargetSiloPlacementDirector>();
    }
}
