using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;

namespace ClinicSite.Tests.Security;

/// <summary>
/// Finds every reference in a built site that makes a browser contact another host: src and srcset of any element,
/// stylesheets, scripts, icons, manifests and preloads, @import and url() in CSS (files, style elements and style
/// attributes), absolute URLs in scripts and the web manifest. Links people click (a href) are not loads and are allowed.
/// </summary>
internal static partial class ThirdPartyScan
{
    /// <summary>link rel values that make the browser fetch the href.</summary>
    private static readonly HashSet<string> FetchingRels = new(StringComparer.OrdinalIgnoreCase)
    {
        "stylesheet", "icon", "shortcut", "apple-touch-icon", "apple-touch-icon-precomposed", "mask-icon", "manifest", "preload", "modulepreload",
        "prefetch", "dns-prefetch", "preconnect", "prerender",
    };

    [GeneratedRegex(@"@import\s+(?:url\(\s*)?['""]?(?<url>[^'"")\s;]+)|url\(\s*['""]?(?<url>[^'"")\s]+)", RegexOptions.IgnoreCase)]
    private static partial Regex CssUrl();

    [GeneratedRegex(@"(?<url>(?:https?:)?//[a-z0-9.-]+[^\s'""`)]*)", RegexOptions.IgnoreCase)]
    private static partial Regex AbsoluteUrl();

    /// <summary>"file: what → url" for each third-party load under the folder; own host is the site's base URL host.</summary>
    public static IReadOnlyList<string> Find(string folder, string ownHost)
    {
        var found = new List<string>();
        var parser = new HtmlParser();
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var name = Path.GetRelativePath(folder, file).Replace('\\', '/');
            var text = File.ReadAllText(file);
            void Check(string what, string url)
            {
                if (IsOtherHost(url, ownHost))
                {
                    found.Add($"{name}: {what} → {url}");
                }
            }

            switch (Path.GetExtension(file).ToLowerInvariant())
            {
                case ".html" or ".htm":
                    using (var document = parser.ParseDocument(text))
                    {
                        foreach (var element in document.QuerySelectorAll("[src]"))
                        {
                            Check($"<{element.LocalName} src>", element.GetAttribute("src")!);
                        }

                        foreach (var element in document.QuerySelectorAll("[srcset]"))
                        {
                            foreach (var candidate in element.GetAttribute("srcset")!.Split(','))
                            {
                                Check($"<{element.LocalName} srcset>", candidate.Trim().Split(' ')[0]);
                            }
                        }

                        foreach (var link in document.QuerySelectorAll("link[href]").Where(l => (l.GetAttribute("rel") ?? string.Empty).Split(' ').Any(FetchingRels.Contains)))
                        {
                            Check($"<link rel=\"{link.GetAttribute("rel")}\">", link.GetAttribute("href")!);
                        }

                        foreach (var element in document.QuerySelectorAll("object[data], use[href], image[href], meta[http-equiv=refresh]"))
                        {
                            var value = element.GetAttribute("data") ?? element.GetAttribute("href") ?? element.GetAttribute("content")!;
                            Check($"<{element.LocalName}>", value.Contains("url=", StringComparison.OrdinalIgnoreCase) ? value[(value.IndexOf("url=", StringComparison.OrdinalIgnoreCase) + 4)..] : value);
                        }

                        var css = document.QuerySelectorAll("style").Select(s => s.TextContent)
                            .Concat(document.QuerySelectorAll("[style]").Select(e => e.GetAttribute("style")!));
                        foreach (Match match in css.SelectMany(c => CssUrl().Matches(c)))
                        {
                            Check("CSS in the page", match.Groups["url"].Value);
                        }
                    }

                    break;
                case ".css":
                    foreach (Match match in CssUrl().Matches(text))
                    {
                        Check("@import or url()", match.Groups["url"].Value);
                    }

                    break;
                case ".js" or ".mjs" or ".webmanifest" or ".json":
                    foreach (Match match in AbsoluteUrl().Matches(text))
                    {
                        Check("absolute URL", match.Groups["url"].Value);
                    }

                    break;
            }
        }

        return found;
    }

    internal static bool IsOtherHost(string url, string ownHost)
    {
        var value = url.Trim();
        if (value.StartsWith("//", StringComparison.Ordinal))
        {
            value = "https:" + value;
        }

        if (!value.Contains("://", StringComparison.Ordinal))
        {
            // data: and blob: URLs load nothing from a host; a CSP without them blocks them anyway. Relative URLs are ours.
            return false;
        }

        return !Uri.TryCreate(value, UriKind.Absolute, out var uri) || !string.Equals(uri.Host, ownHost, StringComparison.OrdinalIgnoreCase);
    }
}
