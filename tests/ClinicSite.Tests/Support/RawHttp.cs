using System.Globalization;
using System.Net.Sockets;
using System.Text;

namespace ClinicSite.Tests.Support;

/// <summary>
/// A GET sent as raw bytes over a socket: HttpClient would normalise the path (remove dot segments, decode escapes)
/// before it reached the server, and traversal tests need the server to see exactly what an attacker sends.
/// </summary>
internal static class RawHttp
{
    public static async Task<(int Status, string Body)> GetAsync(Uri server, string target, TimeSpan timeout)
    {
        using var tcp = new TcpClient();
        using var cts = new CancellationTokenSource(timeout);
        await tcp.ConnectAsync(server.Host, server.Port, cts.Token);
        await using var stream = tcp.GetStream();
        var request = Encoding.ASCII.GetBytes($"GET {target} HTTP/1.1\r\nHost: {server.Authority}\r\nConnection: close\r\n\r\n");
        await stream.WriteAsync(request, cts.Token);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var response = await reader.ReadToEndAsync(cts.Token);
        var status = int.Parse(response.Split(' ', 3)[1], CultureInfo.InvariantCulture);
        return (status, response);
    }
}
