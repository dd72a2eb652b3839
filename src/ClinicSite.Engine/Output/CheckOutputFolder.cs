using System.Globalization;
using System.Text.RegularExpressions;
using ClinicSite.Engine.Content;
using ClinicSite.Engine.Diagnostics;

namespace ClinicSite.Engine.Output;

/// <summary>
/// Decides, before anything is written, whether ClinicSite may replace a folder with the built site. It may when the
/// folder does not exist, is empty, or holds only files ClinicSite wrote there (its mark lists them). It never may
/// when the folder is, holds or lies inside the input or theme folder, holds a repository (.git), or is the file
/// system's root or the user's home. Paths are compared after resolving symbolic links, '..' and trailing slashes.
/// </summary>
internal static partial class CheckOutputFolder
{
    private const int Shown = 3;

    /// <summary>The files at the top of a site that ClinicSite writes beside the pages.</summary>
    private static readonly HashSet<string> SiteFileNames = new(["_headers", "_redirects", "sitemap.xml", "robots.txt", "manifest.webmanifest"], StringComparer.Ordinal);

    /// <summary>
    /// Null when ClinicSite may replace <paramref name="output"/>; otherwise one line naming the folder, why not, and
    /// what to do instead.
    /// </summary>
    public static string? Problem(string output, string input, string theme)
    {
        var real = RealPath.Of(output);
        var shown = Display(output);
        if (Path.GetPathRoot(real) == real)
        {
            return $"{shown} is the root of the file system. Choose a folder of its own for the site, such as output/.";
        }

        if (HomeFolder() is { } home && string.Equals(real, home, RealPath.Comparison))
        {
            return $"{shown} is your home folder. Choose a folder of its own for the site, such as output/.";
        }

        foreach (var (name, folder) in new[] { ("input", input), ("theme", theme) })
        {
            var other = RealPath.Of(folder);
            var where = string.Equals(real, other, RealPath.Comparison) ? "is"
                : RealPath.IsSameOrInside(real, other) ? "is inside"
                : RealPath.IsSameOrInside(other, real) ? "contains"
                : null;
            if (where is not null)
            {
                var named = where == "is" && Display(folder) == shown ? string.Empty : $" ({Display(folder)})";
                return $"{shown} {where} the {name} folder{named}: building there would replace your {(name == "input" ? "pages" : "theme")}. Choose a folder outside it, such as output/.";
            }
        }

        if (real.Split(Path.DirectorySeparatorChar).Contains(".git", StringComparer.Ordinal))
        {
            return $"{shown} is inside a repository's .git folder. Choose a folder of its own for the site, such as output/.";
        }

        if (File.Exists(real) || (new FileInfo(real).LinkTarget is not null && !Directory.Exists(real)))
        {
            return $"{shown} is a file, not a folder. Choose a folder for the site, such as output/.";
        }

        if (!Directory.Exists(real))
        {
            return null;
        }

        if (Directory.Exists(Path.Combine(real, ".git")) || File.Exists(Path.Combine(real, ".git")))
        {
            return $"{shown} holds a .git folder: it is a repository, not a folder ClinicSite made. Choose an empty folder, such as output/.";
        }

        var foreign = ForeignEntries(real, RealPath.Of(input));
        if (foreign.Count == 0)
        {
            return null;
        }

        var list = string.Join(", ", foreign.Take(Shown));
        var more = foreign.Count > Shown ? string.Create(CultureInfo.InvariantCulture, $" and {foreign.Count - Shown} more") : string.Empty;
        return $"{shown} holds files ClinicSite did not write ({list}{more}). Choose an empty folder, or move those files away.";
    }

    /// <summary>The CLS051 error for a refused output folder, in the form every command prints.</summary>
    public static Diagnostic Refusal(string output, string problem) =>
        new(Severity.Error, Codes.UnsafeOutput.Id, problem, new SourceSpan(DisplayPaths.For(Path.GetFullPath(output))));

    /// <summary>
    /// The files and folders in <paramref name="folder"/> that ClinicSite did not write, sorted; a folder none of
    /// whose files are ClinicSite's is named once ("drafts/") rather than file by file. Empty for a folder that is
    /// empty or wholly ClinicSite's.
    /// </summary>
    internal static List<string> ForeignEntries(string folder, string? input)
    {
        var listed = OutputMark.Read(folder);
        Func<string, string, bool> ours = listed is not null
            ? (relative, _) => listed.Contains(relative)
            : LooksLikeEarlierOutput(folder) ? (relative, full) => WrittenByEarlierRelease(relative, full, input) : (_, _) => false;
        var foreign = new List<string>();
        Walk(folder, string.Empty, ours, foreign);
        foreign.Sort(StringComparer.Ordinal);
        return foreign;
    }

