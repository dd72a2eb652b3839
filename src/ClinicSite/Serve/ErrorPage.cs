using System.Globalization;
using System.Net;
using System.Text;
using ClinicSite.Engine.Diagnostics;

namespace ClinicSite.Cli.Serve;

/// <summary>The page 'serve' shows instead of every HTML page while the build is broken: each error with its file and line.</summary>
internal static class ErrorPage
{
    public static string Render(IReadOnlyList<Diagnostic> errors, string output, int build)
    {
        var count = errors.Count == 1 ? "1 error. Fix it" : string.Create(CultureInfo.InvariantCulture, $"{errors.Count} errors. Fix them");
        var html = new StringBuilder()
            .Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>The site did not build</title>\n")
            .Append("<link rel=\"stylesheet\" href=\"").Append(ReloadAssets.StylePath).Append("\">\n")
            .Append("</head>\n<body>\n<main>\n<h1>The site did not build</h1>\n")
            .Append("<p>").Append(count).Append(" and save: this page reloads by itself. Until then, ")
            .Append(Encode(output)).Append(" keeps the last site that built.</p>\n<ol>\n");
        foreach (var error in errors)
        {
            html.Append("<li><p class=\"where\">").Append(Encode(error.Span.ToString())).Append(": ").Append(Encode(error.Code)).Append("</p>")
                .Append("<p class=\"message\">").Append(Encode(error.Message)).Append("</p></li>\n");
        }

        return html.Append("</ol>\n</main>\n").Append(ReloadAssets.ScriptTag(build)).Append("\n</body>\n</html>\n").ToString();
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
