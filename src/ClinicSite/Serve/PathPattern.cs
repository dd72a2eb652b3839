using System.Text;
using System.Text.RegularExpressions;

namespace ClinicSite.Cli.Serve;

/// <summary>A Netlify path pattern: literal text, <c>*</c> (the splat, any characters) and <c>:name</c> (one path segment).</summary>
internal sealed class PathPattern
{
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(250);
    private readonly Regex _regex;

    private PathPattern(string text, Regex regex)
    {
        Text = text;
        _regex = regex;
    }

    public string Text { get; }

    public static PathPattern Parse(string text)
    {
        var sb = new StringBuilder("^");
        var splats = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '*')
            {
                // Netlify has one splat per rule; a second '*' matches text without being captured.
                sb.Append(splats++ == 0 ? "(?<splat>.*)" : ".*");
            }
            else if (c == ':' && (i == 0 || text[i - 1] == '/') && i + 1 < text.Length && char.IsAsciiLetter(text[i + 1]))
            {
                var end = i + 1;
                while (end < text.Length && (char.IsAsciiLetterOrDigit(text[end]) || text[end] == '_'))
                {
                    end++;
                }

                sb.Append("(?<").Append(text, i + 1, end - i - 1).Append(">[^/]+)");
                i = end - 1;
            }
            else
            {
                sb.Append(Regex.Escape(c.ToString()));
            }
        }

        sb.Append('$');
        return new PathPattern(text, new Regex(sb.ToString(), RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, MatchTimeout));
    }

    /// <summary>Matches <paramref name="path"/>; on success returns the captured values (splat and named placeholders).</summary>
    public IReadOnlyDictionary<string, string>? Match(string path)
    {
        var match = _regex.Match(path);
        if (!match.Success)
        {
            return null;
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Group group in match.Groups)
        {
            if (group.Success && group.Name != "0")
            {
                values[group.Name] = group.Value;
            }
        }

        return values;
    }

    public override string ToString() => Text;
}
