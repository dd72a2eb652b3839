using System.Globalization;
using ClinicSite.Engine.Content;
using ClinicSite.Engine.Diagnostics;
using ClinicSite.Engine.Output;
using ClinicSite.Engine.Pipeline;
using Microsoft.AspNetCore.Builder;

namespace ClinicSite.Cli.Serve;

/// <summary>
/// The 'serve' session: builds once, serves the output folder the way Netlify would (through
/// <see cref="NetlifyStaticHost"/>), and on every change to the input or theme folder rebuilds what changed and tells
/// the open pages to reload, swap their stylesheet, or show the build errors.
/// </summary>
internal sealed class DevServer : IAsyncDisposable
{
    private readonly ServeOptions _options;
    private readonly TextWriter _stdout;
    private readonly TextWriter _stderr;
    private readonly IncrementalBuild _build;
    private readonly ReloadHub _hub = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly TaskCompletionSource _stopping = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private NetlifyStaticHost? _host;
    private ChangeWatcher? _watcher;
    private Task _loop = Task.CompletedTask;
    private volatile IReadOnlyList<Diagnostic>? _errors;
    private volatile bool _building = true;
    private HashSet<Diagnostic> _warnings = [];

    private DevServer(ServeOptions options, TextWriter stdout, TextWriter stderr)
    {
        _options = options;
        _stdout = stdout;
        _stderr = stderr;
        _build = new IncrementalBuild(new BuildOptions { Input = options.Input, Theme = options.Theme, Output = options.Output, Today = options.Today });
    }

    /// <summary>Where the site is served, e.g. http://127.0.0.1:5080/.</summary>
    public Uri BaseAddress => _host!.BaseAddress;

    /// <summary>Completes when the host is asked to stop from outside (Ctrl+C or SIGTERM reach it through its lifetime).</summary>
    public Task Stopping => _stopping.Task;

