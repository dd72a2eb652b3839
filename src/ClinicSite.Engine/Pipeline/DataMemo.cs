using ClinicSite.Engine.Content;
using ClinicSite.Engine.Diagnostics;

namespace ClinicSite.Engine.Pipeline;

/// <summary>site.yml and glossary.yml for serve's rebuilds: bound again only when one of the data files changed.</summary>
internal sealed class DataMemo
{
    private (IReadOnlyList<SourceFile> Files, string InputDisplay)? _key;
    private (SiteData? Site, IReadOnlyList<GlossaryEntry> Glossary) _value;
    private IReadOnlyList<Diagnostic> _diagnostics = [];

    /// <summary>Same result and diagnostics as <see cref="ReadSiteData.Run"/>, which reads only the data files.</summary>
    public (SiteData? Site, IReadOnlyList<GlossaryEntry> Glossary) Run(InputSet input, string inputDisplay, DiagnosticBag diagnostics)
    {
        // The data files by name, in order; SourceFile equality compares paths and whole texts.
        var files = input.DataFiles.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => f.Value).ToList();
        if (_key is not { } key || key.InputDisplay != inputDisplay || !key.Files.SequenceEqual(files))
        {
            var bag = new DiagnosticBag();
            _value = new ReadSiteData(bag).Run(input, inputDisplay);
            _diagnostics = bag.ToSortedList();
            _key = (files, inputDisplay);
        }

        foreach (var diagnostic in _diagnostics)
        {
            diagnostics.Add(diagnostic);
        }

        return _value;
    }
}
