using ClinicSite.Engine.Content;
using ClinicSite.Engine.Diagnostics;

namespace ClinicSite.Engine.Pipeline;

/// <summary>The front-matter stage for serve's rebuilds: parses again only the files whose text changed since the last run.</summary>
internal sealed class FrontMatterMemo
{
    private sealed record Entry(SourceFile File, ParsedPage? Page, IReadOnlyList<Diagnostic> Diagnostics);

    private Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    /// <summary>Same result and diagnostics as <see cref="ParseFrontMatter.Run"/>, which parses each file on its own.</summary>
    public IReadOnlyList<ParsedPage> Run(IReadOnlyList<SourceFile> files, DiagnosticBag diagnostics)
    {
        var entries = new Entry[files.Count];
        Parallel.For(0, files.Count, PageParallelism.Options, i =>
        {
            var file = files[i];
            // Record equality compares the path and the whole text, so an unchanged file keeps its parsed page object;
            // the Markdown memo relies on that identity.
            entries[i] = _entries.TryGetValue(file.PathInInput, out var old) && old.File == file ? old : Parse(file);
        });

        _entries = entries.ToDictionary(e => e.File.PathInInput, StringComparer.Ordinal);
        foreach (var diagnostic in entries.SelectMany(e => e.Diagnostics))
        {
            diagnostics.Add(diagnostic);
        }

        return entries.Select(e => e.Page).OfType<ParsedPage>().ToList();
    }

    private static Entry Parse(SourceFile file)
    {
        var bag = new DiagnosticBag();
        var page = new ParseFrontMatter(bag).Parse(file);
        return new Entry(file, page, bag.ToSortedList());
    }
}
