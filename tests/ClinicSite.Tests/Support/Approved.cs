using System.Runtime.CompilerServices;
using System.Text;

namespace ClinicSite.Tests.Support;

/// <summary>
/// Approved-file snapshots: compares text with Snapshots/NAME.verified.html in the source tree. On a difference it
/// writes NAME.received.html beside it and fails; run with CLINICSITE_ACCEPT=1 to accept (review the diff first).
/// </summary>
internal static class Approved
{
    public const string AcceptVariable = "CLINICSITE_ACCEPT";

    /// <summary>Lines of the approved and received text shown in a failure message.</summary>
    private const int ExcerptLines = 4;

    /// <summary>Longer lines are cut in the failure message, so one huge line cannot flood the test output.</summary>
    private const int MaxLineLength = 200;

    public static void Verify(string name, string actual, [CallerFilePath] string callerFile = "") =>
        VerifyIn(FolderFor(callerFile), name, actual, IsAccept(Environment.GetEnvironmentVariable(AcceptVariable)));

    /// <summary>
    /// The comparison itself, with the folder and the accept switch passed in, so the helper's own tests can run it
    /// in a temp folder without touching the process environment (xunit runs test classes in parallel).
    /// </summary>
    internal static void VerifyIn(string folder, string name, string actual, bool accept)
    {
        var verified = Path.Combine(folder, name + ".verified.html");
        var received = Path.Combine(folder, name + ".received.html");
        actual = Normalize(actual);
        var expected = File.Exists(verified) ? Normalize(File.ReadAllText(verified)) : null;
        if (accept)
        {
            // Rewrite only on a change, so accepting an unchanged snapshot leaves the file untouched.
            if (expected != actual)
            {
                File.WriteAllText(verified, actual);
            }

            File.Delete(received);
            return;
        }

        if (expected == actual)
        {
            File.Delete(received);
            return;
        }

        File.WriteAllText(received, actual);
        Assert.Fail(expected is null
            ? $"No approved snapshot {verified}. Review {received}, then accept with {AcceptVariable}=1."
            : $"Snapshot {name} differs from {verified} at line {FirstDifference(expected, actual)}. Review {received}; accept with {AcceptVariable}=1.\n{Excerpt(expected, actual)}");
    }

    /// <summary>Only "1" accepts, so a stray CLINICSITE_ACCEPT=0 or an empty value never overwrites approved files.</summary>
    internal static bool IsAccept(string? value) => value == "1";

    /// <summary>The first differing lines in a unified-diff style: a little context, then the approved (-) and received (+) lines.</summary>
    internal static string Excerpt(string expected, string actual)
    {
        var la = expected.Split('\n');
        var lb = actual.Split('\n');
        var first = FirstDifference(expected, actual) - 1;
        var context = Math.Max(0, first - 2);
        var sb = new StringBuilder();
        sb.Append("--- verified\n+++ received\n");
        sb.Append(System.Globalization.CultureInfo.InvariantCulture, $"@@ line {first + 1} @@\n");
        for (var i = context; i < first; i++)
        {
            sb.Append("  ").Append(Cut(la[i])).Append('\n');
        }

        // Lines equal at the same position are left out, so a one-line change shows as one - and one + line.
        var window = Enumerable.Range(first, ExcerptLines).Where(i => Line(la, i) != Line(lb, i)).ToList();
        foreach (var i in window.Where(i => i < la.Length))
        {
            sb.Append("- ").Append(Cut(la[i])).Append('\n');
        }

        foreach (var i in window.Where(i => i < lb.Length))
        {
            sb.Append("+ ").Append(Cut(lb[i])).Append('\n');
        }

        return sb.ToString();
    }

    /// <summary>The 1-based number of the first line that differs.</summary>
    internal static int FirstDifference(string a, string b)
    {
        var la = a.Split('\n');
        var lb = b.Split('\n');
        for (var i = 0; i < Math.Min(la.Length, lb.Length); i++)
        {
            if (la[i] != lb[i])
            {
                return i + 1;
            }
        }

        return Math.Min(la.Length, lb.Length) + 1;
    }

    private static string FolderFor(string callerFile)
    {
        // The caller's own folder when the test lives in Snapshots/; else the test project's Snapshots/ (also when a
        // path map hides the real source path from [CallerFilePath]).
        var callerFolder = Path.GetDirectoryName(callerFile);
        if (!string.IsNullOrEmpty(callerFolder) && Path.GetFileName(callerFolder) == "Snapshots" && Directory.Exists(callerFolder))
        {
            return callerFolder;
        }

        var beside = string.IsNullOrEmpty(callerFolder) ? string.Empty : Path.Combine(callerFolder, "Snapshots");
        return Directory.Exists(beside) ? beside : Path.Combine(RepoPaths.Root, "tests", "ClinicSite.Tests", "Snapshots");
    }

    private static string? Line(string[] lines, int index) => index < lines.Length ? lines[index] : null;

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);

    private static string Cut(string line) => line.Length <= MaxLineLength ? line : line[..MaxLineLength] + " …";
}
