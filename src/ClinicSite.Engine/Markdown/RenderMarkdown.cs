using ClinicSite.Engine.Content;
using ClinicSite.Engine.Diagnostics;
using ClinicSite.Engine.Markdown.Extensions.Callouts;
using ClinicSite.Engine.Markdown.Extensions.Glossary;
using ClinicSite.Engine.Markdown.Extensions.Tables;
using ClinicSite.Engine.Markdown.Extensions.TaskLists;
using ClinicSite.Engine.Model;
using Markdig.Extensions.CustomContainers;
using Markdig.Extensions.Tables;
using Markdig.Extensions.TaskLists;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SourceSpan = ClinicSite.Engine.Diagnostics.SourceSpan;

namespace ClinicSite.Engine.Markdown;

/// <summary>What a body's HTML depends on beyond its own text: the glossary and the site's address.</summary>
/// <param name="Glossary">The terms to link and the glossary page's URL.</param>
/// <param name="BaseUrl">The site's public address, for the full link addresses printed pages show; null: none.</param>
internal sealed record BodyOptions(GlossaryTerms Glossary, string? BaseUrl)
{
    public static readonly BodyOptions None = new(GlossaryTerms.None, null);
}

/// <summary>
/// Markdown stage: parses each body once, rejects raw HTML and unknown callouts, resolves links between source files
/// to output URLs (checking the page and #heading exist), and renders HTML with the site's extensions: glossary
/// mentions, scrollable tables, checklist boxes and the facts the site checks need (Markdown/Extensions/).
/// </summary>
internal sealed class RenderMarkdown(DiagnosticBag diagnostics, BodyOptions? options = null)
{
    private readonly BodyOptions _options = options ?? BodyOptions.None;

    private sealed record Parsed(
        ParsedPage Page, MarkdownDocument Document, IReadOnlyList<HeadingInfo> Headings,
        IReadOnlyList<LinkInline> Links, IReadOnlyList<AutolinkInline> Autolinks, IReadOnlyList<LeafBlock> TextLeaves,
        IReadOnlyList<GlossaryMention> Mentions);

    /// <summary>A link to a #heading, checked once every page's headings are known.</summary>
    private sealed record AnchorLink(SourceSpan Span, string Url, string TargetPath, string TargetName, string Fragment);

    /// <param name="pages">The pages to render.</param>
    /// <param name="staticFiles">Files images may show.</param>
    /// <param name="known">Pages rendered earlier that links may also point to (serve renders only what changed).</param>
    public IReadOnlyList<MarkdownPage> Run(IReadOnlyList<ParsedPage> pages, IReadOnlyCollection<StaticFile> staticFiles, IReadOnlyCollection<MarkdownPage>? known = null)
    {
        // A page's address follows from its path alone, so each body is parsed, resolved and rendered in one go and its
        // syntax tree dropped at once: holding every tree until all were parsed took 500 MB at 10 000 pages. Only the
        // check that a #heading exists waits for every page's headings.
        var urls = pages.ToDictionary(p => p.File.PathInInput, PageAddress.Url, StringComparer.Ordinal);
        foreach (var page in known ?? [])
        {
            urls.TryAdd(page.Page.File.PathInInput, page.Url);
        }

        var statics = staticFiles.Select(s => s.PathInInput).ToHashSet(StringComparer.Ordinal);
        var results = new MarkdownPage[pages.Count];
        var anchors = new List<AnchorLink>[pages.Count];
        Parallel.For(0, pages.Count, PageParallelism.Options, i =>
        {
            anchors[i] = [];
            results[i] = Render(Parse(pages[i]), urls, statics, anchors[i]);
        });

        var ids = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var page in results.Concat(known ?? []))
        {
            ids.TryAdd(page.Page.File.PathInInput, page.Headings.Select(h => h.Id).ToHashSet(StringComparer.Ordinal));
        }

        foreach (var anchor in anchors.SelectMany(a => a))
        {
            var targetIds = ids[anchor.TargetPath];
            if (!targetIds.Contains(anchor.Fragment))
            {
                diagnostics.Error(Codes.MissingAnchor, anchor.Span, $"The link '{anchor.Url}' points to heading '#{anchor.Fragment}', which is not on {anchor.TargetName}.{Suggest.Hint(anchor.Fragment, targetIds)}");
            }
        }

