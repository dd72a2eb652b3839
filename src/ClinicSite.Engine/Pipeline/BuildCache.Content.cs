using ClinicSite.Engine.Content;
using ClinicSite.Engine.Diagnostics;
using ClinicSite.Engine.Markdown;
using ClinicSite.Engine.Model;

namespace ClinicSite.Engine.Pipeline;

/// <summary>The content stages through the cache: data files, front matter, Markdown.</summary>
internal sealed partial class BuildCache
{
    private const string Href = "href=\"";

    private Stored<(SiteData? Site, IReadOnlyList<GlossaryEntry> Glossary)>? _data;

    /// <summary><see cref="ReadSiteData"/>, keyed on every data file (paths and text) and the input folder's name.</summary>
    public (SiteData? Site, IReadOnlyList<GlossaryEntry> Glossary) SiteData(InputSet input, string inputDisplay, DiagnosticBag diagnostics)
    {
        var key = new Hasher().Add(inputDisplay).Add(input.DataFiles.Count);
        foreach (var (name, file) in input.DataFiles.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            key.Add(name).Add(Keys.File(file));
        }

        _data = Single(_data, key.Done(), bag => new ReadSiteData(bag).Run(input, inputDisplay));
        Replay(_data.Diagnostics, diagnostics);
        return _data.Value;
    }

    /// <summary><see cref="ParseFrontMatter"/>, keyed on the page's file. Files that are not pages at all are left out.</summary>
    public IReadOnlyList<ParsedPage> FrontMatter(IReadOnlyList<SourceFile> files, DiagnosticBag diagnostics) =>
        Through(
            files,
            Keys.File,
            f => Entry(f).FrontMatter,
            (f, stored) => Entry(f).FrontMatter = stored,
            EachOnItsOwn<SourceFile, ParsedPage?>((file, bag) => new ParseFrontMatter(bag).Parse(file)),
            diagnostics).OfType<ParsedPage>().ToList();

    /// <summary>
    /// <see cref="RenderMarkdown"/>, keyed on the page's file and kind, the set of static files (images are checked
    /// against it), the glossary, the glossary page's URL and the site's base URL, and on the URL and heading ids of
    /// every page its HTML links to (with a broken link, also on which pages exist: a new page may mend it, and the
    /// hint lists them). Headings never depend on links, so the pages whose own key changed are rendered first; once
    /// every page's headings are known, the pages whose link targets changed are rendered with them.
    /// </summary>
    public IReadOnlyList<MarkdownPage> Markdown(
        IReadOnlyList<ParsedPage> pages, IReadOnlyList<StaticFile> statics, BodyOptions options, DiagnosticBag diagnostics)
    {
        var shared = new Hasher().Add(Keys.Set(statics.Select(s => s.PathInInput))).Add(Keys.Glossary(options.Glossary.Entries)).Add(options.Glossary.Url).Add(options.BaseUrl).Done();
        var own = new ContentHash[pages.Count];
        Parallel.For(0, pages.Count, PageParallelism.Options, i =>
            own[i] = new Hasher().Add(Entry(pages[i].File).File).Add((int)BuildSiteModel.KindOf(pages[i])).Add(shared).Done());

        var made = new (MarkdownPage Page, IReadOnlyList<Diagnostic> Diagnostics)?[pages.Count];
        RenderBatch(pages, made, statics, options, i => Entry(pages[i].File).Markdown is not { } old || old.Key != own[i]);
        var current = pages.Select((p, i) => made[i]?.Page ?? Entry(p.File).Markdown!.Value.Page).ToList();
        var targets = Targets(current);
        var pageSet = new Hasher().Add(pages.Select(p => p.File.PathInInput)).Done();
        RenderBatch(pages, made, statics, options, i => made[i] is null && Entry(pages[i].File).Markdown!.Value is var old && old.LinkKey != LinkKey(old.Links, old.BrokenLink, targets, pageSet));

        var result = new MarkdownPage[pages.Count];
        Parallel.For(0, pages.Count, PageParallelism.Options, i =>
        {
            if (made[i] is { } fresh)
            {
                var links = LinkedPages(fresh.Page.Body);
                var broken = fresh.Diagnostics.Any(d => d.Code == Codes.MissingPage.Id || d.Code == Codes.MissingAnchor.Id);
                var value = new MarkdownResult(fresh.Page, Keys.Markdown(fresh.Page), links, broken, LinkKey(links, broken, targets, pageSet));
                Entry(pages[i].File).Markdown = new Stored<MarkdownResult>(own[i], value, fresh.Diagnostics);
            }

            result[i] = Entry(pages[i].File).Markdown!.Value.Page;
        });

        foreach (var page in pages)
        {
            Replay(Entry(page.File).Markdown!.Diagnostics, diagnostics);
        }

        return result;
    }

