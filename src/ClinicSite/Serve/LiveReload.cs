using System.Text;
using ClinicSite.Engine.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;

namespace ClinicSite.Cli.Serve;

/// <summary>
/// What 'serve' adds in front of the static host: answers /_clinicsite/ (the event stream, the reload script, the
/// error page's stylesheet), adds the reload script to every HTML response, and while the build is broken answers
/// every HTML request with the error page instead. Files on disk are never changed.
/// </summary>
internal sealed class LiveReload(ReloadHub hub, Func<IReadOnlyList<Diagnostic>?> errors, Func<bool> building, string inputName, string outputName)
{
    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        switch (context.Request.Path.Value)
        {
            case ReloadAssets.EventsPath:
                await hub.StreamAsync(context).ConfigureAwait(false);
                return;
            case ReloadAssets.ScriptPath:
                await SendAsync(context, "text/javascript; charset=utf-8", ReloadAssets.Script).ConfigureAwait(false);
                return;
            case ReloadAssets.StylePath:
                await SendAsync(context, "text/css; charset=utf-8", ReloadAssets.Style).ConfigureAwait(false);
                return;
        }

        if (building())
        {
            // Until the first build ends the folder may be empty or stale: ask the browser to come back instead.
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.Response.Headers.RetryAfter = BuildingPage.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            await SendAsync(context, "text/html; charset=utf-8", BuildingPage.Render(inputName, hub.Build)).ConfigureAwait(false);
            return;
        }

        // HEAD is answered as GET without the body, so its Content-Length counts the reload script too.
        var head = HttpMethods.IsHead(context.Request.Method);
        if (head)
        {
            context.Request.Method = HttpMethods.Get;
        }

        // The validators describe the file on disk, not the page with the script in it, and a 304 would show the
        // browser's copy from before the last rebuild (or before the build broke). Always send the page.
        context.Request.Headers.Remove(HeaderNames.IfNoneMatch);
        context.Request.Headers.Remove(HeaderNames.IfModifiedSince);

        var original = context.Features.GetRequiredFeature<IHttpResponseBodyFeature>();
        await using var capture = new HtmlCaptureStream(context.Response, head ? Stream.Null : original.Stream);
        var feature = new StreamResponseBodyFeature(capture, original);
        context.Features.Set<IHttpResponseBodyFeature>(feature);
        try
        {
            await next(context).ConfigureAwait(false);
            await feature.CompleteAsync().ConfigureAwait(false);
        }
        finally
        {
            context.Features.Set(original);
            if (head)
            {
                context.Request.Method = HttpMethods.Head;
            }
        }

        if (capture.Html is { } html)
        {
            await SendPageAsync(context, html.ToArray(), head).ConfigureAwait(false);
        }
        else if (errors() is not null && context.Response.StatusCode == StatusCodes.Status404NotFound && !context.Response.HasStarted)
        {
            // The first build failed and left nothing to serve: show its errors rather than "not found".
            await SendPageAsync(context, [], head).ConfigureAwait(false);
        }
    }

    private async Task SendPageAsync(HttpContext context, byte[] page, bool head)
    {
        var response = context.Response;
        var build = hub.Build;
        byte[] body;
        if (errors() is { } failed)
        {
            response.StatusCode = StatusCodes.Status500InternalServerError;
            response.ContentType = "text/html; charset=utf-8";
            body = Encoding.UTF8.GetBytes(ErrorPage.Render(failed, outputName, build));
        }
        else
        {
            body = InjectScript(page, build);
        }

        response.Headers.Remove(HeaderNames.ETag);
        response.Headers.Remove(HeaderNames.LastModified);
        response.ContentLength = body.Length;
        if (!head)
        {
            await response.Body.WriteAsync(body, context.RequestAborted).ConfigureAwait(false);
        }
    }

    /// <summary>Puts the script tag before the last &lt;/body&gt; (or at the end when there is none).</summary>
    internal static byte[] InjectScript(byte[] html, int build)
    {
        var tag = Encoding.UTF8.GetBytes(ReloadAssets.ScriptTag(build) + "\n");
        var at = LastIndexOfBodyEnd(html);
        if (at < 0)
        {
            at = html.Length;
        }

        return [.. html.AsSpan(0, at), .. tag, .. html.AsSpan(at)];
    }

    private static int LastIndexOfBodyEnd(byte[] html)
    {
        var needle = "</body"u8;
        for (var i = html.Length - needle.Length; i >= 0; i--)
        {
            var match = true;
            for (var j = 0; j < needle.Length && match; j++)
            {
                // ASCII lower-casing: tag names may be written in any case.
                match = (html[i + j] | (needle[j] is >= (byte)'a' and <= (byte)'z' ? 0x20 : 0)) == needle[j];
            }

            if (match)
            {
                return i;
            }
        }

        return -1;
    }

    private static async Task SendAsync(HttpContext context, string contentType, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        context.Response.ContentType = contentType;
        context.Response.Headers.CacheControl = "no-store";
        context.Response.ContentLength = bytes.Length;
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await context.Response.Body.WriteAsync(bytes, context.RequestAborted).ConfigureAwait(false);
        }
    }
}
