using System.Diagnostics.CodeAnalysis;
using ClinicSite.Cli.Serve;
using ClinicSite.Engine.Pipeline;
using Microsoft.Playwright;

namespace ClinicSite.BrowserTests.Support;

/// <summary>
/// Built once for the whole browser suite: the real site built into a temp folder, served by <see cref="NetlifyStaticHost"/>
/// on a loopback port, and one headless Chromium whose tabs (<see cref="TabPool"/>) every test borrows.
/// </summary>
[SuppressMessage("Design", "CA1001", Justification = "xunit disposes fixtures through IAsyncLifetime.DisposeAsync, which disposes the tab pool.")]
public sealed class SiteFixture : IAsyncLifetime
{
    /// <summary>A path no page has, so the server answers with 404.html.</summary>
    public const string MissingPath = "/this-page-does-not-exist/";

    private readonly string _dir = Path.Combine(Path.GetTempPath(), "clinicsite-browser-" + Guid.NewGuid().ToString("N"));
    private NetlifyStaticHost? _host;
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private TabPool? _tabs;
    private Task<IReadOnlyDictionary<string, PageReport>>? _sweep;
    private Task<IReadOnlyDictionary<string, PageReport>>? _canary;

    public string Output => Path.Combine(_dir, "site");

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser is not running.");

    /// <summary>The tabs every test borrows.</summary>
    public TabPool Tabs => _tabs ?? throw new InvalidOperationException("The browser is not running.");

    public Uri BaseAddress => _host?.BaseAddress ?? throw new InvalidOperationException("The site is not being served.");

    /// <summary>Every built page's URL path ("/", "/procedures/", ...), sorted; the 404 page is <see cref="MissingPath"/>.</summary>
    public IReadOnlyList<string> PagePaths { get; private set; } = [];

    /// <summary>Every page plus the 404 page: what "every page" means in these tests.</summary>
    public IReadOnlyList<string> EveryPage => [.. PagePaths, MissingPath];

    /// <summary>
    /// Every page visited once with every per-page check (see <see cref="PageSweep"/>); started by the first test that
    /// asks, shared by the rest.
    /// </summary>
    public Task<IReadOnlyDictionary<string, PageReport>> Sweep => _sweep ??= TimedSweepAsync();

    /// <summary>The sweep's reports on <see cref="CanarySite"/>'s deliberately bad page and the clean page visited after it.</summary>
    public Task<IReadOnlyDictionary<string, PageReport>> Canary => _canary ??= CanarySite.SweepAsync(Browser, Path.Combine(_dir, "canary"));

    /// <summary>How long the sweep of every page took.</summary>
    public TimeSpan SweepElapsed { get; private set; }

    public async Task InitializeAsync()
    {
        var result = SiteBuild.Run(new BuildOptions { Input = RepoPaths.Input, Theme = RepoPaths.Theme, Output = Output });
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("The site did not build:\n" + string.Join('\n', result.Diagnostics));
        }

        PagePaths = Directory.EnumerateFiles(Output, "index.html", SearchOption.AllDirectories)
            .Select(f => "/" + Path.GetRelativePath(Output, Path.GetDirectoryName(f)!).Replace('\\', '/'))
            .Select(p => p == "/." ? "/" : p + "/")
            .Order(StringComparer.Ordinal)
            .ToList();

        _host = await NetlifyStaticHost.StartAsync(Output);
        _playwright = await Playwright.CreateAsync();
        _browser = await LaunchAsync(_playwright);
        _tabs = new TabPool(_browser, _host.BaseAddress);
    }

    public async Task DisposeAsync()
    {
        if (_tabs is not null)
        {
            await _tabs.DisposeAsync();
        }

        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        if (Directory.Exists(_dir))
        {
            Directory.Delete(_dir, recursive: true);
        }
    }

    /// <summary>The pages of one section, e.g. "checklists": its item pages, not the section's own index.</summary>
    public IReadOnlyList<string> PagesIn(string section) =>
        PagePaths.Where(p => p.StartsWith($"/{section}/", StringComparison.Ordinal) && p != $"/{section}/").ToList();

    public Uri Url(string path) => new(BaseAddress, path);

    /// <summary>
    /// Borrows a tab that has just loaded <paramref name="path"/> as a first-time visitor (no cookies, no storage) and
    /// records what the page does; dispose the session to give the tab back.
    /// </summary>
    public Task<PageSession> OpenAsync(string path, TabKind kind = TabKind.Desktop) => Tabs.OpenAsync(path, kind);

    private async Task<IReadOnlyDictionary<string, PageReport>> TimedSweepAsync()
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var result = await PageSweep.RunAsync(Tabs, EveryPage);
        SweepElapsed = clock.Elapsed;
        return result;
    }

    private static async Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        var executable = BrowserLocator.Find(Environment.GetEnvironmentVariable("CHROME_PATH"), File.Exists);
        var options = new BrowserTypeLaunchOptions
        {
            Headless = true,
            ExecutablePath = executable,
            Args = BrowserLocator.Arguments,
        };
        try
        {
            return await playwright.Chromium.LaunchAsync(options);
        }
        catch (PlaywrightException ex) when (executable is null)
        {
            // Playwright looked for its own download and found none.
            throw new InvalidOperationException(BrowserLocator.InstallInstruction, ex);
        }
    }
}
