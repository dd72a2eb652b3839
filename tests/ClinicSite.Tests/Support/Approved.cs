using System.Runtime.CompilerServices;

namespace ClinicSite.Tests.Support;

/// <summary>
/// Approved-file snapshots: compares text with Snapshots/NAME.verified.html in the source tree. On a difference it
/// writes NAME.received.html beside it and fails; run with CLINICSITE_ACCEPT=1 to accept (review the diff first).
/// </summary>
internal static class Approved
{
    public static void Verify(string name, string actual, [CallerFilePath] string callerFile = "")
    {
        var folder = Path.Combine(Path.GetDirectoryName(callerFile)!, "Snapshots");
        if (!Directory.Exists(folder))
        {
            folder = Path.Combine(RepoPaths.Root, "tests", "ClinicSite.Tests", "Snapshots");
        }

        var verified = Path.Combine(folder, name + ".verified.html");
        var received = Path.Combine(folder, name + ".received.html");
        actual = actual.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (Environment.GetEnvironmentVariable("CLINICSITE_ACCEPT") == "1")
        {
            File.WriteAllText(verified, actual);
            File.Delete(received);
            return;
        }

        var expected = File.Exists(verified) ? File.ReadAllText(verified).Replace("\r\n", "\n", StringComparison.Ordinal) : null;
        if (expected == actual)
        {
            File.Delete(received);
            return;
        }

        File.WriteAllText(received, actual);
        Assert.Fail(expected is null
            ? $"No approved snapshot {verified}. Review {received}, then accept with CLINICSITE_ACCEPT=1."
            : $"Snapshot {name} differs from {verified} at line {FirstDifference(expected, actual)}. Review {received}; accept with CLINICSITE_ACCEPT=1.");
    }

    private static int FirstDifference(string a, string b)
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
}
