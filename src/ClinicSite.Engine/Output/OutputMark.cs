using System.Text;

namespace ClinicSite.Engine.Output;

/// <summary>
/// ClinicSite's mark on a folder it wrote: a small text file at the top of the output (and of each staging folder)
/// listing every file the build put there. A folder is replaced only when everything in it is on that list, so a file
/// an editor dropped into output/ stops the build instead of being deleted. Netlify publishes the file; it holds only
/// the names of the site's own public files and a note of what it is.
/// </summary>
internal static class OutputMark
{
    public const string FileName = ".clinicsite-output";

    private const string Header =
        "# Written by ClinicSite. This folder is the built site: each build replaces it, so do not keep your own files here.\n" +
        "# The files ClinicSite wrote, one a line (a build stops rather than delete any other file):\n";

    /// <summary>True for names ClinicSite uses for its own bookkeeping files (the mark, and a half-written one).</summary>
    public static bool IsOwnBookkeeping(string relativePath) =>
        relativePath.StartsWith(FileName, StringComparison.Ordinal) && !relativePath.Contains('/', StringComparison.Ordinal);

    public static bool IsMarked(string folder) => File.Exists(Path.Combine(folder, FileName));

    /// <summary>Marks a folder as ClinicSite's with the files it holds (forward-slash paths relative to it), atomically.</summary>
    public static void Write(string folder, IEnumerable<string> files)
    {
        var text = new StringBuilder(Header);
        foreach (var file in files.Where(f => !IsOwnBookkeeping(f)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            text.Append(file).Append('\n');
        }

        var path = Path.Combine(folder, FileName);
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, text.ToString());
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>The files the mark lists, or null when the folder carries no mark.</summary>
    public static HashSet<string>? Read(string folder)
    {
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path))
        {
            return null;
        }

        return File.ReadLines(path)
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .ToHashSet(StringComparer.Ordinal);
    }
}