    /// <summary>
    /// Checks the output folder, starts listening (so a port in use fails before any work), builds, then starts
    /// watching. Until the first build ends every request is answered "Building the site…" (503), never 404. Throws
    /// <see cref="OutputRefusedException"/> when the output folder is not ClinicSite's to replace, and what
    /// <see cref="NetlifyStaticHost.StartAsync"/> throws when it cannot listen.
    /// </summary>
    public static async Task<DevServer> StartAsync(ServeOptions options, TextWriter stdout, TextWriter stderr, CancellationToken ct = default)
    {
        var server = new DevServer(options, stdout, stderr);
        try
        {
            await server.StartAsync(ct).ConfigureAwait(false);
            return server;
        }
        catch
        {
            await server.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private async Task StartAsync(CancellationToken ct)
    {
        if (CheckOutputFolder.Problem(_options.Output, _options.Input, _options.Theme) is { } refusal)
        {
            throw new OutputRefusedException(refusal);
        }

        Directory.CreateDirectory(_build.Output);
        var liveReload = new LiveReload(_hub, () => _errors, () => _building, DisplayPaths.For(Path.GetFullPath(_options.Input)) + "/", DisplayPaths.For(_build.Output) + "/");
        _host = await NetlifyStaticHost.StartAsync(_build.Output, _options.Host, _options.Port, app =>
        {
            app.Lifetime.ApplicationStopping.Register(() => _stopping.TrySetResult());
            app.Use(liveReload.InvokeAsync);
        }, ct).ConfigureAwait(false);

        // Watch before building, so a save made during the first build is not missed.
        _watcher = new ChangeWatcher(_options.Input, _options.Theme, _options.Output);
        var first = await Task.Run(_build.Run, ct).ConfigureAwait(false);
        Report(first, initial: true);
        _errors = first.Succeeded ? null : Errors(first, []);
        _building = false;
        // Pages opened during the first build show "Building the site…": tell them to load the real page (or the errors).
        _hub.Publish(first.Succeeded ? ReloadHub.Reload : ReloadHub.Broken, new Dictionary<string, object>());
        _loop = Task.Run(() => LoopAsync(_stop.Token), CancellationToken.None);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        try
        {
            // A rebuild under way finishes first, so the output folder is never left half-written.
            await _loop.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Stopped while waiting for changes.
        }

        _watcher?.Dispose();

        // Open pages hold their event streams; end them so the host does not wait for them to close.
        _hub.Close();
        if (_host is not null)
        {
            await _host.DisposeAsync().ConfigureAwait(false);
        }

        _hub.Dispose();
        _stop.Dispose();
    }

    private async Task LoopAsync(CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            var batch = await _watcher!.NextBatchAsync(_options.Quiet, _options.LongestWait, ct).ConfigureAwait(false);
            try
            {
                var result = _build.Run();
                if (!result.Succeeded && result.Build.Diagnostics.All(d => d.Code == Codes.Io.Id))
                {
                    // Most often a file read while an editor was still writing it: give the editor a moment, then try again.
                    await Task.Delay(TimeSpan.FromMilliseconds(200), ct).ConfigureAwait(false);
                    result = _build.Run();
                }

                Report(result, initial: false);
                Publish(result, batch);
            }
            catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
            {
                // A bug, not a content problem: say so and keep serving; the next save tries again.
                _stderr.WriteLine($"error: the rebuild stopped unexpectedly: {ex.GetType().Name}: {ex.Message}. This is a bug in ClinicSite; save again to retry.");
            }
        }
    }

    /// <summary>Tells the open pages what happened. Each event makes them reload, swap stylesheets or show the errors.</summary>
    private void Publish(RebuildResult result, IReadOnlyList<string> batch)
    {
        if (!result.Succeeded)
        {
            _errors = Errors(result, batch);
            _hub.Publish(ReloadHub.Broken, new Dictionary<string, object> { ["errors"] = _errors.Count });
            return;
        }

        var recovered = _errors is not null;
        _errors = null;
        if (result.StylesOnly && !recovered)
        {
            _hub.Publish(ReloadHub.Css, new Dictionary<string, object> { ["stylesheets"] = result.StylesheetSwaps });
        }
        else if (result.Changed || recovered)
        {
            _hub.Publish(ReloadHub.Reload, new Dictionary<string, object> { ["files"] = result.Written.Concat(result.Removed).ToList() });
        }
    }

    /// <summary>The errors, those in the files just saved first: one broken page can break the links of many others.</summary>
    private static List<Diagnostic> Errors(RebuildResult result, IReadOnlyList<string> saved)
    {
        var savedPaths = saved.Select(DisplayPaths.For).ToHashSet(StringComparer.Ordinal);
        return result.Build.Diagnostics.Where(d => d.Severity == Severity.Error).OrderBy(d => savedPaths.Contains(d.Span.Path) ? 0 : 1).ToList();
    }

    /// <summary>
    /// Errors every time; warnings in full after the first build, then only new ones, so a long session's console
    /// shows what the last save did rather than the same readability notes again and again.
    /// </summary>
    private void Report(RebuildResult result, bool initial)
    {
        var warnings = result.Build.Diagnostics.Where(d => d.Severity == Severity.Warning).ToHashSet();
        foreach (var diagnostic in result.Build.Diagnostics)
        {
            if (diagnostic.Severity == Severity.Error)
            {
                _stderr.WriteLine(diagnostic.ToString());
            }
            else if (initial || !_warnings.Contains(diagnostic))
            {
                _stdout.WriteLine(diagnostic.ToString());
            }
        }

        if (result.Succeeded)
        {
            _warnings = warnings;
        }

        var ms = result.Elapsed.TotalMilliseconds;
        var line = (result.Succeeded, initial) switch
        {
            (false, _) => string.Create(CultureInfo.InvariantCulture, $"Build failed with {result.Build.Errors} error(s) in {ms:0} ms; still serving the last site that built. Fix and save to try again."),
            (true, true) => string.Create(CultureInfo.InvariantCulture, $"Built {result.Written.Count} files in {ms:0} ms. {result.Build.Warnings} warning(s)."),
            (true, false) when !result.Changed => string.Create(CultureInfo.InvariantCulture, $"Rebuilt in {ms:0} ms: no page changed."),
            _ => string.Create(CultureInfo.InvariantCulture, $"Rebuilt in {ms:0} ms: {Describe(result)}."),
        };
        (result.Succeeded ? _stdout : _stderr).WriteLine(line);
    }

    private static string Describe(RebuildResult result)
    {
        var changed = result.Written.Concat(result.Removed).ToList();
        var shown = string.Join(", ", changed.Take(3));
        var more = changed.Count > 3 ? string.Create(CultureInfo.InvariantCulture, $" and {changed.Count - 3} more") : string.Empty;
        return result.StylesOnly
            ? "stylesheet swapped in place: " + string.Join(", ", result.StylesheetSwaps.Select(s => $"{s.Key} -> {s.Value}"))
            : $"{shown}{more}";
    }
}
