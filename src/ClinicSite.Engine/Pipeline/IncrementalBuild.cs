using System.Diagnostics;
using System.Text;
using ClinicSite.Engine.Content;
using ClinicSite.Engine.Diagnostics;
using ClinicSite.Engine.Output;

namespace ClinicSite.Engine.Pipeline;

/// <summary>
/// serve's builder. Every run goes through the same stages as 'build' (SiteBuild.Run) with the <see cref="BuildCache"/>
/// it keeps from run to run, so that unchanged pages are neither parsed nor rendered again, and then writes only the
/// files that differ from what the output folder holds. The first successful run swaps in the whole folder like 'build'
/// does; a failed run writes nothing, so the last good site stays in place.
/// </summary>
internal sealed class IncrementalBuild(BuildOptions options)
{
    private const string TempSuffix = CheckOutputFolder.IncrementalTempSuffix;

    private readonly BuildCache _cache = new();
    private readonly BuildOptions _options = options with { Write = false };
    private Dictionary<string, OutputFile>? _onDisk;
    private IReadOnlyDictionary<string, string> _assetUrls = new Dictionary<string, string>();

    /// <summary>The folder the site is written to (full path).</summary>
    public string Output { get; } = RealPath.Of(options.Output);

    /// <summary>Builds, reusing everything unchanged since the last run, and brings the output folder up to date.</summary>
    public RebuildResult Run()
    {
        var clock = Stopwatch.StartNew();
        SiteBuildRun run;
        try
        {
            run = SiteBuild.Run(_options, _cache);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A file vanished or was locked between being listed and being read: an editor is still saving. The next
            // change event (or the caller's retry) builds again.
            return Failed(Codes.Io, _options.Input, $"A file changed while it was being read ({ex.Message}). Save it again if this does not clear by itself.", clock);
        }

        if (run.Files is null)
        {
            return new RebuildResult(run.Result, [], [], new Dictionary<string, string>(), run.PagesRendered, clock.Elapsed);
        }

        try
        {
            var (written, removed, swaps) = Write(run.Files, run.AssetUrls);
            _assetUrls = run.AssetUrls;
            return new RebuildResult(run.Result, written, removed, swaps, run.PagesRendered, clock.Elapsed);
        }
        catch (OutputRefusedException ex)
        {
            _onDisk = null;
            return Failed(Codes.UnsafeOutput, _options.Output, ex.Message, clock);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The folder is now part old, part new; the next good run writes all of it again.
            _onDisk = null;
            return Failed(Codes.Io, _options.Output, $"The site could not be written ({ex.Message}). Check that the folder is writable.", clock);
        }
    }

    private static RebuildResult Failed(DiagnosticCode code, string folder, string message, Stopwatch clock)
    {
        var diagnostic = new Diagnostic(Severity.Error, code.Id, message, new SourceSpan(DisplayPaths.For(Path.GetFullPath(folder))));
        var result = new BuildResult([diagnostic], new Dictionary<Collection, int>(), 0, false, 0, clock.Elapsed);
        return new RebuildResult(result, [], [], new Dictionary<string, string>(), 0, clock.Elapsed);
    }

    private (IReadOnlyList<string> Written, IReadOnlyList<string> Removed, IReadOnlyDictionary<string, string> Swaps) Write(
        IReadOnlyList<OutputFile> files, IReadOnlyDictionary<string, string> assetUrls)
    {
        var next = files.ToDictionary(f => f.Path, StringComparer.Ordinal);
        if (_onDisk is not null && !OutputMark.IsMarked(Output))
        {
            _onDisk = null; // the folder was moved or replaced behind our back: write it whole again, checked
        }

        if (_onDisk is null)
        {
            WriteOutput.Run(Output, _options.Input, _options.Theme, files);
            _onDisk = next;
            return (files.Select(f => f.Path).Order(StringComparer.Ordinal).ToList(), [], new Dictionary<string, string>());
        }

        var previous = _onDisk;
        var changed = files.Where(f => !previous.TryGetValue(f.Path, out var old) || !old.Content.AsSpan().SequenceEqual(f.Content)).ToList();
        var removed = previous.Keys.Where(p => !next.ContainsKey(p)).Order(StringComparer.Ordinal).ToList();

        // New files first, removals last: a page written a moment ago may still name the previous stylesheet. The mark
        // lists every file on disk at each step, so a run cut short never leaves a file the next build would not own.
        var added = changed.Any(f => !previous.ContainsKey(f.Path));
        if (added)
        {
            OutputMark.Write(Output, previous.Keys.Concat(next.Keys));
        }

        Parallel.ForEach(changed, WriteFile);
        foreach (var path in removed)
        {
            DeleteFile(path);
        }

        if (added || removed.Count > 0)
        {
            OutputMark.Write(Output, next.Keys);
        }

        _onDisk = next;
        var swaps = StylesheetSwaps(changed, removed, previous, assetUrls);
        return (changed.Select(f => f.Path).Order(StringComparer.Ordinal).ToList(), removed, swaps);
    }

    /// <summary>
    /// Old → new URL of each stylesheet, when the only difference in the output is stylesheets: changed .css files,
    /// and pages that differ only in the stylesheet URLs they link to. Empty otherwise (the browser must reload).
    /// </summary>
    private Dictionary<string, string> StylesheetSwaps(List<OutputFile> changed, List<string> removed, Dictionary<string, OutputFile> previous, IReadOnlyDictionary<string, string> assetUrls)
    {
        var swaps = assetUrls
            .Where(a => a.Key.EndsWith(".css", StringComparison.OrdinalIgnoreCase) && _assetUrls.TryGetValue(a.Key, out var old) && old != a.Value)
            .ToDictionary(a => _assetUrls[a.Key], a => a.Value, StringComparer.Ordinal);
        if (swaps.Count == 0 || removed.Any(p => !p.EndsWith(".css", StringComparison.OrdinalIgnoreCase)))
        {
            return [];
        }

        foreach (var file in changed.Where(f => !f.Path.EndsWith(".css", StringComparison.OrdinalIgnoreCase)))
        {
            if (!file.Path.EndsWith(".html", StringComparison.Ordinal) || !previous.TryGetValue(file.Path, out var old))
            {
                return [];
            }

            var text = Encoding.UTF8.GetString(file.Content);
            foreach (var (from, to) in swaps)
            {
                text = text.Replace(to, from, StringComparison.Ordinal);
            }

            if (!Encoding.UTF8.GetBytes(text).AsSpan().SequenceEqual(old.Content))
            {
                return [];
            }
        }

        return swaps;
    }

    /// <summary>Writes beside the target, then renames over it, so the server never sends a half-written file.</summary>
    private void WriteFile(OutputFile file)
    {
        var target = Path.Combine(Output, file.Path);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var temp = target + TempSuffix;
        File.WriteAllBytes(temp, file.Content);
        File.Move(temp, target, overwrite: true);
    }

    private void DeleteFile(string path)
    {
        var target = Path.Combine(Output, path);
        File.Delete(target);
        // Remove folders the deletion emptied (a removed page's folder), never the output folder itself.
        for (var dir = Path.GetDirectoryName(target); dir is not null && dir.Length > Output.Length && Directory.Exists(dir) && !Directory.EnumerateFileSystemEntries(dir).Any(); dir = Path.GetDirectoryName(dir))
        {
            Directory.Delete(dir);
        }
    }
}