        return results;
    }

    private Parsed Parse(ParsedPage page)
    {
        var document = BodyLimits.Parse(page, diagnostics);
        var kind = page.MetaFailed ? PageKind.Page : BuildSiteModel.KindOf(page);
        var walk = new Walk(diagnostics, page, _options.Glossary.For(kind));
        // BodyLimits has bounded the depth, so the walk can recurse.
        walk.Visit(document);
        ScrollableTableExtension.Label(walk.Tables);
        if (kind == PageKind.Checklist)
        {
            CheckboxExtension.Number(walk.Boxes);
        }

        return new Parsed(page, document, walk.Headings, walk.Links, walk.Autolinks, walk.TextLeaves, walk.Mentions);
    }

    /// <summary>
    /// One pass over a parsed body, in document order: reports raw HTML, unknown callouts and heading problems, and
    /// gathers what rendering needs (headings, links, the leaves whose text is judged), instead of a tree walk each.
    /// </summary>
    private sealed class Walk(DiagnosticBag diagnostics, ParsedPage page, GlossaryTerms? glossary)
    {
        private readonly HashSet<string> _seenTerms = new(StringComparer.Ordinal);
        private int _previousLevel = 1;
        private int _noGlossary;

        public List<HeadingInfo> Headings { get; } = [];

        public List<LinkInline> Links { get; } = [];

        public List<AutolinkInline> Autolinks { get; } = [];

        public List<LeafBlock> TextLeaves { get; } = [];

        public List<Table> Tables { get; } = [];

        public List<TaskList> Boxes { get; } = [];

        public List<GlossaryMention> Mentions { get; } = [];

        public void Visit(Block block)
        {
            // A checklist item is one big label for its box: a link there would be easy to hit by mistake.
            var taskItem = block is ListItemBlock item && item.TryGetAttributes()?.Classes?.Contains("task-list-item") == true;
            _noGlossary += taskItem ? 1 : 0;
            switch (block)
            {
                case Table table:
                    Tables.Add(table);
                    break;
                case HtmlBlock html:
                    diagnostics.Error(Codes.RawHtml, At(page, block), $"Raw HTML is not allowed in pages ('{FirstLine(html)}'). Write it in Markdown instead.");
                    break;
                case CustomContainer container when !Callouts.Kinds.ContainsKey(container.Info ?? string.Empty):
                    diagnostics.Error(Codes.UnknownCallout, At(page, block), $"Unknown callout '::: {container.Info}'. Use one of: {string.Join(", ", Callouts.Kinds.Keys)}.{Suggest.Hint(container.Info ?? string.Empty, Callouts.Kinds.Keys)}");
                    break;
                case HeadingBlock heading:
                    var text = MarkdownText.Of(heading.Inline);
                    var id = heading.GetAttributes().Id ?? string.Empty;
                    Headings.Add(new HeadingInfo(heading.Level, text, id));
                    if (heading.Level == 1)
                    {
                        diagnostics.Error(Codes.H1Count, At(page, block), $"'# {text}' is a top-level heading, but the page title is already the only h1. Use '## {text}'.");
                    }
                    else if (heading.Level > _previousLevel + 1)
                    {
                        diagnostics.Error(Codes.HeadingOrder, At(page, block), $"Heading '{text}' is level {heading.Level} but follows level {_previousLevel}. Use {new string('#', _previousLevel + 1)} instead.");
                    }

                    _previousLevel = heading.Level;
                    break;
            }

            switch (block)
            {
                case LeafBlock leaf:
                    if (leaf is ParagraphBlock or HeadingBlock)
                    {
                        TextLeaves.Add(leaf);
                    }

                    if (leaf.Inline is { } inline)
                    {
                        Visit(inline, glossary is not null && _noGlossary == 0 && leaf is not HeadingBlock);
                    }

                    break;
                case ContainerBlock container:
                    foreach (var child in container)
                    {
                        Visit(child);
                    }

                    break;
            }

            _noGlossary -= taskItem ? 1 : 0;
        }

        /// <param name="container">The inlines to visit.</param>
        /// <param name="linkTerms">True where glossary terms may be linked: not in headings, links or checklist items.</param>
        private void Visit(ContainerInline container, bool linkTerms)
        {
            // Text the browser sees as one piece: literals, entities and soft line breaks next to each other.
            List<Inline>? run = null;
            foreach (var inline in container)
            {
                if (linkTerms && inline is LiteralInline or HtmlEntityInline or LineBreakInline { IsHard: false })
                {
                    (run ??= []).Add(inline);
                }
                else if (run is { Count: > 0 })
                {
                    GlossaryExtension.Mark(run, glossary!, _seenTerms, Mentions);
                    run.Clear();
                }

                switch (inline)
                {
                    case TaskList box:
                        Boxes.Add(box);
                        break;
                    // One error per tag written, not one for its closing tag too.
                    case HtmlInline html when !html.Tag.StartsWith("</", StringComparison.Ordinal):
                        diagnostics.Error(Codes.RawHtml, At(page, html), $"Raw HTML '{html.Tag}' is not allowed in pages. Write it in Markdown instead.");
                        break;
                    case LinkInline link:
                        Links.Add(link);
                        break;
                    case AutolinkInline auto:
                        Autolinks.Add(auto);
                        break;
                }

                if (inline is ContainerInline nested)
                {
                    Visit(nested, linkTerms && nested is not LinkInline);
                }
            }

            if (run is { Count: > 0 })
            {
                GlossaryExtension.Mark(run, glossary!, _seenTerms, Mentions);
            }
        }
    }

    private MarkdownPage Render(Parsed parsed, Dictionary<string, string> urls, HashSet<string> statics, List<AnchorLink> anchors)
    {
        var page = parsed.Page;
        var pageUri = PageAddress.Public(_options.BaseUrl, urls[page.File.PathInInput]);
        foreach (var link in parsed.Links)
        {
            if (link.IsImage)
            {
                CheckImage(page, link, statics);
            }
            else
            {
                link.Url = ResolveLink(parsed, link, urls, anchors, pageUri);
            }
        }

        foreach (var auto in parsed.Autolinks)
        {
            if (!auto.IsEmail && !IsExternal(auto.Url))
            {
                diagnostics.Error(Codes.UnsafeLink, At(page, auto), $"The link '{auto.Url}' is not allowed. Use https:// addresses.");
            }
        }

        // Each thread keeps a renderer set up once with every extension's renderers, instead of a new one per page.
        var body = BodyRenderer.Render(parsed.Document, parsed.Mentions);

        var blocks = parsed.TextLeaves
            .Select(b => MarkdownText.Of(b.Inline))
            .Where(t => t.Length > 0)
            .ToList();
        var faq = page.Meta is PlainPageMeta { Layout: PageLayout.Faq } ? FaqItems(parsed.Document) : [];
        return new MarkdownPage(page, urls[page.File.PathInInput], body, parsed.Headings, blocks, faq);
    }

    private string? ResolveLink(Parsed parsed, LinkInline link, Dictionary<string, string> urls, List<AnchorLink> anchors, Uri? pageUri)
    {
        var page = parsed.Page;
        var url = link.Url ?? string.Empty;
        var span = At(page, link);
        if (url.Length == 0)
        {
            diagnostics.Error(Codes.MissingPage, span, "The link has no address. Put the page's file name in the brackets: [text](page.md).");
            return url;
        }

        if (IsExternal(url) || url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) || url.StartsWith("tel:", StringComparison.OrdinalIgnoreCase))
        {
            return url;
        }

        if (url.Contains(':', StringComparison.Ordinal) && !url.StartsWith('#'))
        {
            diagnostics.Error(Codes.UnsafeLink, span, $"The link '{url}' is not allowed. Link to a page (.md), an https:// address, mailto: or tel:.");
            return "#";
        }

        var hash = url.IndexOf('#', StringComparison.Ordinal);
        var path = hash >= 0 ? url[..hash] : url;
        var fragment = hash >= 0 ? url[(hash + 1)..] : null;

        string targetPath;
        string targetName;
        if (path.Length == 0)
        {
            targetPath = page.File.PathInInput;
            targetName = "this page";
        }
        else
        {
            if (path.StartsWith('/'))
            {
                diagnostics.Error(Codes.MissingPage, span, $"The link '{url}' starts with '/'. Link to the page's .md file relative to this file, e.g. ../risks/bleeding.md.");
                return url;
            }

            var resolved = Normalize(page.File.PathInInput, Uri.UnescapeDataString(path));
            if (resolved is null)
            {
                diagnostics.Error(Codes.OutsideInput, span, $"The link '{url}' points outside the input folder. Link only to pages in input/.");
                return url;
            }

            if (!urls.ContainsKey(resolved))
            {
                var hint = Suggest.Hint(resolved, urls.Keys);
                var advice = resolved.EndsWith(".md", StringComparison.Ordinal) ? string.Empty : " Links to pages end in .md.";
                diagnostics.Error(Codes.MissingPage, span, $"The link '{url}' points to '{resolved}', which does not exist.{hint}{advice}");
                return url;
            }

            targetPath = targetName = resolved;
        }

        if (fragment is not null)
        {
            anchors.Add(new AnchorLink(span, url, targetPath, targetName, fragment));
        }

        if (path.Length == 0)
        {
            return "#" + fragment;
        }

        var targetUrl = urls[targetPath];
        var href = fragment is null ? targetUrl : $"{targetUrl}#{fragment}";
        if (PageAddress.PrintUrl(pageUri, href) is { } printUrl)
        {
            link.GetAttributes().AddProperty("data-print-url", printUrl);
        }

        return href;
    }

    private void CheckImage(ParsedPage page, LinkInline image, HashSet<string> statics)
    {
        var span = At(page, image);
        if (MarkdownText.Of(image).Length == 0)
        {
            diagnostics.Error(Codes.ImageAlt, span, "The image has no alt text. Describe what it shows in the brackets: ![what it shows](file.png).");
        }

        var url = image.Url ?? string.Empty;
        if (IsExternal(url) || url.Contains(':', StringComparison.Ordinal))
        {
            diagnostics.Error(Codes.UnsafeLink, span, $"The image '{url}' is not in input/. Pages may only show images stored with the site (no other hosts).");
            return;
        }

        var resolved = Normalize(page.File.PathInInput, Uri.UnescapeDataString(url));
        if (resolved is null || !statics.Contains(resolved))
        {
            diagnostics.Error(Codes.MissingFile, span, $"The image '{url}' does not exist. Put the file in input/ next to the page and check the name.");
            return;
        }

        image.Url = "/" + resolved;
    }

    private static IReadOnlyList<FaqItem> FaqItems(MarkdownDocument document)
    {
        var items = new List<FaqItem>();
        HeadingBlock? current = null;
        var answer = new List<string>();
        void Flush()
        {
            if (current is not null)
            {
                items.Add(new FaqItem(MarkdownText.Of(current.Inline), current.GetAttributes().Id ?? string.Empty, string.Join(' ', answer)));
            }

            answer.Clear();
        }

        foreach (var block in document)
        {
            if (block is HeadingBlock { Level: 2 } heading)
            {
                Flush();
                current = heading;
            }
            else if (current is not null)
            {
                answer.Add(MarkdownText.Of(block));
            }
        }

        Flush();
        return items;
    }

    /// <summary>Resolves a relative link against the linking file's folder; null when it leaves input/.</summary>
    internal static string? Normalize(string fromFile, string relative)
    {
        var parts = new List<string>(fromFile.Split('/')[..^1]);
        foreach (var segment in relative.Split('/'))
        {
            if (segment is "" or ".")
            {
                continue;
            }

            if (segment == "..")
            {
                if (parts.Count == 0)
                {
                    return null;
                }

                parts.RemoveAt(parts.Count - 1);
            }
            else
            {
                parts.Add(segment);
            }
        }

        return string.Join('/', parts);
    }

    private static bool IsExternal(string url) =>
        url.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || url.StartsWith("http://", StringComparison.OrdinalIgnoreCase);

    private static SourceSpan At(ParsedPage page, MarkdownObject node) =>
        new(page.File.DisplayPath, page.BodyLine + node.Line, node.Column + 1);

    private static string FirstLine(HtmlBlock html)
    {
        var text = html.Lines.Count > 0 ? html.Lines.Lines[0].ToString() : string.Empty;
        return text.Length > 40 ? text[..40] + "…" : text;
    }
}
