using System.Net;

namespace ClinicSite.Cli.Serve;

/// <summary>
/// What 'serve' answers while its first build is still running: 503 with Retry-After, never a 404 for a page that is
/// about to exist. The page reloads itself when the build ends, through the reload script or, without JavaScript,
/// through a refresh every second.
/// </summary>
internal static class BuildingPage
{
    /// <summary>Seconds a browser or a script should wait before asking again.</summary>
    public const int RetryAfterSeconds = 1;

    public static string Render(string input, int build) =>
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n" +
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n" +
        $"<meta http-equiv=\"refresh\" content=\"{RetryAfterSeconds}\">\n" +
        "<title>Building the site…</title>\n" +
        $"<link rel=\"stylesheet\" href=\"{ReloadAssets.StylePath}\">\n" +
        "</head>\n<body>\n<main>\n<h1>Building the site…</h1>\n" +
        $"<p>ClinicSite is building the pages from {WebUtility.HtmlEncode(input)}. This page opens by itself as soon as they are ready.</p>\n" +
        "</main>\n" + ReloadAssets.ScriptTag(build) + "\n</body>\n</html>\n";
}
