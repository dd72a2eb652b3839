using System.Text.RegularExpressions;
using AngleSharp.Diffing.Core;
using AngleSharp.Dom;

namespace ClinicSite.Tools.DomCompare;

/// <summary>
/// The text rules of DomCompare, used in place of AngleSharp.Diffing's text filter and comparer (whose default,
/// "Normalize", trims every text node and drops every whitespace-only one, so "word <a>" would equal "word<a>").
/// Whitespace counts where a browser would show it: next to inline content (text or a phrasing element such as
/// a, em, span, img). Next to a block element, or at the edge of one, it does not. Runs of HTML whitespace compare
/// as one space; no-break spaces are text. In pre, script, style and textarea the text compares exactly.
/// </summary>
internal static partial class Whitespace
{
    private static readonly HashSet<string> InlineElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "abbr", "audio", "b", "bdi", "bdo", "br", "button", "canvas", "cite", "code", "data", "del", "dfn", "em",
        "embed", "i", "iframe", "img", "input", "ins", "kbd", "label", "mark", "math", "meter", "object", "output",
        "picture", "progress", "q", "ruby", "s", "samp", "select", "small", "span", "strong", "sub", "sup", "svg",
        "textarea", "time", "u", "var", "video", "wbr",
    };

    private static readonly HashSet<string> VerbatimElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "pre", "script", "style", "textarea",
    };

    private static readonly char[] HtmlSpace = [' ', '\t', '\n', '\f', '\r'];

    [GeneratedRegex("[ \t\n\f\r]+")]
    private static partial Regex Runs();

    /// <summary>Runs of HTML whitespace as one space.</summary>
    public static string Collapse(string text) => Runs().Replace(text, " ");

    /// <summary>Drops whitespace-only text nodes that a browser would not show.</summary>
    public static FilterDecision Filter(in ComparisonSource source, FilterDecision currentDecision)
    {
        if (currentDecision == FilterDecision.Exclude || source.Node is not IText text || IsVerbatim(text))
            return currentDecision;
        if (text.Data.AsSpan().Trim(HtmlSpace).Length > 0)
            return FilterDecision.Keep;
        return InlineBeside(text.PreviousSibling, text.ParentElement) && InlineBeside(text.NextSibling, text.ParentElement)
            ? FilterDecision.Keep
            : FilterDecision.Exclude;
    }

    /// <summary>Compares two text nodes as a browser would show them.</summary>
    public static CompareResult Compare(in Comparison comparison, CompareResult currentDecision)
    {
        if (currentDecision.IsSameOrSkip || !comparison.TryGetNodesAsType<IText>(out var control, out var test))
            return currentDecision;
        return Shown(control) == Shown(test) ? CompareResult.Same : CompareResult.FromDiff(new TextDiff(comparison));
    }

    private static string Shown(IText text)
    {
        if (IsVerbatim(text))
            return text.Data;
        var shown = Collapse(text.Data);
        if (!InlineBeside(text.PreviousSibling, text.ParentElement))
            shown = shown.TrimStart(' ');
        if (!InlineBeside(text.NextSibling, text.ParentElement))
            shown = shown.TrimEnd(' ');
        return shown;
    }

    private static bool IsVerbatim(IText text) => text.ParentElement is { } parent && VerbatimElements.Contains(parent.LocalName);

    // Is the content on one side of a text node inline? With no sibling on that side, the parent's edge is: inline
    // when the parent is an inline element (to be safe: such whitespace may show), not when it is a block.
    private static bool InlineBeside(INode? sibling, IElement? parent) => sibling switch
    {
        null => parent is not null && InlineElements.Contains(parent.LocalName),
        IText text => text.Data.AsSpan().Trim(HtmlSpace).Length > 0,
        IElement element => InlineElements.Contains(element.LocalName),
        _ => false,
    };
}
