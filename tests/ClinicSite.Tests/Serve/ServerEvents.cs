using System.Text;
using System.Text.Json;

namespace ClinicSite.Tests.Serve;

/// <summary>serve's event stream read the way a browser's EventSource reads it; every wait ends with a failure at its timeout.</summary>
internal sealed class ServerEvents : IDisposable
{
    private readonly HttpResponseMessage _response;
    private readonly StreamReader _reader;

    private ServerEvents(HttpResponseMessage response, Stream body)
    {
        _response = response;
        _reader = new StreamReader(body, Encoding.UTF8);
    }

    /// <summary>Connects and waits for the hello event, after which every rebuild is sure to reach this stream.</summary>
    public static async Task<ServerEvents> ConnectAsync(HttpClient client, TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        var response = await client.GetAsync("_clinicsite/events", HttpCompletionOption.ResponseHeadersRead, cts.Token);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        var events = new ServerEvents(response, await response.Content.ReadAsStreamAsync(cts.Token));
        var hello = await events.NextAsync(timeout);
        Assert.Equal("hello", hello.Kind);
        return events;
    }

    /// <summary>The next event, whatever its kind; fails the test if none comes within <paramref name="timeout"/>.</summary>
    public async Task<ServerEvent> NextAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        string? kind = null;
        var data = new StringBuilder();
        try
        {
            while (true)
            {
                var line = await _reader.ReadLineAsync(cts.Token) ?? throw new InvalidOperationException("The event stream ended.");
                if (line.Length == 0)
                {
                    if (kind is not null)
                    {
                        return new ServerEvent(kind, JsonDocument.Parse(data.ToString()).RootElement.Clone());
                    }

                    continue;
                }

                if (line.StartsWith("event: ", StringComparison.Ordinal))
                {
                    kind = line["event: ".Length..];
                }
                else if (line.StartsWith("data: ", StringComparison.Ordinal))
                {
                    data.Append(line["data: ".Length..]);
                }
            }
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"No event from serve within {timeout.TotalSeconds} s.");
        }
    }

    public void Dispose()
    {
        _reader.Dispose();
        _response.Dispose();
    }
}
