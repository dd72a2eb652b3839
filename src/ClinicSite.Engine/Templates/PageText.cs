using System.Buffers;
using System.Text;
using ClinicSite.Engine.Checks;
using ClinicSite.Engine.Markdown;
using ClinicSite.Engine.Markdown.Extensions.Glossary;

namespace ClinicSite.Engine.Templates;

/// <summary>
/// One page's text as its templates write it: which glossary terms are linked so far (the first mention in the page
/// is linked, in reading order, whether it is in template text or the body) and where the body goes. The templates
/// write a mark where the body stands; <see cref="Finish"/> puts the body there, so Scriban never copies it, and reads
/// the page's check facts: the templates' own from their output, the body's from the list Markdown made.
/// </summary>
internal sealed class PageText(GlossaryTerms? glossary)
{
    /// <summary>Stands for the body in template output. A noncharacter: escaped text never holds it (see HtmlTemplateContext.Escape).</summary>
    public const char BodyMark = '\uFDD0';

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_output;

    private readonly HashSet<string> _linked = new(StringComparer.Ordinal);
    private readonly List<(BodyHtml Body, bool[] Linked)> _bodies = [];

    /// <summary>Notes that the body is written here and which of its mentions are linked: those of terms not linked yet.</summary>
    public char Body(BodyHtml body)
    {
        var linked = new bool[body.Mentions.Count];
        for (var i = 0; i < linked.Length; i++)
        {
            linked[i] = glossary is not null && _linked.Add(body.Mentions[i].Id);
        }

        _bodies.Add((body, linked));
        return BodyMark;
    }

    /// <summary>Template text, escaped, with the first mention of each term not linked yet linked to its entry.</summary>
    public string Glossary(string text)
    {
        if (glossary is null)
        {
            return HtmlTemplateContext.Escape(text);
        }

        StringBuilder? html = null;
        var at = 0;
        foreach (var (index, length, id) in glossary.FirstMentions(text, _linked))
        {
            (html ??= new StringBuilder(text.Length + 64))
                .Append(HtmlTemplateContext.Escape(text[at..index]))
                .Append("<a href=\"").Append(HtmlTemplateContext.Escape(glossary.Href(id))).Append("\" class=\"glossary-link\">")
                .Append(HtmlTemplateContext.Escape(text.Substring(index, length)))
                .Append("</a>");
            at = index + length;
        }

        return html is null ? HtmlTemplateContext.Escape(text) : html.Append(HtmlTemplateContext.Escape(text[at..])).ToString();
    }

    /// <summary>
    /// The page as UTF-8 (the templates' output with the body in place, LF line ends, a final newline) and the facts
    /// the checks need. Written straight into one buffer per thread: no page-sized string is made on the way.
    /// </summary>
    public (byte[] Html, PageFactsBuilder Facts) Finish(string templateOutput)
    {
        var facts = new PageFactsBuilder();
        StartTagScan.Run(templateOutput, facts, BodyMark, k => Nth(k, out var linked).AddFactsTo(facts, linked, glossary?.Url));
        if (templateOutput.Contains('\r', StringComparison.Ordinal))
        {
            // Templates are read with LF line ends; a value with CR in it is written as a browser would read it.
            templateOutput = templateOutput.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        }

        var output = t_output ??= new ArrayBufferWriter<byte>(64 * 1024);
        output.ResetWrittenCount();
        var at = 0;
        var mark = 0;
        for (var next = templateOutput.IndexOf(BodyMark, at); next >= 0; next = templateOutput.IndexOf(BodyMark, at))
        {
            Encoding.UTF8.GetBytes(templateOutput.AsSpan(at, next - at), output);
            Nth(mark++, out var linked).WriteTo(output, linked, glossary?.Url);
            at = next + 1;
        }

        Encoding.UTF8.GetBytes(templateOutput.AsSpan(at), output);
        if (output.WrittenCount == 0 || output.WrittenSpan[^1] != (byte)'\n')
        {
            output.Write("\n"u8);
        }

        var html = output.WrittenSpan.ToArray();
        if (output.Capacity > 4 * 1024 * 1024)
        {
            t_output = null; // one huge page does not keep its buffer for the rest of the build
        }

        return (html, facts);
    }

    /// <summary>
    /// The body that stands at the k-th mark. A mark copied again (a layout that writes its output twice) repeats the
    /// last body written, with no links: its terms were linked the first time.
    /// </summary>
    private BodyHtml Nth(int k, out IReadOnlyList<bool> linked)
    {
        if (k < _bodies.Count)
        {
            linked = _bodies[k].Linked;
            return _bodies[k].Body;
        }

        var last = _bodies.Count > 0 ? _bodies[^1].Body : BodyHtml.Empty;
        linked = new bool[last.Mentions.Count];
        return last;
    }
}
