using System.Text.RegularExpressions;
using ClinicSite.Engine.Pipeline;
using ClinicSite.Tests.Support;

namespace ClinicSite.Tests.Snapshots;

/// <summary>Builds the committed fixture site (Fixtures/snapshot-site) with the real theme once, on a fixed date, into a temp folder.</summary>
public sealed partial class SnapshotSite : IDisposable
{
    /// <summary>Review warnings and "due soon" counts are measured against this date, never the machine's clock.</summary>
    public static readonly DateOnly Today = new(2026, 12, 1);

    public SnapshotSite()
    {
        Output = NewOutputFolder();
        Result = Build(Output);
    }

    /// <summary>The fixture's input folder in the source tree (not the copy in bin/, which keeps files deleted from the source).</summary>
    public static string Input => Path.Combine(RepoPaths.Root, "tests", "ClinicSite.Tests", "Fixtures", "snapshot-site", "input");

    public string Output { get; }

    public BuildResult Result { get; }

    public static string NewOutputFolder() => Path.Combine(Path.GetTempPath(), "clinicsite-snapshots", Guid.NewGuid().ToString("N"), "output");

    public static BuildResult Build(string output) => SiteBuild.Run(new BuildOptions
    {
        Input = Input,
        Theme = RepoPaths.Theme,
        Output = output,
        Today = Today,
    });

    /// <summary>Every HTML file written, as paths relative to the output folder with forward slashes, in ordinal order.</summary>
    public static IReadOnlyList<string> HtmlFiles(string output) =>
        Directory.Exists(output)
            ? Directory.EnumerateFiles(output, "*.html", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(output, f).Replace('\\', '/'))
                .Order(StringComparer.Ordinal)
                .ToList()
            : [];

    public string Read(string path) => File.ReadAllText(Path.Combine(Output, path));

    /// <summary>
    /// The page as snapshotted: asset fingerprints (a hash of the CSS, JS or image bytes) become "[fingerprint]", so an
    /// edit to site.css does not change every snapshot; the page markup is what the snapshots are for.
    /// </summary>
    public string Snapshot(string path) => Fingerprint().Replace(Read(path), "$1.[fingerprint]$2");

    /// <summary>The diagnostics, for a failure message.</summary>
    internal static string Describe(BuildResult result) =>
        result.Diagnostics.Count == 0 ? "(no diagnostics)" : string.Join('\n', result.Diagnostics);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path.GetDirectoryName(Output)!, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; never fail a test on cleanup.
        }
    }

    /// <summary>/assets/css/site.0123456789.css: the 10 hex digits FingerprintAssets puts before the extension.</summary>
    [GeneratedRegex(@"(/assets/[^""'\s<>]+?)\.[0-9a-f]{10}(\.[A-Za-z0-9]+)", RegexOptions.CultureInvariant)]
    private static partial Regex Fingerprint();
}
