using System.Globalization;
using System.Text;
using ClinicSite.Engine.Diagnostics;
using ClinicSite.Engine.Model;

namespace ClinicSite.Engine.Readability;

/// <summary>
/// Readability stage: warns (CLS042) for each page body, FAQ answer or glossary definition whose Flesch–Kincaid
/// grade is above readability.target_grade in site.yml, quoting its hardest sentences so the editor knows where to start.
/// </summary>
internal sealed class CheckReadability(DiagnosticBag diagnostics)
{
    // Long sentences are cut in the message; the start is enough to find them in the file.
    private const int MaxQuote = 100;

    public IReadOnlyList<PageReadability> Run(Site site)
    {
        ArgumentNullException.ThrowIfNull(site);
        var target = site.Data.Readability.TargetGrade;
        var pages = MeasureReadability.Run(site);
        foreach (var page in pages)
        {
            foreach (var passage in page.Above(target))
            {
                diagnostics.Warning(Codes.Readability, passage.Passage.Span, Message(page.Page, passage, target));
            }
        }

        return pages;
    }

    internal static string Message(Page page, PassageReadability passage, double target)
    {
        var inv = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.Append(passage.Passage.Entry switch
        {
            null => string.Create(inv, $"'{page.Title}' reads at grade {passage.Result.Grade:0.0}"),
            { } entry when page.Kind == PageKind.Glossary => string.Create(inv, $"The glossary entry '{entry}' reads at grade {passage.Result.Grade:0.0}"),
            { } entry => string.Create(inv, $"The answer to '{entry}' on '{page.Title}' reads at grade {passage.Result.Grade:0.0}"),
        });
        sb.Append(inv, $", above the target of {target:0.#} (reading ease {passage.Result.ReadingEase:0.0}). Hardest sentences: ");
        sb.AppendJoin("; ", passage.Hardest.Select(s => string.Create(inv, $"\"{Quote(s.Text)}\" (grade {s.Grade:0.0})")));
        sb.Append(". Split long sentences and use everyday words, then build again.");
        return sb.ToString();
    }

    private static string Quote(string sentence) =>
        sentence.Length <= MaxQuote ? sentence : sentence[..MaxQuote].TrimEnd() + "…";
}