    /// <summary>True when the folder holds at least one of ClinicSite's files; adds what is not to <paramref name="foreign"/>.</summary>
    private static bool Walk(string folder, string prefix, Func<string, string, bool> ours, List<string> foreign)
    {
        var anyOurs = false;
        var here = new List<string>();
        foreach (var entry in new DirectoryInfo(folder).EnumerateFileSystemInfos("*", new EnumerationOptions { AttributesToSkip = 0, IgnoreInaccessible = false }))
        {
            var relative = prefix + entry.Name;
            if (entry.LinkTarget is not null)
            {
                here.Add(relative); // ClinicSite never writes links
            }
            else if (entry is DirectoryInfo directory)
            {
                var inner = new List<string>();
                if (Walk(directory.FullName, relative + "/", ours, inner))
                {
                    anyOurs = true;
                    here.AddRange(inner);
                }
                else if (inner.Count > 0)
                {
                    here.Add(relative + "/");
                }
            }
            else if (OutputMark.IsOwnBookkeeping(relative) || relative.EndsWith(IncrementalTempSuffix, StringComparison.Ordinal) || ours(relative, entry.FullName))
            {
                anyOurs = true;
            }
            else
            {
                here.Add(relative);
            }
        }

        foreign.AddRange(here);
        return anyOurs;
    }

    /// <summary>The suffix 'serve' gives a file while writing it (see IncrementalBuild).</summary>
    internal const string IncrementalTempSuffix = ".clinicsite-tmp";

    /// <summary>
    /// An output folder written before ClinicSite marked its folders: the site files at its top, and no mark. Such a
    /// folder is replaced only if every file in it is one ClinicSite writes (see <see cref="WrittenByEarlierRelease"/>).
    /// </summary>
    private static bool LooksLikeEarlierOutput(string folder) =>
        File.Exists(Path.Combine(folder, "_headers")) && File.Exists(Path.Combine(folder, "sitemap.xml")) && File.Exists(Path.Combine(folder, "manifest.webmanifest"));

    private static bool WrittenByEarlierRelease(string relative, string full, string? input)
    {
        if (SiteFileNames.Contains(relative) || (relative.StartsWith("assets/", StringComparison.Ordinal) && Fingerprinted().IsMatch(Path.GetFileName(relative)))
            || relative == "search/index.json" || SearchIndexFile().IsMatch(relative))
        {
            return true;
        }

        if (relative.EndsWith(".html", StringComparison.Ordinal) && new FileInfo(full).Length < 16 * 1024 * 1024)
        {
            // Every page ClinicSite's theme makes links the web manifest and a fingerprinted stylesheet in its head.
            var text = File.ReadAllText(full);
            return text.Contains("<link rel=\"manifest\" href=\"/manifest.webmanifest\">", StringComparison.Ordinal) && StylesheetLink().IsMatch(text);
        }

        // A file copied from the input as it is (an image beside a page).
        if (input is null)
        {
            return false;
        }

        var source = Path.Combine(input, relative);
        return File.Exists(source) && new FileInfo(source).Length == new FileInfo(full).Length && File.ReadAllBytes(source).AsSpan().SequenceEqual(File.ReadAllBytes(full));
    }

    private static string? HomeFolder()
    {
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        return string.IsNullOrEmpty(home) ? null : RealPath.Of(home);
    }

    private static string Display(string path) => DisplayPaths.For(Path.GetFullPath(path)).TrimEnd('/') + "/";

    [GeneratedRegex(@"^[^/]+\.[0-9a-f]{10}\.[A-Za-z0-9]+$")]
    private static partial Regex Fingerprinted();

    [GeneratedRegex(@"^assets/search/[0-9a-f]{12}\.json$")]
    private static partial Regex SearchIndexFile();

    [GeneratedRegex("<link rel=\"stylesheet\" href=\"/assets/css/[^\"/]+\\.[0-9a-f]{10}\\.css\">")]
    private static partial Regex StylesheetLink();
}
