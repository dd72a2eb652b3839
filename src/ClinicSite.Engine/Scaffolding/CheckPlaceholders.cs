using ClinicSite.Engine.Diagnostics;
using ClinicSite.Engine.Model;

namespace ClinicSite.Engine.Scaffolding;

/// <summary>
/// Placeholder stage: an error (CLS043) for every line of a page, front matter or body, that still holds a
/// "TODO:" placeholder written by 'new', so a half-written page can never be published.
/// </summary>
internal sealed class CheckPlaceholders(DiagnosticBag diagnostics)
{
    // Quoted in the message, so the editor sees which placeholder is meant without opening the file.
    private const int MaxQuote = 80;

    public void Run(Site site)
    {
        ArgumentNullException.ThrowIfNull(site);
        foreach (var page in site.Pages)
        {
            var file = page.Source.File;
            if (!file.Text.Contains(Placeholders.Marker, StringComparison.Ordinal))
            {
                // Nearly every page: skip splitting it into lines.
                continue;
            }

            var lines = file.Text.Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                var column = lines[i].IndexOf(Placeholders.Marker, StringComparison.Ordinal);
                if (column >= 0)
                {
                    var text = lines[i][column..].TrimEnd().TrimEnd('"');
                    var quote = text.Length <= MaxQuote ? text : text[..MaxQuote] + "…";
                    diagnostics.Error(Codes.Placeholder, new SourceSpan(file.DisplayPath, i + 1, column + 1), $"A placeholder is left: '{quote}'. Replace it with the real text (delete '# TODO:' comments once the value above is right).");
                }
            }
        }
    }
}
