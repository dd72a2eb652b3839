namespace ClinicSite.Cli.Serve;

/// <summary>One <c>_redirects</c> line: from, to, status (301 unless given; 200 rewrites, 404 serves the target as not found), '!' to force.</summary>
internal sealed record RedirectRule(PathPattern From, string To, int Status, bool Force)
{
    /// <summary>The target for a matched path: placeholders and <c>:splat</c> filled in.</summary>
    public string? TargetFor(string path)
    {
        var values = From.Match(path);
        if (values is null)
        {
            return null;
        }

        var target = To;
        // Longest names first, so ':splat' is not eaten by a ':s' placeholder.
        foreach (var (name, value) in values.OrderByDescending(v => v.Key.Length))
        {
            target = target.Replace(":" + name, value, StringComparison.Ordinal);
        }

        return target;
    }
}
