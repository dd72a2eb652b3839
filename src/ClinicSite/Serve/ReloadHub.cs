using System.Collections.Concurrent;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.Http;

namespace ClinicSite.Cli.Serve;

/// <summary>
/// The open pages waiting for changes, one Server-Sent Events stream each. Every event carries a build number that
/// goes up by one per event; a page knows the number it was served with, so after a lost connection (or a restarted
/// server) it can tell that it missed something and reload.
/// </summary>
internal sealed class ReloadHub : IDisposable
{
    /// <summary>Sent on connect with the current build number.</summary>
    public const string Hello = "hello";

    /// <summary>The site changed: reload the page.</summary>
    public const string Reload = "reload";

    /// <summary>Only stylesheets changed: swap them in place.</summary>
    public const string Css = "css";

    /// <summary>The build failed: reload to show the errors (every page is the error page until it is fixed).</summary>
    public const string Broken = "broken";

    private static readonly TimeSpan Heartbeat = TimeSpan.FromSeconds(15);

    private readonly ConcurrentDictionary<Channel<string>, byte> _clients = new();
    private readonly CancellationTokenSource _closing = new();
    private int _build;

    /// <summary>The number of the last event sent.</summary>
    public int Build => Volatile.Read(ref _build);

    /// <summary>How many pages are listening.</summary>
    public int Clients => _clients.Count;

    /// <summary>Sends an event to every listening page; the payload gets the new build number added as "build".</summary>
    public void Publish(string kind, IReadOnlyDictionary<string, object> payload)
    {
        var build = Interlocked.Increment(ref _build);
        var data = new Dictionary<string, object>(payload) { ["build"] = build };
        var message = $"event: {kind}\ndata: {Json(data)}\n\n";
        foreach (var client in _clients.Keys)
        {
            client.Writer.TryWrite(message);
        }
    }

    /// <summary>
    /// The payload as one line of JSON, written by hand rather than serialised by reflection (Native AOT): the values
    /// are numbers, text, lists of text and text-to-text maps, as <see cref="Publish"/>'s callers send.
    /// </summary>
    internal static string Json(IReadOnlyDictionary<string, object> payload)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var (key, value) in payload)
            {
                writer.WritePropertyName(key);
                WriteValue(writer, value);
            }

            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            case int number:
                writer.WriteNumberValue(number);
                break;
            case long number:
                writer.WriteNumberValue(number);
                break;
            case bool flag:
                writer.WriteBooleanValue(flag);
                break;
            case IEnumerable<KeyValuePair<string, string>> map:
                writer.WriteStartObject();
                foreach (var (key, item) in map)
                {
                    writer.WriteString(key, item);
                }

                writer.WriteEndObject();
                break;
            case IEnumerable<string> items:
                writer.WriteStartArray();
                foreach (var item in items)
                {
                    writer.WriteStringValue(item);
                }

                writer.WriteEndArray();
                break;
            default:
                throw new NotSupportedException($"A reload event cannot carry a {value.GetType().Name}.");
        }
    }

    /// <summary>Holds one page's event stream open until the page goes away or the server stops.</summary>
    public async Task StreamAsync(HttpContext context)
    {
        context.Response.ContentType = "text/event-stream; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        var channel = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
        _clients[channel] = 0;
        try
        {
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _closing.Token);
            // Registered before reading the number, so an event published in between is sent rather than lost.
            await WriteAsync(context, $"retry: 1000\nevent: {Hello}\ndata: {{\"build\":{Build}}}\n\n", stop.Token).ConfigureAwait(false);
            while (!stop.IsCancellationRequested)
            {
                using var beat = CancellationTokenSource.CreateLinkedTokenSource(stop.Token);
                beat.CancelAfter(Heartbeat);
                try
                {
                    await channel.Reader.WaitToReadAsync(beat.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (!stop.IsCancellationRequested)
                {
                    // A comment line now and then keeps proxies and idle timeouts from closing the stream.
                    await WriteAsync(context, ": keep-alive\n\n", stop.Token).ConfigureAwait(false);
                    continue;
                }

                while (channel.Reader.TryRead(out var message))
                {
                    await WriteAsync(context, message, stop.Token).ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The page closed or the server is stopping.
        }
        catch (IOException)
        {
            // The connection dropped mid-write.
        }
        finally
        {
            _clients.TryRemove(channel, out _);
        }
    }

    /// <summary>Ends every stream so the server can stop without waiting for open pages.</summary>
    public void Close() => _closing.Cancel();

    public void Dispose()
    {
        _closing.Cancel();
        _closing.Dispose();
    }

    private static async Task WriteAsync(HttpContext context, string text, CancellationToken ct)
    {
        await context.Response.WriteAsync(text, ct).ConfigureAwait(false);
        await context.Response.Body.FlushAsync(ct).ConfigureAwait(false);
    }
}
