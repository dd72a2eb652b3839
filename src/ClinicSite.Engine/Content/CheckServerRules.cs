using ClinicSite.Engine.Diagnostics;

namespace ClinicSite.Engine.Content;

/// <summary>
/// Headers and redirects from site.yml are written line by line into _headers and _redirects, so a line break in
/// one (easy to make with YAML's | or &gt; blocks) would end it early and could add rules nobody wrote, or weaken the
/// security headers. Each value must be on one line.
/// </summary>
internal static class CheckServerRules
{
    public static void Run(SiteData site, string displayPath, DiagnosticBag diagnostics)
    {
        var values = site.Headers
            .SelectMany(h => h.Values.SelectMany(v => new[] { ($"header name '{v.Key}' under '{h.For}'", v.Key, "_headers"), ($"header '{v.Key}' under '{h.For}'", v.Value, "_headers") })
                .Append(($"headers path '{h.For}'", h.For, "_headers")))
            .Concat(site.Redirects.SelectMany(r => new[] { ($"redirect from '{r.From}'", r.From, "_redirects"), ($"redirect to '{r.To}'", r.To, "_redirects") }));
        foreach (var (what, value, file) in values.Where(v => v.Item2.AsSpan().IndexOfAny('\r', '\n') >= 0))
        {
            diagnostics.Error(Codes.SiteData, new SourceSpan(displayPath), $"The {what.ReplaceLineEndings(" ")} runs over several lines, which would break {file}. Write it on one line, in quotes if it is long (not with | or >).");
        }
    }
}
