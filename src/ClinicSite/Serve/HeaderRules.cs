namespace ClinicSite.Cli.Serve;

/// <summary>The rules of a Netlify <c>_headers</c> file: a path pattern on its own line, then indented <c>Name: value</c> lines.</summary>
internal sealed class HeaderRules
{
    public static readonly HeaderRules Empty = new([]);

    private readonly IReadOnlyList<(PathPattern Pattern, IReadOnlyList<KeyValuePair<string, string>> Headers)> _rules;

    private HeaderRules(IReadOnlyList<(PathPattern, IReadOnlyList<KeyValuePair<string, string>>)> rules) => _rules = rules;

    public int Count => _rules.Count;

    public static HeaderRules Parse(string text)
    {
        var rules = new List<(PathPattern, IReadOnlyList<KeyValuePair<string, string>>)>();
        List<KeyValuePair<string, string>>? current = null;
        foreach (var rawLine in text.Split('\n'))
        {
            var line = rawLine.TrimEnd('\r');
            var trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed.StartsWith('#'))
            {
                continue;
            }

            if (!char.IsWhiteSpace(line[0]))
            {
                current = [];
                rules.Add((PathPattern.Parse(trimmed), current));
                continue;
            }

            var colon = trimmed.IndexOf(':', StringComparison.Ordinal);
            if (current is not null && colon > 0)
            {
                current.Add(new(trimmed[..colon].Trim(), trimmed[(colon + 1)..].Trim()));
            }
        }

        return new HeaderRules(rules);
    }

    /// <summary>
    /// The headers for a request path. As on Netlify, every matching rule applies, and a header named by more than one
    /// rule gets their values joined with ", ".
    /// </summary>
    public IReadOnlyList<KeyValuePair<string, string>> For(string path)
    {
        var result = new List<KeyValuePair<string, string>>();
        foreach (var (pattern, headers) in _rules)
        {
            if (pattern.Match(path) is null)
            {
                continue;
            }

            foreach (var header in headers)
            {
                var existing = result.FindIndex(h => string.Equals(h.Key, header.Key, StringComparison.OrdinalIgnoreCase));
                if (existing < 0)
                {
                    result.Add(header);
                }
                else
                {
                    result[existing] = new(result[existing].Key, result[existing].Value + ", " + header.Value);
                }
            }
        }

        return result;
    }
}
