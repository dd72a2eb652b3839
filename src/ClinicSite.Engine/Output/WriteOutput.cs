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

    /// <summary>
    /// Writes and swaps in the new site. Throws <see cref="OutputRefusedException"/> when the output folder is not
    /// ClinicSite's to replace, IOException on file-system failure (the old output stays either way).
    /// </summary>
    public static void Run(string outputRoot, string input, string theme, IReadOnlyCollection<OutputFile> files, Action? beforeSwap = null)
    {
        using var staged = new StagedOutput(outputRoot, input, theme);
        staged.WriteAll(files);
        staged.Commit(beforeSwap);
    }

    /// <summary>A fresh staging folder's path beside <paramref name="output"/> (a full path), named so CleanLeftovers finds it.</summary>
    internal static string StagingFolderFor(string output) =>
        Path.Combine(Path.GetDirectoryName(output)!, $".{Path.GetFileName(output)}{StagingMarker}{Environment.ProcessId}-{Guid.NewGuid():N}");

    /// <summary>
    /// Removes staging folders an interrupted build left behind, and restores the old site if a swap was cut off.
    /// A folder that merely has a staging name is left alone unless it carries ClinicSite's mark or is empty.
    /// </summary>
    public static void CleanLeftovers(string outputRoot)
    {
        var output = RealPath.Of(outputRoot);
        var parent = Path.GetDirectoryName(output)!;
        if (!Directory.Exists(parent))
        {
            return;
        }

        var name = Path.GetFileName(output);
        foreach (var old in Directory.EnumerateDirectories(parent, $".{name}{OldMarker}*").Order(StringComparer.Ordinal))
        {
            if (!IsOurs(old))
            {
                continue;
            }

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
            if (IsOurs(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
        }
    }

    /// <summary>
    /// A leftover is ClinicSite's when it is a marked staging folder (only ClinicSite writes into a folder it names
    /// with its process id and a fresh GUID, and it marks it first), or holds nothing but files its mark lists (an old
    /// site), or no files at all.
    /// </summary>
    private static bool IsOurs(string folder)
    {
        if (new DirectoryInfo(folder).LinkTarget is not null)
        {
            return false;
        }

        return (Path.GetFileName(folder).Contains(StagingMarker, StringComparison.Ordinal) && OutputMark.IsMarked(folder))
            || CheckOutputFolder.ForeignEntries(folder, input: null).Count == 0;
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
