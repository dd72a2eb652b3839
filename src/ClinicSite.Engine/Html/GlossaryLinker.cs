using AngleSharp.Dom;
using ClinicSite.Engine.Content;

namespace ClinicSite.Engine.Html;

/// <summary>
/// Links the first mention of each glossary term inside &lt;main&gt; to its entry: never inside headings, links or
/// other controls, citations or navigation.
/// </summary>
internal sealed class GlossaryLinker
{
    private static readonly HashSet<string> SkipElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "h1", "h2", "h3", "h4", "h5", "h6", "button", "label", "script", "style", "summary", "code", "pre", "dfn", "dt", "title",
        "nav", "cite", "time", "select", "option", "textarea", "svg", "math",
    };

    // A checklist item is one big label for its checkbox; a link added there would be easy to hit by mistake and,
    // without JavaScript, leaving the page loses the visitor's ticks.
    private static readonly string[] SkipClasses = ["no-glossary", "task-list-item", "tag", "callout__label"];

    private readonly TermMatcher _terms;
    private readonly Dictionary<string, string> _idByForm = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _idBySpan;
    private readonly int _termCount;

    public GlossaryLinker(IEnumerable<GlossaryEntry> entries)
    {
        foreach (var entry in entries)
        {
            var id = GlossaryIds.IdFor(entry.Term);
            foreach (var form in entry.Aliases.Prepend(entry.Term))
            {
                _idByForm.TryAdd(form.Trim(), id);
            }
        }

        _idBySpan = _idByForm.GetAlternateLookup<ReadOnlySpan<char>>();
        _termCount = _idByForm.Values.Distinct(StringComparer.Ordinal).Count();
        _terms = new TermMatcher(_idByForm.Keys);
    }

    /// <summary>Links first mentions inside <paramref name="main"/>, the page's &lt;main&gt; element.</summary>
    public void Apply(IDocument document, IElement main, string glossaryUrl)
    {
        if (_terms.IsEmpty)
        {
            return;
        }

        var linked = new HashSet<string>(StringComparer.Ordinal);
        var textNodes = new List<IText>();
        CollectText(main, textNodes);
        foreach (var text in textNodes)
        {
            // Every term is linked once at most, so stop when all are.
            if (linked.Count == _termCount)
            {
                break;
            }

            var value = text.Data;
            var position = 0;
            for (var (index, length) = _terms.Next(value, 0); index >= 0; (index, length) = _terms.Next(value, index + length))
            {
                var id = _idBySpan[value.AsSpan(index, length)];
                if (!linked.Add(id))
                {
                    continue;
                }

                var form = value.Substring(index, length);
                var parent = text.Parent!;
                parent.InsertBefore(document.CreateTextNode(value[position..index]), text);
                var link = document.CreateElement("a");
                link.SetAttribute("href", $"{glossaryUrl}#{id}");
                link.SetAttribute("class", "glossary-link");
                link.TextContent = form;
                parent.InsertBefore(link, text);
                position = index + length;
            }

            if (position > 0)
            {
                text.Data = value[position..];
            }
        }
    }

    /// <summary>
    /// Text nodes in document order, never descending into skipped elements: one walk of the tree, instead of an
    /// ancestor walk (and a class-list allocation per ancestor) for every text node.
    /// </summary>
    private static void CollectText(INode node, List<IText> into)
    {
        for (var child = node.FirstChild; child is not null; child = child.NextSibling)
        {
            if (child is IText text)
            {
                into.Add(text);
            }
            else if (child is IElement element && !Skipped(element))
            {
                CollectText(element, into);
            }
        }
    }

    private static bool Skipped(IElement element)
    {
        if (SkipElements.Contains(element.LocalName) || element.GetAttribute("aria-hidden") == "true")
        {
            return true;
        }

        var classes = element.GetAttribute("class").AsSpan();
        foreach (var range in classes.Split(' '))
        {
            var name = classes[range];
            foreach (var skip in SkipClasses)
            {
                if (name.SequenceEqual(skip))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
