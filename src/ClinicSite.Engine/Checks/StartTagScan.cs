
namespace ClinicSite.Engine.Checks;

/// <summary>
/// Reads the facts the site checks need off the HTML the templates wrote, by visiting its start tags: ids, href and
/// src values, h1–h6, images without alt, html lang, the title and the canonical link. Written by hand because no
/// library here tokenises HTML without building a tree, and a tree is what the build no longer pays for. It follows
/// the HTML tokenizer where a theme could trip a simpler scan: comments, raw-text elements (script, style) whose text
/// may look like tags, RCDATA (title, textarea), template contents (not part of the page), quoted and unquoted
/// attributes with character references, the first of a repeated attribute, &lt;image&gt; read as &lt;img&gt;, and the
/// merging of repeated &lt;html&gt; and &lt;body&gt; tags. The test suite checks it against a full HTML parser on every
/// page of the real site, the fuzz corpus and a set of hostile templates.
/// </summary>
internal static class StartTagScan
{
    [ThreadStatic]
    private static List<Attribute>? t_attributes;

    /// <summary>The elements the scan acts on, by name in any case; every other element's name reads as "".</summary>
    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> KnownTags = new[]
    {
        "html", "body", "a", "link", "img", "image", "script", "source", "iframe", "form", "use", "h1", "h2", "h3", "h4", "h5", "h6",
        "title", "style", "textarea", "xmp", "noembed", "noframes", "template", "svg", "math",
    }.ToDictionary(n => n, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly Dictionary<string, string> Referencing = new(StringComparer.Ordinal)
    {
        ["a"] = "href", ["link"] = "href", ["img"] = "src", ["script"] = "src",
        ["source"] = "src", ["iframe"] = "src", ["form"] = "action", ["use"] = "href",
    };

    /// <summary>Elements whose content is text up to their end tag (RCDATA and raw text).</summary>
    private static readonly HashSet<string> TextOnly = new(StringComparer.Ordinal)
    {
        "script", "style", "title", "textarea", "xmp", "iframe", "noembed", "noframes",
    };

    /// <summary>
    /// Adds the facts of <paramref name="html"/> to <paramref name="facts"/> in reading order. Where the text holds
    /// <paramref name="mark"/> outside any tag, <paramref name="atMark"/> is called with the mark's number (0, 1, …),
    /// so the caller can add the facts of what stands there.
    /// </summary>
    public static void Run(string html, PageFactsBuilder facts, char mark, Action<int> atMark)
    {
        var state = new State(facts);
        var marks = 0;
        var i = 0;
        while (i < html.Length)
        {
            var next = html.AsSpan(i).IndexOfAny('<', mark);
            if (next < 0)
            {
                break;
            }

            i += next;
            if (html[i] == mark)
            {
                atMark(marks++);
                i++;
                continue;
            }

            i = Tag(html, i, state);
        }
    }

    /// <summary>Reads the markup at html[at] == '&lt;' and returns where text starts again.</summary>
    private static int Tag(string html, int at, State state)
    {
        var i = at + 1;
        if (i >= html.Length)
        {
            return i;
        }

        var c = html[i];
        if (c == '!')
        {
            if (string.CompareOrdinal(html, i, "!--", 0, 3) == 0)
            {
                // "<!-->" and "<!--->" end at once; otherwise the comment runs to "-->" (or the end of the page).
                var body = i + 3;
                if (body < html.Length && html[body] == '>')
                {
                    return body + 1;
                }

                if (string.CompareOrdinal(html, body, "->", 0, 2) == 0)
                {
                    return body + 2;
                }

                // A comment also ends at "--!>".
                var end = html.IndexOf("--", body, StringComparison.Ordinal);
                while (end >= 0 && !(string.CompareOrdinal(html, end, "-->", 0, 3) == 0 || string.CompareOrdinal(html, end, "--!>", 0, 4) == 0))
                {
                    end = html.IndexOf("--", end + 1, StringComparison.Ordinal);
                }

                return end < 0 ? html.Length : html.IndexOf('>', end) + 1;
            }

            return SkipTo(html, i, '>');
        }

        if (c == '?')
        {
            return SkipTo(html, i, '>');
        }

        if (c == '/')
        {
            if (i + 1 < html.Length && char.IsAsciiLetter(html[i + 1]))
            {
                var (name, after) = Name(html, i + 1);
                var end = Attributes(html, after, null, out _);
                state.EndTag(name);
                return end;
            }

            return i + 1 < html.Length && html[i + 1] == '>' ? i + 2 : SkipTo(html, i, '>');
        }

        if (!char.IsAsciiLetter(c))
        {
            return i;
        }

        var (tag, next) = Name(html, i);
        var attributes = t_attributes ??= new List<Attribute>(32);
        attributes.Clear();
        var close = Attributes(html, next, attributes, out var selfClosing);
        tag = state.StartTag(html, tag, attributes, selfClosing);
        if (tag == "template")
        {
            // A template's contents are a separate fragment, not part of the page (an HTML parser's document.All).
            return SkipTemplate(html, close);
        }

        if (!TextOnly.Contains(tag) || state.InForeignContent)
        {
            return close;
        }

        var endTag = tag == "script" ? ScriptEnd(html, close) : IndexOfEndTag(html, close, tag);
        if (tag == "title")
        {
            state.TitleText(html.AsSpan(close, endTag - close));
        }

        return endTag;
    }

    private static int SkipTo(string html, int from, char c)
    {
        var end = html.IndexOf(c, from);
        return end < 0 ? html.Length : end + 1;
    }

    /// <summary>
    /// A tag's name, lower-cased as the tokenizer does: one of the names the scan acts on (without making a string),
    /// or "" for any other element.
    /// </summary>
    private static (string Name, int After) Name(string html, int from)
    {
        var i = from;
        while (i < html.Length && html[i] is not (' ' or '\t' or '\n' or '\f' or '\r' or '/' or '>'))
        {
            i++;
        }

        return (KnownTags.TryGetValue(html.AsSpan(from, i - from), out var known) ? known : string.Empty, i);
    }

    /// <summary>
    /// Reads attributes up to the tag's '&gt;' as places in the page (nothing is copied until a fact needs it), the
    /// first of a repeated name only; returns where text starts again.
    /// </summary>
    private static int Attributes(string html, int from, List<Attribute>? into, out bool selfClosing)
    {
        selfClosing = false;
        var i = from;
        while (i < html.Length)
        {
            var c = html[i];
            if (c is ' ' or '\t' or '\n' or '\f' or '\r')
            {
                i++;
                continue;
            }

            if (c == '>')
            {
                return i + 1;
            }

            if (c == '/')
            {
                selfClosing = i + 1 < html.Length && html[i + 1] == '>';
                i++;
                continue;
            }

            selfClosing = false;
            // A name runs to whitespace, '/', '>' or '=' (a leading '=' is part of it).
            var start = i++;
            while (i < html.Length && html[i] is not (' ' or '\t' or '\n' or '\f' or '\r' or '/' or '>' or '='))
            {
                i++;
            }

            var attribute = new Attribute(start, i - start, i, 0);
            var j = SkipSpace(html, i);
            if (j < html.Length && html[j] == '=')
            {
                j = SkipSpace(html, j + 1);
                if (j < html.Length && html[j] is '"' or '\'')
                {
                    var end = html.IndexOf(html[j], j + 1);
                    end = end < 0 ? html.Length : end;
                    attribute = attribute with { ValueStart = j + 1, ValueLength = end - j - 1 };
                    i = Math.Min(end + 1, html.Length);
                }
                else
                {
                    var end = j;
                    while (end < html.Length && html[end] is not (' ' or '\t' or '\n' or '\f' or '\r' or '>'))
                    {
                        end++;
                    }

                    attribute = attribute with { ValueStart = j, ValueLength = end - j };
                    i = end;
                }
            }

            if (into is not null && Find(html, into, html.AsSpan(attribute.NameStart, attribute.NameLength)) < 0)
            {
                into.Add(attribute);
            }
        }

        return html.Length;
    }

    /// <summary>Which of <paramref name="attributes"/> has the name (any case), or -1.</summary>
    private static int Find(string html, List<Attribute> attributes, ReadOnlySpan<char> name)
    {
        for (var k = 0; k < attributes.Count; k++)
        {
            if (html.AsSpan(attributes[k].NameStart, attributes[k].NameLength).Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>
    /// An attribute's value as a string, decoded. Values repeat from page to page (every page links the same sections
    /// and assets), so each distinct one is made once and shared: at 10 000 pages that is millions of strings fewer.
    /// </summary>
    private static string Value(string html, Attribute attribute)
    {
        var raw = html.AsSpan(attribute.ValueStart, attribute.ValueLength);
        return raw.Contains('&') ? SharedStrings.Get(Decode(raw.ToString())) : SharedStrings.Get(raw);
    }

    private static int SkipSpace(string html, int i)
    {
        while (i < html.Length && html[i] is ' ' or '\t' or '\n' or '\f' or '\r')
        {
            i++;
        }

        return i;
    }

    /// <summary>Where the end tag <c>&lt;/name</c> (any case, then whitespace, '/' or '&gt;') starts, or the end.</summary>
    private static int IndexOfEndTag(string html, int from, string name)
    {
        for (var i = html.IndexOf("</", from, StringComparison.Ordinal); i >= 0; i = html.IndexOf("</", i + 2, StringComparison.Ordinal))
        {
            var after = i + 2 + name.Length;
            if (string.Compare(html, i + 2, name, 0, name.Length, StringComparison.OrdinalIgnoreCase) == 0
                && (after >= html.Length || html[after] is ' ' or '\t' or '\n' or '\f' or '\r' or '/' or '>'))
            {
                return i;
            }
        }

        return html.Length;
    }

    /// <summary>
    /// Where a script's text ends. Inside "&lt;!--", a "&lt;script" starts text that a "&lt;/script" only closes
    /// again (the tokenizer's escaped and double-escaped states); "--&gt;" leaves them.
    /// </summary>
    private static int ScriptEnd(string html, int from)
    {
        var escaped = false;
        var doubled = false;
        for (var i = from; i < html.Length; i++)
        {
            if (html[i] == '-' && escaped && string.CompareOrdinal(html, i, "-->", 0, 3) == 0)
            {
                escaped = doubled = false;
                i += 2;
            }
            else if (html[i] != '<')
            {
                continue;
            }
            else if (!escaped && string.CompareOrdinal(html, i, "<!--", 0, 4) == 0)
            {
                escaped = true;
                i += 3;
            }
            else if (IsTagNamed(html, i + 1, "/script"))
            {
                if (!doubled)
                {
                    return i;
                }

                doubled = false;
            }
            else if (escaped && IsTagNamed(html, i + 1, "script"))
            {
                doubled = true;
            }
        }

        return html.Length;
    }

    private static bool IsTagNamed(string html, int at, string name)
    {
        var after = at + name.Length;
        return string.Compare(html, at, name, 0, name.Length, StringComparison.OrdinalIgnoreCase) == 0
            && (after >= html.Length || html[after] is ' ' or '\t' or '\n' or '\f' or '\r' or '/' or '>');
    }

    /// <summary>
    /// Decodes character references as the tokenizer does in text and attribute values: numeric ones and the named
    /// ones of HTML5 (Markdig's table; WebUtility knows only HTML 4's). A name without its ';' is left as it is.
    /// </summary>
    internal static string Decode(string text)
    {
        var amp = text.IndexOf('&');
        if (amp < 0)
        {
            return text;
        }

        var decoded = new System.Text.StringBuilder(text.Length).Append(text, 0, amp);
        for (var i = amp; i < text.Length; i++)
        {
            var semicolon = text[i] == '&' ? text.IndexOf(';', i + 1) : -1;
            var reference = semicolon > i + 1 && semicolon - i <= 40 ? text.AsSpan(i + 1, semicolon - i - 1) : default;
            string? value = null;
            if (reference.Length > 1 && reference[0] == '#')
            {
                var hex = reference[1] is 'x' or 'X';
                if (int.TryParse(reference[(hex ? 2 : 1)..], hex ? System.Globalization.NumberStyles.AllowHexSpecifier : System.Globalization.NumberStyles.None, null, out var code))
                {
                    value = code is 0 or > 0x10FFFF || code is >= 0xD800 and <= 0xDFFF ? "\uFFFD" : Markdig.Helpers.EntityHelper.DecodeEntity(code);
                }
            }
            else if (reference.Length > 0)
            {
                value = Markdig.Helpers.EntityHelper.DecodeEntity(reference);
            }

            if (value is null)
            {
                decoded.Append(text[i]);
                continue;
            }

            decoded.Append(value);
            i = semicolon;
        }

        return decoded.ToString();
    }

    /// <summary>Skips a template's contents, nested templates included, and its end tag.</summary>
    private static int SkipTemplate(string html, int from)
    {
        var depth = 1;
        var i = from;
        while (depth > 0)
        {
            var next = html.IndexOf('<', i);
            if (next < 0)
            {
                return html.Length;
            }

            // A nested template is skipped whole by Tag, which calls back here.
            if (string.Compare(html, next + 1, "/template", 0, 9, StringComparison.OrdinalIgnoreCase) == 0)
            {
                depth--;
            }

            i = Tag(html, next, State.Ignored);
        }

        return i;
    }

    /// <summary>Where an attribute's name and value are in the page.</summary>
    private readonly record struct Attribute(int NameStart, int NameLength, int ValueStart, int ValueLength);

    /// <summary>What the scan knows between tags: where facts go, whether it is inside svg or math.</summary>
    private sealed class State(PageFactsBuilder? facts)
    {
        public static readonly State Ignored = new(null);

        private readonly HashSet<string> _htmlAttributes = new(StringComparer.Ordinal);
        private readonly HashSet<string> _bodyAttributes = new(StringComparer.Ordinal);
        private bool _sawTitle;
        private int _foreign;

        public bool InForeignContent => _foreign > 0;

        /// <summary>Records a start tag's facts; returns the element's name as a parser would make it.</summary>
        public string StartTag(string html, string name, List<Attribute> attributes, bool selfClosing)
        {
            if (facts is null)
            {
                return name;
            }

            if (name is "svg" or "math")
            {
                _foreign += selfClosing ? 0 : 1;
            }
            else if (name == "image" && _foreign == 0)
            {
                name = "img";
            }

            // A repeated <html> or <body> tag adds only the attributes the element does not have yet.
            var merged = name switch { "html" => _htmlAttributes, "body" => _bodyAttributes, _ => null };
            string? Get(string attribute)
            {
                var k = Find(html, attributes, attribute);
                return k < 0 || (merged is not null && !merged.Add(attribute)) ? null : Value(html, attributes[k]);
            }

            if (Get("id") is { } id)
            {
                facts.AddId(id);
            }

            if (name.Length == 0)
            {
                return name;
            }

            if (name == "html" && Get("lang") is { } lang)
            {
                facts.Lang = lang;
            }

            // In svg, xlink:href is read as href when there is no href.
            if (Referencing.TryGetValue(name, out var referencing) && (Get(referencing) ?? (name == "use" ? Get("xlink:href") : null)) is { } value)
            {
                facts.AddReference(name, referencing, value);
            }

            if (name.Length == 2 && name[0] == 'h' && name[1] is >= '1' and <= '6' && _foreign == 0)
            {
                facts.AddHeading(name[1] - '0');
            }
            else if (name == "img" && Find(html, attributes, "alt") < 0)
            {
                facts.AddImageWithoutAlt(Get("src") ?? "?");
            }
            else if (name == "link" && facts.Canonical is null && Get("rel") == "canonical")
            {
                facts.Canonical = Get("href");
            }

            return name;
        }

        public void EndTag(string name)
        {
            if (name is "svg" or "math" && _foreign > 0)
            {
                _foreign--;
            }
        }

        /// <summary>The first title's text, as a browser shows it: references decoded, whitespace collapsed.</summary>
        public void TitleText(ReadOnlySpan<char> raw)
        {
            if (facts is null || _sawTitle)
            {
                return;
            }

            _sawTitle = true;
            var text = Decode(raw.ToString());
            facts.Title = string.Join(' ', text.Split([' ', '\t', '\n', '\f', '\r'], StringSplitOptions.RemoveEmptyEntries));
        }
    }
}
