using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace ClinicSite.BrowserTests.Support;

/// <summary>
/// One browser context with one page, lent out by a <see cref="TabPool"/>, recording what the page did: requests to
/// other hosts, console errors, script errors and Content-Security-Policy violations.
/// </summary>
public sealed class PageSession : IAsyncDisposable
{
    // Runs before the page's own scripts and is not subject to its CSP; collects violations the page would otherwise only log.
    private const string CspRecorder =
        "window.__cspViolations = [];" +
        "document.addEventListener('securitypolicyviolation', e => window.__cspViolations.push(e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline')));";

    private readonly ConcurrentQueue<string> _foreignRequests = new();
    private readonly ConcurrentQueue<string> _consoleErrors = new();
    private readonly Uri _server;
    private readonly BrowserNewContextOptions _options;
    private readonly Action<PageSession> _giveBack;

    private PageSession(IBrowserContext context, IPage page, Uri server, BrowserNewContextOptions options, Action<PageSession> giveBack)
    {
        Context = context;
        Page = page;
        _server = server;
        _options = options;
        _giveBack = giveBack;
    }

    public IBrowserContext Context { get; }

    public IPage Page { get; }

    /// <summary>The main document's response for the last navigation.</summary>
    public IResponse? Response { get; private set; }

    public IReadOnlyCollection<string> ForeignRequests => _foreignRequests;

    public IReadOnlyCollection<string> ConsoleErrors => _consoleErrors;

    /// <summary>Opens a fresh context with one blank page on <paramref name="server"/>; disposing it calls <paramref name="giveBack"/>.</summary>
    internal static async Task<PageSession> StartAsync(IBrowser browser, Uri server, BrowserNewContextOptions options, Action<PageSession> giveBack)
    {
        var context = await browser.NewContextAsync(options);
        await context.AddInitScriptAsync(CspRecorder);
        var page = await context.NewPageAsync();
        var session = new PageSession(context, page, server, options, giveBack);
        context.Request += (_, request) => session.OnRequest(request.Url);
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && !IsOwn404(message.Text))
            {
                session._consoleErrors.Enqueue("console error: " + message.Text);
            }
        };
        page.PageError += (_, error) => session._consoleErrors.Enqueue("script error: " + error);
        context.Response += (_, response) =>
        {
            if (response.Status >= 400 && response.Request.ResourceType != "document")
            {
                session._consoleErrors.Enqueue($"broken {response.Request.ResourceType}: {response.Status} {response.Url}");
            }
        };
        return session;
    }

    /// <summary>
    /// Makes the next visit a first visit again, as in a new context: deletes every cookie and the site's local and
    /// session storage, puts the window back to its size and to screen media in the context's colour scheme, and forgets
    /// what earlier pages requested or logged.
    /// </summary>
    /// <remarks>
    /// The one thing a new context would also empty is the HTTP cache; Playwright reports requests served from it like
    /// any other, so the request checks still see every one. Tests must not change context-wide settings (routes,
    /// permissions, offline) on a lent tab.
    /// </remarks>
    public async Task ForgetAsync()
    {
        if (Uri.TryCreate(Page.Url, UriKind.Absolute, out var current) && IsServer(current))
        {
            // Session storage belongs to the tab, so it would outlive a new cookie jar; both are the server's origin.
            await Page.EvaluateAsync("() => { localStorage.clear(); sessionStorage.clear(); }");
        }

        await Context.ClearCookiesAsync();
        var size = _options.ViewportSize!;
        if (Page.ViewportSize is not { } now || now.Width != size.Width || now.Height != size.Height)
        {
            await Page.SetViewportSizeAsync(size.Width, size.Height);
        }

        await Page.EmulateMediaAsync(new PageEmulateMediaOptions
        {
            Media = Media.Null,
            ColorScheme = _options.ColorScheme,
            ReducedMotion = _options.ReducedMotion,
        });
        Response = null;
        _foreignRequests.Clear();
        _consoleErrors.Clear();
    }

    public async Task GotoAsync(Uri url)
    {
        Response = await Page.GotoAsync(url.ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.Load });
    }

    /// <summary>CSP violations the page reported through securitypolicyviolation events.</summary>
    public async Task<IReadOnlyList<string>> CspViolationsAsync() =>
        await Page.EvaluateAsync<string[]>("() => window.__cspViolations || []");

    /// <summary>Gives the tab back to its pool.</summary>
    public ValueTask DisposeAsync()
    {
        _giveBack(this);
        return ValueTask.CompletedTask;
    }

    /// <summary>Closes the tab's context for good.</summary>
    internal Task CloseAsync() => Context.CloseAsync();

    // Chromium logs any 404 as a failed resource, the 404 page itself included; broken sub-resources are caught by
    // their status in the Response handler instead, so this message would only say the same thing twice.
    private static bool IsOwn404(string text) =>
        text.StartsWith("Failed to load resource: the server responded with a status of 404", StringComparison.Ordinal);

    private void OnRequest(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            _foreignRequests.Enqueue(url);
            return;
        }

        if (uri.Scheme is "data" or "blob" or "about")
        {
            return;
        }

        if (!IsServer(uri))
        {
            _foreignRequests.Enqueue(url);
        }
    }

    private bool IsServer(Uri uri) => uri.Scheme == _server.Scheme && uri.Host == _server.Host && uri.Port == _server.Port;
}
