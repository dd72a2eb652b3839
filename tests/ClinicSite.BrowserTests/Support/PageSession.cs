using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace ClinicSite.BrowserTests.Support;

/// <summary>
/// One browser context with one page, recording what the page did: requests to other hosts, console errors, script
/// errors and Content-Security-Policy violations.
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

    private PageSession(IBrowserContext context, IPage page, Uri server)
    {
        Context = context;
        Page = page;
        _server = server;
    }

    public IBrowserContext Context { get; }

    public IPage Page { get; }

    /// <summary>The main document's response for the last navigation.</summary>
    public IResponse? Response { get; private set; }

    public IReadOnlyCollection<string> ForeignRequests => _foreignRequests;

    public IReadOnlyCollection<string> ConsoleErrors => _consoleErrors;

    /// <summary>Opens a fresh context (no cookies, no storage) with one page at <paramref name="path"/> that records what the page does.</summary>
    public static async Task<PageSession> OpenAsync(IBrowser browser, Uri server, string path, BrowserNewContextOptions options)
    {
        var context = await browser.NewContextAsync(options);
        var session = await StartAsync(context, server);
        await session.GotoAsync(new Uri(server, path));
        return session;
    }

    private static async Task<PageSession> StartAsync(IBrowserContext context, Uri server)
    {
        await context.AddInitScriptAsync(CspRecorder);
        var page = await context.NewPageAsync();
        var session = new PageSession(context, page, server);
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

    public async Task GotoAsync(Uri url)
    {
        Response = await Page.GotoAsync(url.ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.Load });
    }

    /// <summary>CSP violations the page reported through securitypolicyviolation events.</summary>
    public async Task<IReadOnlyList<string>> CspViolationsAsync() =>
        await Page.EvaluateAsync<string[]>("() => window.__cspViolations || []");

    public async ValueTask DisposeAsync() => await Context.CloseAsync();

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

        if (uri.Scheme != _server.Scheme || uri.Host != _server.Host || uri.Port != _server.Port)
        {
            _foreignRequests.Enqueue(url);
        }
    }
}
