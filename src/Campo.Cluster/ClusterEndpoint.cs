using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Campo.Cluster;

/// <summary>Reads <c>HOST:PORT</c> (the <c>--cluster</c> and <c>--primary</c> options) into an endpoint.</summary>
public static class ClusterEndpoint
{
    /// <summary>Parses <c>HOST:PORT</c>: an IPv4 address or a host name (resolved, IPv4 first), and a port from 1 to 65535.</summary>
    /// <param name="text">The text as typed.</param>
    /// <param name="endpoint">The endpoint, when the text is one.</param>
    /// <returns>False when the text is malformed or the host cannot be resolved.</returns>
    public static bool TryParse(string? text, out IPEndPoint endpoint)
    {
        endpoint = new IPEndPoint(IPAddress.Loopback, 0);
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var colon = text.LastIndexOf(':');
        if (colon <= 0 || !int.TryParse(text.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port is < 1 or > 65535)
        {
            return false;
        }

        var host = text[..colon].Trim('[', ']');
        if (IPAddress.TryParse(host, out var address))
        {
            endpoint = new IPEndPoint(address, port);
            return true;
        }

        try
        {
            var addresses = Dns.GetHostAddresses(host);
            var chosen = addresses.FirstOrDefault(a => a.AddressFamily == AddressFamily.InterNetwork) ?? addresses.FirstOrDefault();
            if (chosen is null)
            {
                return false;
            }

            endpoint = new IPEndPoint(chosen, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
