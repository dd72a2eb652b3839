using System.Net;
using System.Net.Sockets;

namespace ClinicSite.Tests.Support;

/// <summary>Loopback ports for CLI processes that must be told one up front.</summary>
internal static class Ports
{
    /// <summary>A port that was free a moment ago (the OS picks it).</summary>
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
