using System.Security.Cryptography;
using System.Text.Json;
using ClinicSite.Engine.Content;
using ClinicSite.Engine.Diagnostics;
using ClinicSite.Engine.Html;
using ClinicSite.Engine.Markdown;
using ClinicSite.Engine.Model;
using ClinicSite.Engine.Output;
using ClinicSite.Engine.Templates;
using ClinicSite.Engine.Templates.Views;

namespace ClinicSite.Engine.Pipeline;

/// <summary>
/// The template and post-processing stages for serve's rebuilds. A layout sees nothing but its view model, so a page
/// whose view is the same as last time (and its layout, base, the partials, the glossary, kind and paths too)
/// would come out the same: it keeps its file. Only pages whose view changed are rendered and post-processed again.
/// Keying on the whole view, not on a hand-kept list of which page shows what, means a procedure listing a renamed
/// risk, a section index, the home page or every page after a stylesheet change is re-rendered without anyone having
/// to remember that it depends on it.
/// Building every view takes time on a large site, so when only page bodies changed (<see cref="SiteOutline"/>),
/// only the pages whose own Markdown changed get a new view.
/// </summary>
internal sealed class PageMemo(TemplateMemo templateKeys)
{
    private static readonly JsonSerializerOptions Json = new();

    private sealed record Entry(MarkdownPage Markdown, PageKind Kind, string SourcePath, string TemplateKey, byte[] ViewHash, string Content, string JsonLd, OutputFile? File, PageFacts? Facts, IReadOnlyList<Diagnostic> Diagnostics);

    private sealed record Pending(int Index, string TemplateKey, byte[] ViewHash, PageView View, PageFile? Rendered, IReadOnlyList<Diagnostic> Diagnostics);

    private Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private SiteOutline? _outline;
    private IReadOnlyList<GlossaryEntry> _glossary = [];
    private string? _glossaryUrl;
    private bool _started;

    /// <summary>How many pages the last run rendered again (the rest kept their files).</summary>
    public int Rendered { get; private set; }

    /// <summary>Same files, facts and diagnostics as RenderTemplates then PostProcessHtml over every page of the site.</summary>
    public (IReadOnlyList<OutputFile> Files, IReadOnlyList<PageFacts> Facts) Run(
        Site site, SiteView siteView, ThemeTemplates templates, IReadOnlyList<GlossaryEntry> glossary, string? glossaryUrl, DiagnosticBag diagnostics)
    {
        if (!_started || glossaryUrl != _glossaryUrl || !SameGlossary(glossary, _glossary))
        {
            _entries = new Dictionary<string, Entry>(StringComparer.Ordinal);
            _outline = null;
            _glossary = glossary;
            _glossaryUrl = glossaryUrl;
            _started = true;
        }

        var renderer = new RenderPage(templates, glossary, glossaryUrl);

        var outline = new SiteOutline(site, siteView);
        var bodiesOnly = outline.SameAs(_outline);
        var views = new BuildViews(site, siteView);
        var pages = site.Pages;
        var entries = new Entry?[pages.Count];
        var pending = new Pending?[pages.Count];
        Parallel.For(0, pages.Count, PageParallelism.Options, i =>
        {
            var page = pages[i];
            var templateKey = templateKeys.KeyFor(BuildViews.LayoutName(page.Kind));
            // A page that failed to render is always tried again: its error names template lines from any layout.
            var reusable = _entries.TryGetValue(page.OutputPath, out var old) && old.Diagnostics.Count == 0 && old.Kind == page.Kind
                && old.SourcePath == page.Source.File.DisplayPath && old.TemplateKey == templateKey;
            if (bodiesOnly && reusable && ReferenceEquals(old!.Markdown, page.Markdown))
            {
                // Only page bodies changed since the last run, and not this one: its view is the same without building it.
                entries[i] = old;
                return;
            }

            var view = views.For(page);
            // The body and JSON-LD are long and usually the very same string objects as last time: compare them directly
            // and hash the rest of the view.
            var hash = SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(view with { Content = string.Empty, JsonLd = string.Empty }, Json));
            if (reusable && string.Equals(old!.Content, view.Content, StringComparison.Ordinal) && string.Equals(old.JsonLd, view.JsonLd, StringComparison.Ordinal)
                && old.ViewHash.AsSpan().SequenceEqual(hash))
            {
                entries[i] = old with { Markdown = page.Markdown };
                return;
            }

            var bag = new DiagnosticBag();
            var rendered = renderer.Run(page, view, bag);
            pending[i] = new Pending(i, templateKey, hash, view, rendered, bag.ToSortedList());
        });

        var fresh = pending.OfType<Pending>().ToList();
        foreach (var p in fresh)
        {
            var page = pages[p.Index];
            entries[p.Index] = new Entry(page.Markdown, page.Kind, page.Source.File.DisplayPath, p.TemplateKey, p.ViewHash, p.View.Content, p.View.JsonLd,
                p.Rendered?.File, p.Rendered?.Facts, p.Diagnostics);
        }

        Rendered = fresh.Count;
        var current = new Dictionary<string, Entry>(StringComparer.Ordinal);
        for (var i = 0; i < pages.Count; i++)
        {
            // Duplicate URLs are an error before this stage runs, so each output path is one page.
            current[pages[i].OutputPath] = entries[i]!;
            foreach (var diagnostic in entries[i]!.Diagnostics)
            {
                diagnostics.Add(diagnostic);
            }
        }

        // Saved only now: after a failure part-way, the next run must not take the old entries for this outline's.
        _entries = current;
        _outline = outline;
        var kept = entries.Where(e => e!.File is not null).ToList();
        return (kept.Select(e => e!.File!).ToList(), kept.Select(e => e!.Facts!).ToList());
    }

    /// <summary>True when both glossaries have the same terms, aliases and definitions in the same order.</summary>
    internal static bool SameGlossary(IReadOnlyList<GlossaryEntry> a, IReadOnlyList<GlossaryEntry> b) =>
        ReferenceEquals(a, b) || (a.Count == b.Count && a.Zip(b).All(x =>
            x.First.Term == x.Second.Term && x.First.Definition == x.Second.Definition && x.First.Aliases.SequenceEqual(x.Second.Aliases, StringComparer.Ordinal)));
}
