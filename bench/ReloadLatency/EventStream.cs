namespace ClinicSite.Bench.ReloadLatency;

/// <summary>serve's Server-Sent Events stream, read line by line like a browser's EventSource.</summary>
internal sealed class EventStream : IDisposable
{
    private readonly HttpResponseMessage _response;
    private readonly StreamReader _reader;

    private EventStream(HttpResponseMessage response, Stream body)
    {
        _response = response;
        _reader = new StreamReader(body);
    }

    /// <summary>Connects and reads the 'hello' event, after which every rebuild reaches this stream.</summary>
    public static async Task<EventStream> ConnectAsync(HttpClient client, TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        var response = await client.GetAsync("_clinicsite/events", HttpCompletionOption.ResponseHeadersRead, cts.Token);
        response.EnsureSuccessStatusCode();
        var stream = new EventStream(response, await response.Content.ReadAsStreamAsync(cts.Token));
        var hello = await stream.NextAsync(timeout);
        return hello == "hello" ? stream : throw new InvalidOperationException($"Expected 'hello' first, got '{hello}'.");
    }

    /// <summary>The kind of the next event; its data is read and dropped.</summary>
    public async Task<string> NextAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        string? kind = null;
        try
        {
            while (true)
            {
                var line = await _reader.ReadLineAsync(cts.Token) ?? throw new IOException("serve closed the event stream.");
                if (line.Length == 0 && kind is not null)
                {
                    return kind;
                }

                if (line.StartsWith("event: ", StringComparison.Ordinal))
                {
                    kind = line["event: ".Length..];
                }
            }
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"no event from serve within {timeout.TotalSeconds:0} s");
        }
    }

    public void Dispose()
    {
        _reader.Dispose();
        _response.Dispose();
    }
}