    /// <summary>Renders the pages <paramref name="stale"/> picks in one batch, with every other page's latest result as a link target.</summary>
    private void RenderBatch(
        IReadOnlyList<ParsedPage> pages, (MarkdownPage Page, IReadOnlyList<Diagnostic> Diagnostics)?[] made, IReadOnlyList<StaticFile> statics, BodyOptions options, Func<int, bool> stale)
    {
        var batch = Enumerable.Range(0, pages.Count).Where(stale).ToList();
        if (batch.Count == 0)
        {
            return;
        }

        var inBatch = batch.ToHashSet();
        var known = Enumerable.Range(0, pages.Count).Where(i => !inBatch.Contains(i)).Select(i => made[i]?.Page ?? Entry(pages[i].File).Markdown!.Value.Page).ToList();
        var rendered = Batch(batch.Select(i => pages[i]).ToList(), (b, bag) => new RenderMarkdown(bag, options).Run(b, statics, known), p => p.File.DisplayPath, _ => true);
        for (var j = 0; j < batch.Count; j++)
        {
            made[batch[j]] = rendered[j];
        }
    }

    /// <summary>Each page URL with the hash of the paths and heading ids of the pages at it (one, unless two pages clash).</summary>
    private static Dictionary<string, ContentHash> Targets(IReadOnlyList<MarkdownPage> pages) =>
        pages.GroupBy(p => p.Url, StringComparer.Ordinal).ToDictionary(
            g => g.Key,
            g => g.Aggregate(new Hasher(), (h, p) => h.Add(p.Page.File.PathInInput).Add(p.Headings.Select(x => x.Id))).Done(),
            StringComparer.Ordinal);

    private static ContentHash LinkKey(IReadOnlyList<string> links, bool broken, Dictionary<string, ContentHash> targets, ContentHash pageSet)
    {
        var hash = new Hasher().Add(links.Count);
        foreach (var url in links)
        {
            var target = targets.TryGetValue(url, out var t);
            hash.Add(url).Add(target).Add(t);
        }

        return broken ? hash.Add(pageSet).Done() : hash.Done();
    }

    /// <summary>The page URLs a body links to (see <see cref="BodyHtml.PageLinks"/>).</summary>
    internal static IReadOnlyList<string> LinkedPages(BodyHtml body) => body.PageLinks();

    /// <summary>A stage for a batch made of a per-item entry point, run on every core with a bag for each item.</summary>
    private static Func<IReadOnlyList<TItem>, IReadOnlyList<(T Value, IReadOnlyList<Diagnostic> Diagnostics)>> EachOnItsOwn<TItem, T>(Func<TItem, DiagnosticBag, T> stage) =>
        batch =>
        {
            var results = new (T, IReadOnlyList<Diagnostic>)[batch.Count];
            Parallel.For(0, batch.Count, PageParallelism.Options, i =>
            {
                var bag = new DiagnosticBag();
                var value = stage(batch[i], bag);
                results[i] = (value, bag.ToSortedList());
            });
            return results;
        };
}
