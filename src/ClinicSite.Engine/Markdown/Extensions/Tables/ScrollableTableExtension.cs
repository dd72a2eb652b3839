using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Syntax;

namespace ClinicSite.Engine.Markdown.Extensions.Tables;

/// <summary>
/// Wraps each table in a focusable, labelled region (<c>div.table-scroll</c>), so on a narrow screen the table scrolls,
/// not the page, and a keyboard or screen reader user can reach it. The label names the nearest heading before the
/// table ("Table: Side effects"), or numbers the tables that have none ("Table 2").
/// </summary>
internal sealed class ScrollableTableExtension : IMarkdownExtension
{
    private static readonly object LabelKey = typeof(ScrollableTableExtension);

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            html.ObjectRenderers.ReplaceOrAdd<HtmlTableRenderer>(new ScrollableTableRenderer());
        }
    }

    /// <summary>Labels every table of a body, in reading order.</summary>
    public static void Label(IEnumerable<Table> tables)
    {
        var unnamed = 0;
        foreach (var table in tables)
        {
            var heading = PrecedingHeading(table);
            table.SetData(LabelKey, heading is null ? $"Table {++unnamed}" : $"Table: {heading}");
        }
    }

    /// <summary>The text of the nearest h2–h4 among the blocks before the table in its container.</summary>
    private static string? PrecedingHeading(Table table)
    {
        if (table.Parent is not { } parent)
        {
            return null;
        }

        for (var i = parent.IndexOf(table) - 1; i >= 0; i--)
        {
            if (parent[i] is HeadingBlock { Level: >= 2 and <= 4 } heading)
            {
                return InlineText.Of(heading.Inline);
            }
        }

        return null;
    }

    private sealed class ScrollableTableRenderer : HtmlTableRenderer
    {
        protected override void Write(HtmlRenderer renderer, Table table)
        {
            if (!renderer.EnableHtmlForBlock || table.GetData(LabelKey) is not string label)
            {
                base.Write(renderer, table);
                return;
            }

            renderer.EnsureLine();
            renderer.Write("<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"").WriteEscape(label).Write("\">");
            base.Write(renderer, table);
            renderer.Write("</div>").WriteLine();
        }
    }
}
