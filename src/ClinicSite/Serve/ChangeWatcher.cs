using System.Diagnostics;
using System.Threading.Channels;

namespace ClinicSite.Cli.Serve;

/// <summary>
/// Watches the input and theme folders and hands over each burst of file events as one batch, once the folders
/// have been quiet for a moment: an editor's save (temporary file, rename over the page, backup removed) and a
/// 'git checkout' of many files each become one rebuild.
/// </summary>
internal sealed class ChangeWatcher : IDisposable
{
    /// <summary>Stands for "something changed, but the watcher lost track of what" (its event buffer overflowed).</summary>
    public const string Overflow = "*";

    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Channel<string> _events = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
    private readonly string _ignored;
    private readonly string _input;

    /// <param name="input">The input folder: like the build, ignores files and folders there whose names start with '.'.</param>
    /// <param name="theme">The theme folder.</param>
    /// <param name="output">Never watched, even when it is inside one of the others, so writing the site cannot set off a rebuild.</param>
    public ChangeWatcher(string input, string theme, string output)
    {
        _input = Path.GetFullPath(input);
        _ignored = Path.GetFullPath(output);
        foreach (var folder in new[] { _input, Path.GetFullPath(theme) }.Distinct(StringComparer.Ordinal).Where(Directory.Exists))
        {
            var watcher = new FileSystemWatcher(folder)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            };
            watcher.Changed += (_, e) => Seen(e.FullPath);
            watcher.Created += (_, e) => Seen(e.FullPath);
            watcher.Deleted += (_, e) => Seen(e.FullPath);
            watcher.Renamed += (_, e) =>
            {
                Seen(e.OldFullPath);
                Seen(e.FullPath);
            };
            watcher.Error += (_, _) => _events.Writer.TryWrite(Overflow);
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
    }

    /// <summary>The folders being watched (missing ones are skipped).</summary>
    public IReadOnlyList<string> Folders => _watchers.Select(w => w.Path).ToList();

    /// <summary>
    /// Waits for a change, then until no event has come for <paramref name="quiet"/> (or <paramref name="longest"/>
    /// has passed since the first), and returns the paths seen, sorted.
    /// </summary>
    public async Task<IReadOnlyList<string>> NextBatchAsync(TimeSpan quiet, TimeSpan longest, CancellationToken ct)
    {
        var paths = new SortedSet<string>(StringComparer.Ordinal) { await _events.Reader.ReadAsync(ct).ConfigureAwait(false) };
        var since = Stopwatch.StartNew();
        while (true)
        {
            while (_events.Reader.TryRead(out var path))
            {
                paths.Add(path);
            }

            var left = longest - since.Elapsed;
            if (left <= TimeSpan.Zero)
            {
                break;
            }

            using var wait = CancellationTokenSource.CreateLinkedTokenSource(ct);
            wait.CancelAfter(quiet < left ? quiet : left);
            try
            {
                await _events.Reader.WaitToReadAsync(wait.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!ct.IsCancellationRequested)
            {
                break;
            }
        }

        return paths.ToList();
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }

        _events.Writer.TryComplete();
    }

    private void Seen(string path)
    {
        if (IsUnder(path, _ignored) || (IsUnder(path, _input) && Path.GetRelativePath(_input, path).Split(Path.DirectorySeparatorChar).Any(s => s.StartsWith('.'))))
        {
            return;
        }

        _events.Writer.TryWrite(path);
    }

    private static bool IsUnder(string path, string folder) =>
        path == folder || path.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
