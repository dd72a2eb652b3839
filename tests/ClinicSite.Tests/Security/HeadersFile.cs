namespace ClinicSite.Tests.Security;

/// <summary>Netlify's _headers format read back: a path pattern on its own line, then indented "Name: value" lines.</summary>
internal sealed class HeadersFile
{
    private readonly List<(string Pattern, List<(string Name, string Value)> Headers)> _rules = [];

    public static HeadersFile Parse(string text)
    {
        var file = new HeadersFile();
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.Trim().Length == 0 || line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            if (!char.IsWhiteSpace(line[0]))
            {
                file._rules.Add((line.Trim(), []));
                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (file._rules.Count == 0 || colon < 0)
            {
                throw new FormatException($"Not a header line under a path: '{line}'.");
            }

            file._rules[^1].Headers.Add((line[..colon].Trim(), line[(colon + 1)..].Trim()));
        }

        return file;
    }

    public IEnumerable<string> Patterns => _rules.Select(r => r.Pattern);

    /// <summary>Every value of a header (case-insensitive name) under one path pattern.</summary>
    public IReadOnlyList<string> Values(string pattern, string name) => _rules
        .Where(r => r.Pattern == pattern)
        .SelectMany(r => r.Headers)
        .Where(h => string.Equals(h.Name, name, StringComparison.OrdinalIgnoreCase))
        .Select(h => h.Value)
        .ToList();

    /// <summary>Every header name under any pattern.</summary>
    public IEnumerable<string> AllNames => _rules.SelectMany(r => r.Headers).Select(h => h.Name);
}
