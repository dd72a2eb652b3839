using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html;
using AngleSharp.Html.Parser;
using ClinicSite.Engine.Content;
using ClinicSite.Engine.Model;
using ClinicSite.Engine.Output;
using ClinicSite.Engine.Pipeline;
using ClinicSite.Engine.Templates;

namespace ClinicSite.Engine.Html;

/// <summary>Post-processing stage: parses each page once with AngleSharp, links glossary terms, enhances markup, and collects check facts.</summary>
internal sealed class PostProcessHtml(IReadOnlyList<GlossaryEntry> glossary, string? glossaryUrl, PageParts? parts = null)
{
    private static readonly HtmlParserOptions ParserOptions = new() { IsKeepingSourceReferences = false };
    private static readonly Lazy<Task> Warm = new(() => Task.Run(() =>
    {
        using var document = new HtmlParser(ParserOptions).ParseDocument("<!DOCTYPE html><title>&amp;</title><main><p>&nbsp;</p></main>");
        using var writer = new StringWriter();
        document.ToHtml(writer, PageFormatter.Instance);
    }));

    private readonly GlossaryLinker _linker = new(glossary);
    private readonly PageParts _parts = parts ?? new PageParts();

    /// <summary>
    /// AngleSharp's first parse in a process costs about 100 ms (its table of character references, type loading),
    /// far more than a page's. Started at once on another thread, that overlaps reading the input; runs once. Nothing
    /// waits for it: a page parsed meanwhile waits only for the type initialisers it needs, and a warm-up that failed
    /// would change nothing.
    /// </summary>
    public static void WarmUp() => _ = Warm.Value;

    [ThreadStatic]
    private static HtmlParser? t_parser;

    public PageFile Process(RenderedPage rendered)
    {
        var page = rendered.Page;
        var start = PageParts.Now();
        using var document = (t_parser ??= new HtmlParser(ParserOptions)).ParseDocument(rendered.Html);
        start = _parts.Lap(PagePart.Parse, start);
        // Glossary links, tables and print addresses all concern the page content: find it once.
        var main = document.QuerySelector("main");
        if (glossaryUrl is not null && main is not null && page.Kind is not (PageKind.Glossary or PageKind.NotFound))
        {
            _linker.Apply(document, main, glossaryUrl);
        }

        start = _parts.Lap(PagePart.Glossary, start);
        if (page.Kind == PageKind.Checklist)
        {
            Enhance.Checkboxes(document);
        }

        if (main is not null)
        {
            Enhance.Tables(document, main);
            Enhance.PrintUrls(document, main);
        }
        start = _parts.Lap(PagePart.Enhancements, start);
        var facts = CollectFacts.From(document, page.OutputPath, page.Source.File.DisplayPath);
        start = _parts.Lap(PagePart.CheckFacts, start);
        var html = Serialize(document, rendered.Html.Length);
        _parts.Lap(PagePart.Serialise, start);
        return new PageFile(new OutputFile(page.OutputPath, html), facts);
    }

    /// <summary>The page as UTF-8 with LF line ends and a final newline, sized up front and encoded straight from the builder.</summary>
    private static byte[] Serialize(IDocument document, int expectedLength)
    {
        // Post-processing adds a little markup (glossary links, table regions): leave room so the builder rarely grows.
        var html = new StringBuilder(expectedLength + (expectedLength / 8));
        using (var writer = new StringWriter(html) { NewLine = "\n" })
        {
            document.ToHtml(writer, PageFormatter.Instance);
        }

        if (Contains(html, '\r'))
        {
            html.Replace("\r\n", "\n");
        }

        if (html.Length == 0 || html[^1] != '\n')
        {
            html.Append('\n');
        }

        // Sized up front, the builder is nearly always one chunk: encode it in place rather than copying it to a string.
        ReadOnlyMemory<char> only = default;
        var chunks = 0;
        foreach (var chunk in html.GetChunks())
        {
            (only, chunks) = (chunk, chunks + 1);
        }

        if (chunks != 1)
        {
            return Encoding.UTF8.GetBytes(html.ToString());
        }

        var bytes = new byte[Encoding.UTF8.GetByteCount(only.Span)];
        Encoding.UTF8.GetBytes(only.Span, bytes);
        return bytes;
    }

    private static bool Contains(StringBuilder text, char c)
    {
        foreach (var chunk in text.GetChunks())
        {
            if (chunk.Span.Contains(c))
            {
                return true;
            }
        }

        return false;
    }
}

