using System.Runtime.InteropServices;

namespace ClinicSite.Engine.Output;

/// <summary>
/// Write stage: writes every file into a fresh staging folder beside the output, then swaps it in. On Linux the swap is
/// one atomic renameat2(RENAME_EXCHANGE), so the output folder is always either the old site or the new one.
/// </summary>
internal static partial class WriteOutput
{
    private const string StagingMarker = ".staging-";
    private const string OldMarker = ".old-";

    /// <summary>Writes and swaps in the new site. Throws IOException on file-system failure (the old output stays).</summary>
    public static void Run(string outputRoot, IReadOnlyCollection<OutputFile> files, Action? beforeSwap = null)
    {
        using var staged = new StagedOutput(outputRoot);
        staged.WriteAll(files);
        staged.Commit(beforeSwap);
    }

    /// <summary>A fresh staging folder's path beside <paramref name="output"/> (a full path), named so CleanLeftovers finds it.</summary>
    internal static string StagingFolderFor(string output) =>
        Path.Combine(Path.GetDirectoryName(output)!, $".{Path.GetFileName(output)}{StagingMarker}{Environment.ProcessId}-{Guid.NewGuid():N}");

    /// <summary>Removes staging folders an interrupted build left behind, and restores the old site if a swap was cut off.</summary>
    public static void CleanLeftovers(string outputRoot)
    {
        var output = Path.GetFullPath(outputRoot.TrimEnd('/', '\\'));
        var parent = Path.GetDirectoryName(output)!;
        if (!Directory.Exists(parent))
        {
            return;
        }

        var name = Path.GetFileName(output);
        foreach (var old in Directory.EnumerateDirectories(parent, $".{name}{OldMarker}*").Order(StringComparer.Ordinal))
        {
            if (!Directory.Exists(output))
            {
                Directory.Move(old, output);
            }
            else
            {
                Directory.Delete(old, recursive: true);
            }
        }

        foreach (var staging in Directory.EnumerateDirectories(parent, $".{name}{StagingMarker}*"))
        {
            Directory.Delete(staging, recursive: true);
        }
    }

    internal static void Swap(string staging, string output)
    {
        if (!Directory.Exists(output))
        {
            Directory.Move(staging, output);
            return;
        }

        if (OperatingSystem.IsLinux() && TryExchange(staging, output))
        {
            Directory.Delete(staging, recursive: true); // now holds the previous site
            return;
        }

        // Elsewhere: two renames; CleanLeftovers restores the old site if we are stopped between them.
        var old = Path.Combine(Path.GetDirectoryName(output)!, $".{Path.GetFileName(output)}{OldMarker}{Guid.NewGuid():N}");
        Directory.Move(output, old);
        Directory.Move(staging, output);
        Directory.Delete(old, recursive: true);
    }

    private static bool TryExchange(string a, string b)
    {
        try
        {
            return RenameAt2(AtFdCwd, a, AtFdCwd, b, RenameExchange) == 0;
        }
        catch (EntryPointNotFoundException)
        {
            return false;
        }
        catch (DllNotFoundException)
        {
            return false;
        }
    }

    private const int AtFdCwd = -100;
    private const uint RenameExchange = 2;

    [LibraryImport("libc", EntryPoint = "renameat2", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int RenameAt2(int oldDirFd, string oldPath, int newDirFd, string newPath, uint flags);
}
