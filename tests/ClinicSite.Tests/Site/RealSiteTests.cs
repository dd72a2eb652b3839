using System.Xml.Linq;
using AngleSharp.Dom;

namespace ClinicSite.Tests.Site;

/// <summary>
/// The real site, built and read back with AngleSharp by checks written independently of the engine's own: every
/// link, anchor, heading, title, lang and canonical; the sitemap lists every page.
/// </summary>
public sealed class RealSiteTests(BuiltSite site) : IClassFixture<BuiltSite>
{
    [Fact]
    public void The_real_site_builds_with_no_errors_and_no_warnings()
    {
        Assert.True(site.Result.Succeeded, string.Join('\n', site.Result.Diagnostics));
        Assert.Empty(site.Result.Diagnostics);
        Assert.True(site.Pages.Count >= 50, $"only {site.Pages.Count} pages");
    }

    [Fact]
    public void Every_internal_link_and_src_resolves_to_a_written_file()
    {
        var broken = new List<string>();
        foreach (var (path, doc) in site.Pages)
        {
            foreach (var (element, value) in References(doc))
            {
                if (IsExternal(value) || value.StartsWith('#'))
                {
                    continue;
                }

                var file = FileFor(path, value.Split('#')[0]);
                if (!File.Exists(Path.Combine(site.Output, file)))
                {
                    broken.Add($"{path}: <{element}> {value} -> {file}");
                }
            }
        }

        Assert.Empty(broken);
    }

    [Fact]
    public void Every_fragment_link_resolves_to_an_element_id()
    {
        var broken = new List<string>();
        foreach (var (path, doc) in site.Pages)
        {
            foreach (var href in doc.QuerySelectorAll("a[href*='#']").Select(a => a.GetAttribute("href")!).Where(h => !IsExternal(h)))
            {
                var parts = href.Split('#', 2);
                var target = parts[0].Length == 0 ? path : FileFor(path, parts[0]);
                if (!site.Pages.TryGetValue(target, out var targetDoc) || targetDoc.GetElementById(parts[1]) is null)
                {
                    broken.Add($"{path}: {href}");
                }
            }
        }

        Assert.Empty(broken);
    }

    [Fact]
    public void Every_page_has_exactly_one_h1_and_no_skipped_heading_levels()
    {
        var problems = new List<string>();
        foreach (var (path, doc) in site.Pages)
        {
            var levels = doc.QuerySelectorAll("h1,h2,h3,h4,h5,h6").Select(h => h.LocalName[1] - '0').ToList();
            if (levels.Count(l => l == 1) != 1)
            {
                problems.Add($"{path}: {levels.Count(l => l == 1)} h1");
            }

            for (var i = 1; i < levels.Count; i++)
            {
                if (levels[i] > levels[i - 1] + 1)
                {
                    problems.Add($"{path}: h{levels[i - 1]} then h{levels[i]}");
                }
            }
        }

        Assert.Empty(problems);
    }

    [Fact]
    public void Every_page_has_lang_a_unique_title_a_description_and_a_canonical_link()
    {
        foreach (var (path, doc) in site.Pages)
        {
            Assert.False(string.IsNullOrWhiteSpace(doc.DocumentElement.GetAttribute("lang")), path);
            Assert.False(string.IsNullOrWhiteSpace(doc.Title), path);
            Assert.False(string.IsNullOrWhiteSpace(doc.QuerySelector("meta[name=description]")?.GetAttribute("content")), path);
            var canonical = doc.QuerySelector("link[rel=canonical]")?.GetAttribute("href");
            Assert.StartsWith("https://", canonical);
        }

        var duplicates = site.Pages.GroupBy(p => p.Value.Title).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.Empty(duplicates);
    }

    [Fact]
    public void Every_image_has_alt_text()
    {
        var missing = site.Pages.SelectMany(p => p.Value.QuerySelectorAll("img:not([alt])").Select(i => $"{p.Key}: {i.GetAttribute("src")}")).ToList();
        Assert.Empty(missing);
    }

    [Fact]
    public void The_sitemap_lists_every_page_except_404_with_lastmod()
    {
        var xml = XDocument.Load(Path.Combine(site.Output, "sitemap.xml"));
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var locs = xml.Descendants(ns + "url").ToDictionary(u => u.Element(ns + "loc")!.Value, u => u.Element(ns + "lastmod")?.Value);
        var expected = site.Pages.Where(p => p.Key != "404.html")
            .Select(p => p.Value.QuerySelector("link[rel=canonical]")!.GetAttribute("href")!)
            .Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected, locs.Keys.Order(StringComparer.Ordinal).ToList());
        Assert.All(locs.Values, lastmod => Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", lastmod));
    }

    [Fact]
    public void Netlify_files_robots_and_manifest_are_written()
    {
        foreach (var file in new[] { "_headers", "_redirects", "robots.txt", "manifest.webmanifest", "404.html" })
        {
            Assert.True(File.Exists(Path.Combine(site.Output, file)), file);
        }

        Assert.Contains("Sitemap: https://", File.ReadAllText(Path.Combine(site.Output, "robots.txt")), StringComparison.Ordinal);
    }

    private static IEnumerable<(string Element, string Value)> References(IDocument doc) =>
        doc.QuerySelectorAll("a[href], link[href], img[src], script[src]")
            .Select(e => (e.LocalName, e.GetAttribute(e.HasAttribute("href") ? "href" : "src")!));

    private static bool IsExternal(string value) =>
        value.Contains("://", StringComparison.Ordinal) || value.StartsWith("mailto:", StringComparison.Ordinal) || value.StartsWith("tel:", StringComparison.Ordinal);

    /// <summary>The file a root-relative or relative URL is served from.</summary>
    internal static string FileFor(string fromPage, string url)
    {
        var baseDir = url.StartsWith('/') ? string.Empty : Path.GetDirectoryName(fromPage)!.Replace('\\', '/');
        var combined = Path.GetFullPath(Path.Combine("/", baseDir, url.TrimStart('/'))).TrimStart('/').Replace('\\', '/');
        return url.EndsWith('/') || combined.Length == 0 ? (combined.Length == 0 ? "index.html" : combined.TrimEnd('/') + "/index.html") : combined;
    }
}
