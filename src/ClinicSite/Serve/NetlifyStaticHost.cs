using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace ClinicSite.Cli.Serve;

/// <summary>
/// Serves a built site the way Netlify would: pretty URLs, the rules of <c>_headers</c> and <c>_redirects</c>, and
/// <c>404.html</c> with status 404. Used by the <c>serve</c> command and by the browser tests.
/// </summary>
internal sealed class NetlifyStaticHost : IAsyncDisposable
{
    private const string NotFoundPage = "404.html";
    private static readonly string[] HiddenFiles = ["/_headers", "/_redirects"];

    private readonly WebApplication _app;
    private readonly string _root;
    private readonly RuleFile<HeaderRules> _headers;
    private readonly RuleFile<RedirectRules> _redirects;

    private NetlifyStaticHost(WebApplication app, string root)
    {
        _app = app;
        _root = root;
        _headers = new RuleFile<HeaderRules>(Path.Combine(root, "_headers"), HeaderRules.Parse, HeaderRules.Empty);
        _redirects = new RuleFile<RedirectRules>(Path.Combine(root, "_redirects"), RedirectRules.Parse, RedirectRules.Empty);
    }

    /// <summary>The address the site is served on, with a trailing slash (e.g. http://127.0.0.1:41234/).</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>The folder being served (full path).</summary>
    public string Root => _root;

    /// <summary>
    /// Starts serving <paramref name="root"/> on <paramref name="host"/>:<paramref name="port"/> (port 0 picks a free one).
    /// <paramref name="configure"/> may add middleware; it runs after the headers are hooked and before any file is served.
    /// </summary>
    public static async Task<NetlifyStaticHost> StartAsync(
        string root,
        string host = "127.0.0.1",
        int port = 0,
        Action<WebApplication>? configure = null,
        CancellationToken ct = default)
    {
        var fullRoot = Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar);
        if (!Directory.Exists(fullRoot))
        {
            throw new DirectoryNotFoundException($"Cannot serve '{root}': the folder does not exist. Build the site first.");
        }

        var address = host == "localhost" ? IPAddress.Loopback
            : IPAddress.TryParse(host, out var parsed) ? parsed
            : throw new ArgumentException($"'{host}' is not an IP address; use 127.0.0.1 (this machine only) or 0.0.0.0 (every interface).", nameof(host));

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = fullRoot, Args = [] });
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Listen(address, port);
        });

        var app = builder.Build();
        var server = new NetlifyStaticHost(app, fullRoot);
        server.Configure(configure);
        await app.StartAsync(ct).ConfigureAwait(false);

        var bound = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        server.BaseAddress = new Uri(bound.TrimEnd('/') + "/");
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    private void Configure(Action<WebApplication>? configure)
    {
        var files = new PhysicalFileProvider(_root);
        var types = new FileExtensionContentTypeProvider();
        types.Mappings[".webmanifest"] = "application/manifest+json";

        _app.Use(ApplyHeaders);
        configure?.Invoke(_app);
        _app.Use(Resolve);
        _app.UseStaticFiles(new StaticFileOptions { FileProvider = files, ContentTypeProvider = types });
        _app.Run(context => NotFound(context, Path.Combine(_root, NotFoundPage)));
    }

    /// <summary>Netlify applies _headers to every response, pages, assets, redirects and 404s alike, by the path asked for.</summary>
    private Task ApplyHeaders(HttpContext context, RequestDelegate next)
    {
        var path = context.Request.Path.Value ?? "/";
        context.Response.OnStarting(() =>
        {
            foreach (var (name, value) in _headers.Current.For(path))
            {
                context.Response.Headers[name] = value;
            }

            return Task.CompletedTask;
        });
        return next(context);
    }

    /// <summary>Maps the request onto a file (or a redirect, or the 404 page), refusing anything outside the folder.</summary>
    private Task Resolve(HttpContext context, RequestDelegate next)
    {
        var path = context.Request.Path.Value ?? "/";
        var raw = context.Features.Get<IHttpRequestFeature>()?.RawTarget;
        if (!RequestPath.IsSafe(raw, path) || RequestPath.InsideRoot(_root, path) is null)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return Task.CompletedTask;
        }

        if (_redirects.Current.Find(path, forcedOnly: true) is { } forced)
        {
            return Redirect(context, next, forced.Rule, forced.Target);
        }

        switch (FindFile(path))
        {
            case { } folder when folder.EndsWith('/'):
                return Redirect(context, next, null, path + "/");
            case { } file:
                context.Request.Path = file;
                return next(context);
        }

        if (_redirects.Current.Find(path, forcedOnly: false) is { } rule)
        {
            return Redirect(context, next, rule.Rule, rule.Target);
        }

        return NotFound(context, Path.Combine(_root, NotFoundPage));
    }

    /// <summary>
    /// The site path of the file for <paramref name="path"/>, or a path ending in '/' when the request should be
    /// redirected there (a folder asked for without its slash), or null.
    /// </summary>
    private string? FindFile(string path)
    {
        if (HiddenFiles.Contains(path, StringComparer.OrdinalIgnoreCase))
        {
            return null;
        }

        if (path.EndsWith('/'))
        {
            return File.Exists(FullPath(path + "index.html")) ? path + "index.html" : null;
        }

        if (File.Exists(FullPath(path)))
        {
            return path;
        }

        if (File.Exists(FullPath(path + "/index.html")))
        {
            return path + "/";
        }

        return File.Exists(FullPath(path + ".html")) ? path + ".html" : null;
    }

    private string FullPath(string sitePath) => RequestPath.InsideRoot(_root, sitePath) ?? Path.Combine(_root, NotFoundPage + ".missing");

    private Task Redirect(HttpContext context, RequestDelegate next, RedirectRule? rule, string target)
    {
        var status = rule?.Status ?? StatusCodes.Status301MovedPermanently;
        var isLocal = target.StartsWith('/') && !target.StartsWith("//", StringComparison.Ordinal);
        if (status == StatusCodes.Status200OK && isLocal)
        {
            // A rewrite: serve the target's content under the asked-for URL.
            var file = FindFile(target);
            if (file is not null && !file.EndsWith('/'))
            {
                context.Request.Path = file;
                return next(context);
            }

            return NotFound(context, Path.Combine(_root, NotFoundPage));
        }

        if (status == StatusCodes.Status404NotFound && isLocal)
        {
            var file = FindFile(target);
            return NotFound(context, file is null || file.EndsWith('/') ? Path.Combine(_root, NotFoundPage) : FullPath(file));
        }

        var query = context.Request.QueryString;
        var split = target.IndexOf('?', StringComparison.Ordinal);
        var location = !isLocal ? target
            : split < 0 ? new PathString(target).ToUriComponent()
            : new PathString(target[..split]).ToUriComponent() + target[split..];
        context.Response.StatusCode = status is >= 300 and < 400 ? status : StatusCodes.Status301MovedPermanently;
        context.Response.Headers.Location = query.HasValue && split < 0 ? location + query.Value : location;
        return Task.CompletedTask;
    }

    private static async Task NotFound(HttpContext context, string page)
    {
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        if (!File.Exists(page))
        {
            return;
        }

        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.ContentLength = new FileInfo(page).Length;
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await context.Response.SendFileAsync(page, context.RequestAborted).ConfigureAwait(false);
        }
    }
}
