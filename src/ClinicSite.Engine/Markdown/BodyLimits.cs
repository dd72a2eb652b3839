using ClinicSite.Engine.Content;
using ClinicSite.Engine.Diagnostics;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SourceSpan = ClinicSite.Engine.Diagnostics.SourceSpan;

namespace ClinicSite.Engine.Markdown;

/// <summary>
/// Parses a page body within limits, so no page can stall or crash the build: Markdig's heading ids are quadratic in
/// repeated headings, huge tables are slow to post-process, and nesting past Markdig's depth limit throws.
/// A page past a limit is reported and rendered empty; real pages stay far below them.
/// </summary>
internal static class BodyLimits
{
    public const int MaxLines = 5_000;
    public const int MaxElements = 20_000;

    /// <summary>Half Markdig's own limit: real pages nest about ten levels (document, list, item, paragraph, emphasis …).</summary>
    public const int MaxDepth = 64;

    public static MarkdownDocument Parse(ParsedPage page, DiagnosticBag diagnostics)
    {
        var span = new SourceSpan(page.File.DisplayPath, page.BodyLine);
        var body = page.Body;
        var lines = body.AsSpan().Count('\n') + 1;
        if (lines > MaxLines)
        {
            diagnostics.Error(Codes.FileTooLarge, span, $"The page has {lines} lines; the limit is {MaxLines}. Split it into smaller pages.");
            return new MarkdownDocument();
        }

        MarkdownDocument document;
        try
        {
            document = Markdig.Markdown.Parse(body, MarkdownPipelines.Site);
        }
        catch (ArgumentException ex) when (ex.Message.Contains("too deeply nested", StringComparison.Ordinal))
        {
            diagnostics.Error(Codes.TooDeep, span, "Lists, quotes, callouts or emphasis are nested inside each other too deeply to build. Nest them only a few levels deep.");
            return new MarkdownDocument();
        }

        var (elements, depth) = Measure(document);
        if (elements > MaxElements)
        {
            diagnostics.Error(Codes.FileTooLarge, span, $"The page has more than {MaxElements} Markdown elements (paragraphs, table cells, links …). Split it into smaller pages.");
            return new MarkdownDocument();
        }

        if (depth > MaxDepth)
        {
            // Markdig parses emphasis nested past its renderer's limit, then throws while rendering it.
            diagnostics.Error(Codes.TooDeep, span, "Lists, quotes, callouts or emphasis are nested inside each other too deeply to build. Nest them only a few levels deep.");
            return new MarkdownDocument();
        }

        return document;
    }

    /// <summary>Counts nodes and the deepest nesting without recursion, stopping early past the element limit.</summary>
    private static (int Elements, int Depth) Measure(MarkdownDocument document)
    {
        var (elements, depth) = (0, 0);
        var pending = new Stack<(MarkdownObject Node, int Depth)>();
        pending.Push((document, 0));
        while (pending.Count > 0 && elements <= MaxElements)
        {
            var (node, level) = pending.Pop();
            (elements, depth) = (elements + 1, Math.Max(depth, level));
            switch (node)
            {
                case ContainerBlock blocks:
                    foreach (var child in blocks)
                    {
                        pending.Push((child, level + 1));
                    }

                    break;
                case LeafBlock { Inline: { } inline }:
                    pending.Push((inline, level + 1));
                    break;
                case ContainerInline inlines:
                    foreach (var child in inlines)
                    {
                        pending.Push((child, level + 1));
                    }

                    break;
            }
        }

        return (elements, depth);
    }
}
