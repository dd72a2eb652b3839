using System.Globalization;

namespace ClinicSite.Cli.Serve;

/// <summary>The rules of a Netlify <c>_redirects</c> file, first match wins.</summary>
internal sealed class RedirectRules
{
    public static readonly RedirectRules Empty = new([]);

    private RedirectRules(IReadOnlyList<RedirectRule> rules) => Rules = rules;

    public IReadOnlyList<RedirectRule> Rules { get; }

    public static RedirectRules Parse(string text)
    {
        var rules = new List<RedirectRule>();
        foreach (var rawLine in text.Split('\n'))
        {
            var line = rawLine.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var parts = line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length < 2)
            {
                continue;
            }

            var status = 301;
            var force = false;
            if (parts.Length > 2)
            {
                var code = parts[2];
                force = code.EndsWith('!');
                if (!int.TryParse(code.TrimEnd('!'), NumberStyles.None, CultureInfo.InvariantCulture, out status))
                {
                    // Conditions such as 'Country=' are Netlify-only; a dev host ignores the line rather than guess.
                    continue;
                }
            }

            rules.Add(new RedirectRule(PathPattern.Parse(parts[0]), parts[1], status, force));
        }

        return new RedirectRules(rules);
    }

    /// <summary>The first rule matching <paramref name="path"/> (only forced rules when <paramref name="forcedOnly"/>), with its target.</summary>
    public (RedirectRule Rule, string Target)? Find(string path, bool forcedOnly)
    {
        // Netlify treats /a and /a/ alike when matching rules.
        var other = path.Length > 1 && path.EndsWith('/') ? path.TrimEnd('/') : path + "/";
        foreach (var rule in Rules)
        {
            if (forcedOnly && !rule.Force)
            {
                continue;
            }

            if ((rule.TargetFor(path) ?? rule.TargetFor(other)) is { } target)
            {
                return (rule, target);
            }
        }

        return null;
    }
}
