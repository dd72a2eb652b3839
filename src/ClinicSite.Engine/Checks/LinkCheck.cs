using ClinicSite.Engine.Diagnostics;

namespace ClinicSite.Engine.Checks;

/// <summary>Every internal href/src resolves to a written file, and every #fragment to an id on the target page.</summary>
internal sealed class LinkCheck : ISiteCheck
{
    public void Check(IReadOnlyList<PageFacts> pages, IReadOnlySet<string> files, DiagnosticBag diagnostics)
    {
        var byPath = pages.ToDictionary(p => p.OutputPath, StringComparer.Ordinal);
        foreach (var page in pages)
        {
            foreach (var (element, attribute, value) in page.References.Distinct())
            {
                if (value.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || value.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
                    || value.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) || value.StartsWith("tel:", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                var hash = value.IndexOf('#', StringComparison.Ordinal);
                var path = hash >= 0 ? value[..hash] : value;
                var fragment = hash >= 0 ? value[(hash + 1)..] : null;
                var target = path.Length == 0 ? page.OutputPath : Resolve(page.OutputPath, path);
                if (target is null || !files.Contains(target))
                {
                    diagnostics.Error(Codes.BrokenLink, CheckSpan.For(page), $"The built page /{page.OutputPath} has <{element} {attribute}=\"{value}\">, but no file {target ?? value} was written. Fix the link in the page or its template.");
                    continue;
                }

                if (!string.IsNullOrEmpty(fragment) && (!byPath.TryGetValue(target, out var targetPage) || !targetPage.Ids.Contains(Uri.UnescapeDataString(fragment))))
                {
                    diagnostics.Error(Codes.BrokenFragment, CheckSpan.For(page), $"The built page /{page.OutputPath} links to '{value}', but /{target} has no element with id '{fragment}'.");
                }
            }
        }
    }

    /// <summary>Maps a URL path to the file it is served from: /a/ → a/index.html; relative paths resolve against the page.</summary>
    internal static string? Resolve(string fromOutputPath, string urlPath)
    {
        var query = urlPath.IndexOf('?', StringComparison.Ordinal);
        if (query >= 0)
        {
            urlPath = urlPath[..query];
        }

        var decoded = Uri.UnescapeDataString(urlPath);
        var segments = new List<string>();
        if (!decoded.StartsWith('/'))
        {
            segments.AddRange(fromOutputPath.Split('/')[..^1]);
        }

        foreach (var segment in decoded.Split('/'))
        {
            if (segment is "" or ".")
            {
                continue;
            }

            if (segment == "..")
            {
                if (segments.Count == 0)
                {
                    return null;
                }

                segments.RemoveAt(segments.Count - 1);
                continue;
            }

            segments.Add(segment);
        }

        var joined = string.Join('/', segments);
        return decoded.EndsWith('/') || joined.Length == 0 ? (joined.Length == 0 ? "index.html" : joined + "/index.html") : joined;
    }
}
