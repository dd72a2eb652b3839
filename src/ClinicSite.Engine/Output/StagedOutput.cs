namespace ClinicSite.Engine.Output;

/// <summary>
/// A new site being written into a staging folder beside the output. Files can go in as soon as they are made, so a
/// large build never holds every page in memory; nothing reaches the output folder until <see cref="Commit"/> swaps
/// the whole folder in. Disposing without committing deletes the staging folder and leaves the old site as it was.
/// Both folders carry ClinicSite's mark (<see cref="OutputMark"/>), and the output is checked just before the swap
/// (build and serve also check it before any work), so no folder ClinicSite did not make is ever replaced or deleted.
/// </summary>
internal sealed class StagedOutput : IDisposable
{
    private readonly string _output;
    private readonly string _input;
    private readonly string _theme;
    private readonly string _staging;
    private readonly string _stagingPrefix;
    private Exception? _failure;
    private bool _committed;

    /// <summary>
    /// Clears an interrupted build's leftovers (only folders that are ClinicSite's) and makes a fresh, marked staging
    /// folder beside the output. The output itself is checked at <see cref="Commit"/>, before the one step that
    /// replaces it; callers check it before any work too, so that a refusal comes first. Throws IOException on failure.
    /// </summary>
    public StagedOutput(string outputRoot, string input, string theme)
    {
        _input = input;
        _theme = theme;
        _output = RealPath.Of(outputRoot);
        Directory.CreateDirectory(Path.GetDirectoryName(_output)!);
        WriteOutput.CleanLeftovers(_output);
        _staging = WriteOutput.StagingFolderFor(_output);
        Directory.CreateDirectory(_staging);
        OutputMark.Write(_staging, []);
        _stagingPrefix = _staging + Path.DirectorySeparatorChar;
    }

    /// <summary>The first write that failed (disk full, permissions); <see cref="Commit"/> throws it.</summary>
    public Exception? Failure => Volatile.Read(ref _failure);

    /// <summary>
    /// Writes one file (from any thread). False, and nothing written, when its path would leave the staging folder:
    /// the caller keeps such a file for the output-path check to report.
    /// </summary>
    public bool TryWrite(OutputFile file)
    {
        var target = Path.GetFullPath(Path.Combine(_staging, file.Path));
        if (!target.StartsWith(_stagingPrefix, StringComparison.Ordinal))
        {
            return false;
        }

        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllBytes(target, file.Content);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Kept for Commit to throw on the calling thread; the build carries on to report content errors too.
            Interlocked.CompareExchange(ref _failure, ex, null);
        }

        return true;
    }

    /// <summary>Writes files in parallel; throws IOException if one of them would leave the staging folder.</summary>
    public void WriteAll(IEnumerable<OutputFile> files)
    {
        var outside = new System.Collections.Concurrent.ConcurrentBag<string>();
        Parallel.ForEach(files, file =>
        {
            if (!TryWrite(file))
            {
                outside.Add(file.Path);
            }
        });
        if (!outside.IsEmpty)
        {
            throw new IOException($"'{outside.Min(StringComparer.Ordinal)}' would be written outside the output folder.");
        }
    }

    /// <summary>Swaps the staged site in (after <paramref name="beforeSwap"/>, a test hook). Throws IOException on failure.</summary>
    public void Commit(Action? beforeSwap = null)
    {
        if (Failure is { } failure)
        {
            throw failure as IOException ?? new IOException(failure.Message, failure);
        }

        OutputMark.Write(_staging, Directory.EnumerateFiles(_staging, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(_staging, f).Replace('\\', '/')));
        beforeSwap?.Invoke();
        // Checked again: someone may have put a file into the output while the site was being built.
        ThrowIfRefused();
        WriteOutput.Swap(_staging, _output);
        _committed = true;
    }

    private void ThrowIfRefused()
    {
        if (CheckOutputFolder.Problem(_output, _input, _theme) is { } problem)
        {
            throw new OutputRefusedException(problem);
        }
    }

    public void Dispose()
    {
        if (!_committed && Directory.Exists(_staging))
        {
            Directory.Delete(_staging, recursive: true);
        }
    }
}
