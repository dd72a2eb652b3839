using AngleSharp.Dom;

namespace ClinicSite.Engine.Html;

/// <summary>Markup fixes Markdown cannot express: real, labelled checkboxes, keyboard-scrollable tables, printable link addresses.</summary>
internal static class Enhance
{
    /// <summary>Markdig's disabled task-list boxes become working checkboxes with labels (no JavaScript needed).</summary>
    public static void Checkboxes(IDocument document)
    {
        var n = 0;
        foreach (var input in document.QuerySelectorAll("li.task-list-item > input[type=checkbox]").ToList())
        {
            var item = input.ParentElement!;
            var id = $"task-{++n}";
            input.RemoveAttribute("disabled");
            input.SetAttribute("id", id);
            var label = document.CreateElement("label");
            label.SetAttribute("for", id);
            foreach (var node in item.ChildNodes.Where(c => c != input).ToList())
            {
                label.AppendChild(node);
            }

            if (label.FirstChild is IText first)
            {
                first.Data = first.Data.TrimStart();
            }

            item.AppendChild(label);
        }
    }

    /// <summary>Wraps tables in a focusable, labelled region so a narrow screen scrolls the table, not the page.</summary>
    public static void Tables(IDocument document, IElement main)
    {
        var n = 0;
        foreach (var table in main.QuerySelectorAll("table").ToList())
        {
            var wrapper = document.CreateElement("div");
            wrapper.SetAttribute("class", "table-scroll");
            wrapper.SetAttribute("role", "region");
            wrapper.SetAttribute("tabindex", "0");
            var heading = PrecedingHeading(table);
            wrapper.SetAttribute("aria-label", heading is null ? $"Table {++n}" : $"Table: {heading}");
            table.Parent!.ReplaceChild(wrapper, table);
            wrapper.AppendChild(table);
        }
    }

    /// <summary>
    /// Gives each site-internal link in the page content its full address in data-print-url, which the print
    /// stylesheet shows after the link text (a path alone means nothing on paper). Glossary links and navigation are
    /// left alone: on paper they would only add noise.
    /// </summary>
    public static void PrintUrls(IDocument document, IElement main)
    {
        var canonical = document.Head?.QuerySelector("link[rel=canonical]")?.GetAttribute("href");
        if (!Uri.TryCreate(canonical, UriKind.Absolute, out var pageUri))
        {
            return;
        }

        foreach (var link in main.QuerySelectorAll("a[href^='/']"))
        {
            if (link.ClassList.Contains("glossary-link") || link.Closest("nav") is not null || link.GetAttribute("href")!.StartsWith("//", StringComparison.Ordinal))
            {
                continue;
            }

            link.SetAttribute("data-print-url", new Uri(pageUri, link.GetAttribute("href")).AbsoluteUri);
        }
    }

    private static string? PrecedingHeading(IElement element)
    {
        for (var current = element.PreviousElementSibling; current is not null; current = current.PreviousElementSibling)
        {
            if (current.LocalName is "h2" or "h3" or "h4")
            {
                return current.TextContent.Trim();
            }
        }

        return null;
    }
}
