using Microsoft.AspNetCore.Http;

namespace ClinicSite.Cli.Serve;

/// <summary>
/// The response body as the static host writes it: an HTML response is held in memory (so the reload script can be
/// added, or the error page put in its place); anything else goes straight through. Decided at the first write, when
/// the host has set the content type.
/// </summary>
internal sealed class HtmlCaptureStream(HttpResponse response, Stream inner) : Stream
{
    private bool _decided;

    /// <summary>The held HTML, or null when the response is not an HTML page.</summary>
    public MemoryStream? Html { get; private set; }

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    private Stream Target
    {
        get
        {
            if (!_decided)
            {
                _decided = true;
                // A 206 is part of a file: adding to it would corrupt the whole.
                if (IsHtml(response.ContentType) && response.StatusCode != StatusCodes.Status206PartialContent)
                {
                    Html = new MemoryStream();
                    response.ContentLength = null;
                }
            }

            return (Stream?)Html ?? inner;
        }
    }

    public static bool IsHtml(string? contentType) =>
        contentType is not null && contentType.StartsWith("text/html", StringComparison.OrdinalIgnoreCase);

    public override void Write(byte[] buffer, int offset, int count) => Target.Write(buffer, offset, count);

    public override void Write(ReadOnlySpan<byte> buffer) => Target.Write(buffer);

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        Target.WriteAsync(buffer, offset, count, cancellationToken);

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default) =>
        Target.WriteAsync(buffer, cancellationToken);

    public override void Flush() => Target.Flush();

    public override Task FlushAsync(CancellationToken cancellationToken) => Target.FlushAsync(cancellationToken);

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Html?.Dispose();
        }

        base.Dispose(disposing);
    }
}
