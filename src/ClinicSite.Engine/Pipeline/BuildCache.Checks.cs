using ClinicSite.Engine.Diagnostics;
using ClinicSite.Engine.Checks;
using ClinicSite.Engine.Model;
using ClinicSite.Engine.Readability;
using ClinicSite.Engine.Scaffolding;

namespace ClinicSite.Engine.Pipeline;

/// <summary>The checks through the cache: readability, placeholders, and the site checks over the built pages.</summary>
internal sealed partial class BuildCache
{
    /// <summary>
    /// <see cref="CheckReadability"/>, keyed on the page's file (its title is quoted), its Markdown result, its kind and
    /// the target grade; the glossary page's also on the glossary, whose definitions it judges (those warnings point at
    /// the glossary file, so they belong to the glossary page).
    /// </summary>
    public void Readability(Site site, DiagnosticBag diagnostics)
    {
        var shared = new Hasher().Add(site.Data.Readability.TargetGrade).Done();
        var glossary = Keys.Glossary(site.Glossary);
        Through(
            site.Pages,
            p => new Hasher().Add(Entry(p.Source.File).File).Add(Entry(p.Source.File).Markdown!.Value.Output).Add((int)p.Kind).Add(shared)
                .Add(p.Kind == PageKind.Glossary ? glossary : default).Done(),
            p => Entry(p.Source.File).Readability,
            (p, stored) => Entry(p.Source.File).Readability = stored,
            batch => Batch(batch, (b, bag) => Checks(b, () => new CheckReadability(bag).Run(site with { Pages = b })), p => p.Source.File.DisplayPath, p => p.Kind == PageKind.Glossary),
            diagnostics);
    }

    /// <summary><see cref="CheckPlaceholders"/>, keyed on the page's file, the only thing it reads.</summary>
    public void Placeholders(Site site, DiagnosticBag diagnostics) =>
        Through(
            site.Pages,
            p => Entry(p.Source.File).File,
            p => Entry(p.Source.File).Placeholders,
            (p, stored) => Entry(p.Source.File).Placeholders = stored,
            batch => Batch(batch, (b, bag) => Checks(b, () => new CheckPlaceholders(bag).Run(site with { Pages = b })), p => p.Source.File.DisplayPath, _ => true),
            diagnostics);

    /// <summary>
    /// The site checks. The link check goes through the cache: whether a page's links resolve depends only on the built
    /// page, on which files the site has, and on the ids of the pages its #fragments point into, so it is keyed on those.
    /// The other checks are quick and look at every page each time.
    /// </summary>
    public void Checks(IReadOnlyList<ISiteCheck> checks, RenderedPages pages, IReadOnlySet<string> files, DiagnosticBag diagnostics)
    {
        foreach (var check in checks)
        {
            if (check is LinkCheck)
            {
                CheckLinks(check, pages, files, diagnostics);
            }
            else
            {
                check.Check(pages.Facts, files, diagnostics);
            }
        }
    }

    private void CheckLinks(ISiteCheck check, RenderedPages pages, IReadOnlySet<string> files, DiagnosticBag diagnostics)
    {
        var filesKey = Keys.Set(files);
        var byPath = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < pages.Facts.Count; i++)
        {
            byPath.TryAdd(pages.Facts[i].OutputPath, i);
        }

        RenderResult Built(int i) => Entry(pages.Pages[i].Source.File).Render!.Value;
        var targets = new IReadOnlyList<string>[pages.Facts.Count];
        Parallel.For(0, pages.Facts.Count, PageParallelism.Options, i => targets[i] =
            Entry(pages.Pages[i].Source.File).Links?.Value is { } old && old.FactsKey == Built(i).FactsKey ? old.Targets : FragmentTargets(pages.Facts[i]));

        Through(
            Enumerable.Range(0, pages.Facts.Count).ToList(),
            i => targets[i].Aggregate(
                new Hasher().Add(Built(i).FactsKey).Add(filesKey).Add(targets[i].Count),
                (h, t) => h.Add(t).Add(byPath.TryGetValue(t, out var j) ? Built(j).IdsKey : default)).Done(),
            i => Entry(pages.Pages[i].Source.File).Links,
            (i, stored) => Entry(pages.Pages[i].Source.File).Links = stored,
            batch => Batch(
                batch,
                (b, bag) =>
                {
                    // The pages to check, and the pages their fragments point into, whose ids the check reads; what it
                    // finds on the latter is about them, and dropped.
                    var input = b.Concat(b.SelectMany(i => targets[i]).Where(byPath.ContainsKey).Select(t => byPath[t])).Distinct().Select(i => pages.Facts[i]).ToList();
                    check.Check(input, files, bag);
                    return b.Select(i => new FragmentLinks(Built(i).FactsKey, targets[i])).ToList();
                },
                i => pages.Facts[i].SourcePath,
                takesTheRest: null),
            diagnostics);
    }

    /// <summary>The output paths of the pages this page's internal #fragment links point into (itself for a bare #id).</summary>
    private static IReadOnlyList<string> FragmentTargets(PageFacts page) => page.References
        .Select(r => r.Value)
        .Where(v => v.Contains('#', StringComparison.Ordinal) && !v.Contains(':', StringComparison.Ordinal))
        .Select(v => v[..v.IndexOf('#', StringComparison.Ordinal)] is var path && path.Length == 0 ? page.OutputPath : LinkCheck.Resolve(page.OutputPath, path))
        .OfType<string>()
        .Distinct(StringComparer.Ordinal)
        .Order(StringComparer.Ordinal)
        .ToList();

    /// <summary>Runs a check over a batch; its findings are all diagnostics, so each item's result is only that it was checked.</summary>
    private static IReadOnlyList<Checked> Checks<TItem>(IReadOnlyList<TItem> batch, Action check)
    {
        check();
        return batch.Select(_ => new Checked()).ToList();
    }
}
