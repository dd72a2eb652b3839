using System.Globalization;
using System.Text.RegularExpressions;

namespace ClinicSite.Tests.BadInput;

/// <summary>A diagnostic as the editor sees it: one canonical MSBuild line, <c>path(line,col): error CLSnnn: message</c>, parsed back.</summary>
internal sealed partial record ReportedDiagnostic(string Path, int Line, int Column, string Severity, string Code, string Message)
{
    [GeneratedRegex(@"^(?<path>.+?)(\((?<line>\d+)(,(?<col>\d+))?\))?: (?<severity>error|warning) (?<code>CLS\d{3}): (?<message>.+)$")]
    private static partial Regex Canonical();

    /// <summary>Parses every canonical line in the text; other lines (the summary) are skipped.</summary>
    public static IReadOnlyList<ReportedDiagnostic> ParseAll(string text) => text
        .Split('\n')
        .Select(line => Canonical().Match(line.TrimEnd('\r')))
        .Where(m => m.Success)
        .Select(m => new ReportedDiagnostic(
            m.Groups["path"].Value,
            m.Groups["line"].Success ? int.Parse(m.Groups["line"].Value, CultureInfo.InvariantCulture) : 0,
            m.Groups["col"].Success ? int.Parse(m.Groups["col"].Value, CultureInfo.InvariantCulture) : 0,
            m.Groups["severity"].Value,
            m.Groups["code"].Value,
            m.Groups["message"].Value))
        .ToList();

    /// <summary>The path relative to the test site's root (input/…, theme/…), so expectations do not depend on the temp folder.</summary>
    public string RelativeTo(string root)
    {
        var prefix = root.TrimEnd('/') + "/";
        return Path.StartsWith(prefix, StringComparison.Ordinal) ? Path[prefix.Length..] : Path;
    }
}
