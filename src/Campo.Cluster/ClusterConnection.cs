using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans.Configuration;

namespace Campo.Cluster;

/// <summary>
/// A client's connection to a Campo cluster through one or more gateways (<c>--cluster HOST:GATEWAY[,HOST:GATEWAY]</c>),
/// presenting the cluster's identity (<see cref="ClusterIdentity"/>). A gateway where no silo of that cluster answers is
/// a <see cref="ClusterUnavailableException"/>.
/// </summary>
public sealed class ClusterConnection : IDisposable
{
    private readonly IHost? _host;

    /// <summary>A connection over an existing client (a test cluster's).</summary>
    /// <param name="client">The client.</param>
    /// <param name="gateway">The gateway as the user would type it (for messages).</param>
    /// <param name="identity">The identity the client presents.</param>
    public ClusterConnection(IClusterClient client, string gateway, ClusterIdentity identity)
        : this(client, gateway, identity, null)
    {
    }

    private ClusterConnection(IClusterClient client, string gateway, ClusterIdentity identity, IHost? host)
    {
        Client = client ?? throw new ArgumentNullException(nameof(client));
        Gateway = gateway ?? throw new ArgumentNullException(nameof(gateway));
        Identity = identity ?? throw new ArgumentNullException(nameof(identity));
        _host = host;
    }

    /// <summary>How long connecting to the cluster may take before the gateway counts as unreachable (a gateway of another cluster id refuses the handshake and is retried until then).</summary>
    public static TimeSpan DefaultConnectTimeout { get; } = TimeSpan.FromSeconds(20);

    /// <summary>The Orleans client.</summary>
    public IClusterClient Client { get; }

    /// <summary>The gateway as typed.</summary>
    public string Gateway { get; }

    /// <summary>The identity presented.</summary>
    public ClusterIdentity Identity { get; }

    /// <summary>Reads <c>HOST:PORT[,HOST:PORT...]</c>.</summary>
    /// <param name="text">The option's value.</param>
    /// <param name="gateways">The endpoints.</param>
    /// <returns>False when a part is malformed.</returns>
    public static bool TryParseGateways(string? text, out IPEndPoint[] gateways)
    {
        gateways = [];
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var list = new List<IPEndPoint>();
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (!ClusterEndpoint.TryParse(part, out var endpoint))
            {
                return false;
            }

            list.Add(endpoint);
        }

        gateways = [.. list];
        return gateways.Length > 0;
    }

    /// <summary>Connects to the cluster.</summary>
    /// <param name="gateway">The gateways as typed (<c>HOST:PORT[,HOST:PORT]</c>), already checked by <see cref="TryParseGateways"/>.</param>
    /// <param name="identity">The identity to present.</param>
    /// <param name="cancellationToken">Stops the attempt.</param>
    /// <param name="timeout">How long to try; null for <see cref="DefaultConnectTimeout"/>.</param>
    /// <exception cref="ClusterUnavailableException">No silo of the cluster answers.</exception>
    public static ClusterConnection Connect(string gateway, ClusterIdentity identity, CancellationToken cancellationToken, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(identity);
        if (!TryParseGateways(gateway, out var endpoints))
        {
            throw new ClusterUnavailableException(gateway, ClusterFailure.NotReachable, "HOST:PORT expected");
        }

        // A gateway where nothing listens is found out at once (Orleans's client would retry for minutes).
        if (Probe(endpoints, cancellationToken) is { } refused)
        {
            throw new ClusterUnavailableException(gateway, ClusterFailure.NotReachable, refused);
        }

        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.UseOrleansClient(client =>
        {
            client.UseStaticClustering(endpoints);
            client.Configure<ClusterOptions>(o =>
            {
                o.ClusterId = identity.ClusterId;
                o.ServiceId = identity.ServiceId;
            });
            client.Configure<ClientMessagingOptions>(o => o.ResponseTimeout = SiloHost.ResponseTimeout);
        });
        var host = builder.Build();
        try
        {
            host.StartAsync(cancellationToken).WaitAsync(timeout ?? DefaultConnectTimeout, cancellationToken).GetAwaiter().GetResult();
            var connection = new ClusterConnection(host.Services.GetRequiredService<IClusterClient>(), gateway, identity, host);
            // A gateway that took the connection but belongs to no Campo cluster of this id is found out here.
            _ = connection.Client.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true).WaitAsync(TimeSpan.FromSeconds(30), cancellationToken).GetAwaiter().GetResult();
            return connection;
        }
        catch (Exception error) when (error is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            host.Dispose();
            throw new ClusterUnavailableException(gateway, ClusterFailure.NotReachable, error.Message, error);
        }
    }

    /// <summary>Opens and closes a TCP connection to each gateway: null when one accepts, else the last refusal.</summary>
    private static string? Probe(IPEndPoint[] endpoints, CancellationToken cancellationToken)
    {
        string? refusal = null;
        foreach (var endpoint in endpoints)
        {
            using var socket = new System.Net.Sockets.TcpClient();
            try
            {
                socket.ConnectAsync(endpoint, cancellationToken).AsTask().WaitAsync(TimeSpan.FromSeconds(10), cancellationToken).GetAwaiter().GetResult();
                return null;
            }
            catch (Exception error) when (error is System.Net.Sockets.SocketException or TimeoutException)
            {
                refusal = error.Message;
            }
        }

        return refusal;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (_host is null)
        {
            return;
        }

        try
        {
            _host.StopAsync(TimeSpan.FromSeconds(5)).GetAwaiter().GetResult();
        }
        catch (Exception error) when (error is OperationCanceledException or TimeoutException or Orleans.Runtime.OrleansException)
        {
            // The cluster is gone already: nothing to close politely.
        }

        _host.Dispose();
    }
}
