using System.Text.RegularExpressions;
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

    private readonly Regex? _pattern;
    private readonly Dictionary<string, string> _idByForm = new(StringComparer.OrdinalIgnoreCase);

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

        if (_idByForm.Count > 0)
        {
            var alternatives = _idByForm.Keys.OrderByDescending(k => k.Length).ThenBy(k => k, StringComparer.Ordinal).Select(Regex.Escape);
            _pattern = new Regex(@"(?<![\w-])(" + string.Join('|', alternatives) + @")(?![\w-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);
        }
    }

    public void Apply(IDocument document, string glossaryUrl)
    {
        var main = document.QuerySelector("main");
        if (_pattern is null || main is null)
        {
            return;
        }

        var linked = new HashSet<string>(StringComparer.Ordinal);
        var textNodes = main.Descendants<IText>().Where(t => !Skipped(t)).ToList();
        foreach (var text in textNodes)
        {
            var value = text.Data;
            var matches = _pattern.Matches(value).Where(m => linked.Add(_idByForm[m.Value])).ToList();
            if (matches.Count == 0)
            {
                continue;
            }

            var parent = text.Parent!;
            var position = 0;
            foreach (var match in matches)
            {
                parent.InsertBefore(document.CreateTextNode(value[position..match.Index]), text);
                var link = document.CreateElement("a");
                link.SetAttribute("href", $"{glossaryUrl}#{_idByForm[match.Value]}");
                link.SetAttribute("class", "glossary-link");
                link.TextContent = match.Value;
                parent.InsertBefore(link, text);
                position = match.Index + match.Length;
            }

            text.Data = value[position..];
        }
    }

    private static bool Skipped(INode node)
    {
        for (var current = node.ParentElement; current is not null; current = current.ParentElement)
        {
            if (SkipElements.Contains(current.LocalName) || SkipClasses.Any(current.ClassList.Contains) || current.GetAttribute("aria-hidden") == "true")
            {
                return true;
            }
        }

        return false;
    }
}
