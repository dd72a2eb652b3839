namespace ClinicSite.BrowserTests.Support;

/// <summary>
/// Finds the Chromium to drive: CHROME_PATH, else Debian's /usr/bin/chromium, else Playwright's own installed browsers
/// (null: let Playwright look). Playwright cannot download a browser on a closed network, so a missing browser fails
/// the run with the command that fixes it; the tests never skip.
/// </summary>
internal static class BrowserLocator
{
    public const string DebianChromium = "/usr/bin/chromium";

    public const string InstallInstruction =
        "No Chromium found for the browser tests. Install it with 'sudo apt-get install -y chromium' (Debian/Ubuntu), " +
        "or set CHROME_PATH to a Chrome or Chromium executable, or run tools/test.sh, which installs it when it can.";

    /// <summary>The executable to launch, or null to use Playwright's installed browsers.</summary>
    public static string? Find(string? chromePath, Func<string, bool> exists)
    {
        if (!string.IsNullOrWhiteSpace(chromePath))
        {
            return exists(chromePath)
                ? chromePath
                : throw new InvalidOperationException($"CHROME_PATH is '{chromePath}', but no file is there. {InstallInstruction}");
        }

        return exists(DebianChromium) ? DebianChromium : null;
    }

    /// <summary>
    /// The switches for a quiet, offline-safe headless Chromium. Without the networking ones Chromium tries to reach
    /// Google for updates, sync and field trials, which on a closed network shows up as refused connections.
    /// </summary>
    public static readonly IReadOnlyList<string> Arguments =
    [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
    ];
}
