using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml;
using ClinicSite.Engine.Content;
using ClinicSite.Engine.Model;

namespace ClinicSite.Engine.Output;

/// <summary>The generated files beside the pages: sitemap.xml, robots.txt, the web manifest, and Netlify's _headers and _redirects.</summary>
internal static class SiteFiles
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static IEnumerable<OutputFile> For(Site site, IReadOnlyDictionary<string, string> assetUrls)
    {
        yield return Text("sitemap.xml", Sitemap(site));
        yield return Text("robots.txt", $"User-agent: *\nAllow: /\n\nSitemap: {site.Data.BaseUrl.TrimEnd('/')}/sitemap.xml\n");
        yield return Text("manifest.webmanifest", Manifest(site, assetUrls));
        yield return Text("_headers", Headers(site));
        yield return Text("_redirects", Redirects(site));
    }

    internal static string Sitemap(Site site)
    {
        var sb = new StringBuilder();
        var settings = new XmlWriterSettings { Indent = true, NewLineChars = "\n", Encoding = new UTF8Encoding(false), OmitXmlDeclaration = false };
        using (var writer = XmlWriter.Create(new StringWriter(sb, CultureInfo.InvariantCulture), settings))
        {
            writer.WriteStartElement("urlset", "http://www.sitemaps.org/schemas/sitemap/0.9");
            foreach (var page in site.Pages.Where(p => p.Kind != PageKind.NotFound))
            {
                writer.WriteStartElement("url");
                writer.WriteElementString("loc", site.Data.BaseUrl.TrimEnd('/') + page.Url);
                writer.WriteElementString("lastmod", page.Meta.Reviewed.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                writer.WriteEndElement();
            }

            writer.WriteEndElement();
        }

        return sb.ToString().Replace("utf-16", "utf-8", StringComparison.Ordinal) + "\n";
    }

    private static string Manifest(Site site, IReadOnlyDictionary<string, string> assetUrls)
    {
        var icon = assetUrls.TryGetValue("images/favicon.svg", out var url) ? url : "/favicon.svg";
        // Built as nodes, not serialised from an anonymous type: no reflection, so Native AOT keeps it as it is.
        var manifest = new JsonObject
        {
            ["name"] = site.Data.Clinic.Name,
            ["short_name"] = site.Data.Clinic.ShortName,
            ["description"] = site.Data.Clinic.Description,
            ["lang"] = site.Data.Language,
            ["start_url"] = "/",
            ["display"] = "browser",
            ["background_color"] = "#ffffff",
            ["theme_color"] = site.Data.ThemeColor,
            ["icons"] = new JsonArray(new JsonObject { ["src"] = icon, ["sizes"] = "any", ["type"] = "image/svg+xml" }),
        };
        return manifest.ToJsonString(Indented).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";
    }

    internal static string Headers(Site site)
    {
        var sb = new StringBuilder();
        foreach (var rule in site.Data.Headers)
        {
            sb.Append(rule.For).Append('\n');
            foreach (var (name, value) in rule.Values)
            {
                sb.Append("  ").Append(name).Append(": ").Append(value).Append('\n');
            }
        }

        // The search manifest keeps its name from build to build and names the fingerprinted shards: always ask for the current one.
        sb.Append("/search/index.json\n  Cache-Control: no-cache\n");
        // Fingerprinted assets never change under the same name, so browsers may keep them for a year.
        sb.Append("/assets/*\n  Cache-Control: public, max-age=31536000, immutable\n");
        return sb.ToString();
    }

    internal static string Redirects(Site site)
    {
        var sb = new StringBuilder();
        foreach (var redirect in site.Data.Redirects)
        {
            sb.Append(CultureInfo.InvariantCulture, $"{redirect.From} {redirect.To} {redirect.Status}\n");
        }

        return sb.ToString();
    }

    private static OutputFile Text(string path, string text) => new(path, new UTF8Encoding(false).GetBytes(text));
}
