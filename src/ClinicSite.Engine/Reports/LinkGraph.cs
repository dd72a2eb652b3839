using ClinicSite.Engine.Model;

namespace ClinicSite.Engine.Reports;

/// <summary>
/// Which pages link to which: links written in page bodies plus the front-matter cross-references (a procedure's
/// risks, specialists, checklists and related procedures). Navigation the theme adds on every page (menus, footer,
/// section listings) is left out, so an orphan is a page no other page's content points to.
/// </summary>
internal sealed class LinkGraph
{
    private readonly Dictionary<Page, HashSet<Page>> _outbound = [];
    private readonly Dictionary<Page, HashSet<Page>> _inbound = [];

    private LinkGraph()
    {
    }

    public static LinkGraph For(Site site)
    {
        ArgumentNullException.ThrowIfNull(site);
        var graph = new LinkGraph();
        var byUrl = site.Pages.GroupBy(p => p.Url, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var page in site.Pages)
        {
            // RenderMarkdown has already turned links to .md files into site URLs, and noted each one it wrote.
            foreach (var url in page.Markdown.Body.PageLinks())
            {
                if (byUrl.TryGetValue(url, out var target))
                {
                    graph.Add(page, target);
                }
            }

            foreach (var target in page.Risks.Concat(page.PerformedBy).Concat(page.CareTeam).Concat(page.Checklists).Concat(page.Related))
            {
                graph.Add(page, target);
            }
        }

        return graph;
    }

    public int Outbound(Page page) => _outbound.TryGetValue(page, out var set) ? set.Count : 0;

    public int Inbound(Page page) => _inbound.TryGetValue(page, out var set) ? set.Count : 0;

    private void Add(Page from, Page to)
    {
        if (ReferenceEquals(from, to))
        {
            return;
        }

        Targets(_outbound, from).Add(to);
        Targets(_inbound, to).Add(from);
    }

    private static HashSet<Page> Targets(Dictionary<Page, HashSet<Page>> map, Page key)
    {
        if (!map.TryGetValue(key, out var set))
        {
            set = [];
            map[key] = set;
        }

        return set;
    }
}
