using ClinicSite.Engine.Content;
using ClinicSite.Engine.Diagnostics;
using ClinicSite.Engine.Markdown;
using ClinicSite.Engine.Model;

namespace ClinicSite.Engine.Readability;

/// <summary>
/// Decides which text of a page is judged, and in which pieces. Paragraphs, list items, table cells and callouts
/// count; headings do not, because they are short labels, not prose, and as one-line "sentences" they would pull
/// every page's grade down. FAQ answers and glossary definitions are judged one entry at a time, so one hard entry
/// is named instead of being averaged away by easy ones.
/// </summary>
internal static class ReadabilityPassages
{
    public static IReadOnlyList<ReadabilityPassage> For(Page page, IReadOnlyList<GlossaryEntry> glossary)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(glossary);
        var file = page.Source.File;
        var sections = Sections(page.Markdown);
        var passages = new List<ReadabilityPassage>();
        if (page.Kind == PageKind.Faq)
        {
            var lines = page.Source.Body.Split('\n');
            foreach (var (heading, blocks) in sections)
            {
                var span = heading is null ? new SourceSpan(file.DisplayPath) : HeadingSpan(page.Source, lines, heading);
                passages.Add(new ReadabilityPassage(heading, span, blocks));
            }
        }
        else
        {
            passages.Add(new ReadabilityPassage(null, new SourceSpan(file.DisplayPath), sections.SelectMany(s => s.Blocks).ToList()));
        }

        if (page.Kind == PageKind.Glossary)
        {
            // Entries live in _data/glossary.yml next to the pages; the warning points there, where they are edited.
            var dataFile = file.DisplayPath[..^file.PathInInput.Length] + "_data/glossary.yml";
            passages.AddRange(glossary.Select(g => new ReadabilityPassage(g.Term, new SourceSpan(dataFile), [g.Definition])));
        }

        return passages.Where(p => p.Blocks.Count > 0).ToList();
    }

    /// <summary>
    /// The page's text blocks without its headings, grouped by level-2 heading (the first group, before any h2, has
    /// a null heading). TextBlocks hold paragraph and heading texts in document order, and Headings lists the same
    /// headings in the same order, so walking both side by side tells them apart.
    /// </summary>
    internal static IReadOnlyList<(string? Heading, List<string> Blocks)> Sections(MarkdownPage markdown)
    {
        var sections = new List<(string? Heading, List<string> Blocks)> { (null, []) };
        var headings = markdown.Headings.Where(h => h.Text.Length > 0).ToList();
        var next = 0;
        foreach (var block in markdown.TextBlocks)
        {
            if (next < headings.Count && block == headings[next].Text)
            {
                if (headings[next].Level == 2)
                {
                    sections.Add((block, []));
                }

                next++;
                continue;
            }

            sections[^1].Blocks.Add(block);
        }

        return sections;
    }

    // The line of "## question" in the file, so the warning opens at the entry; the file alone if it is not found.
    private static SourceSpan HeadingSpan(ParsedPage page, string[] lines, string heading)
    {
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].StartsWith("## ", StringComparison.Ordinal) && lines[i][3..].Trim() == heading)
            {
                return new SourceSpan(page.File.DisplayPath, page.BodyLine + i, 1);
            }
        }

        return new SourceSpan(page.File.DisplayPath);
    }
}
