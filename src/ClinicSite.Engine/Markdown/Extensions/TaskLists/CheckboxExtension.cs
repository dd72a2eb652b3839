using Markdig;
using Markdig.Extensions.TaskLists;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace ClinicSite.Engine.Markdown.Extensions.TaskLists;

/// <summary>
/// On checklist pages, task-list items become working checkboxes: <c>- [ ] Bring your ID</c> is written as
/// <c>&lt;input type="checkbox" id="task-1"&gt;&lt;label for="task-1"&gt;Bring your ID…&lt;/label&gt;</c>, the label
/// holding the whole item, so the text is a large target and a screen reader names the box (no JavaScript needed).
/// Items of a loose list (a blank line between them) and task lists on other pages stay as Markdig writes them.
/// </summary>
internal sealed class CheckboxExtension : IMarkdownExtension
{
    private static readonly object IdKey = typeof(CheckboxExtension);

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            html.ObjectRenderers.ReplaceOrAdd<HtmlTaskListRenderer>(new CheckboxRenderer());
            html.ObjectRenderers.AddIfNotAlready<LabelEndRenderer>();
        }
    }

    /// <summary>Numbers the boxes of a checklist body in reading order and closes each label at the end of its item.</summary>
    public static void Number(IEnumerable<TaskList> boxes)
    {
        var n = 0;
        foreach (var box in boxes)
        {
            // Markdig writes the box straight into the item only in a tight list; in a loose one it sits in a <p>.
            if (box.Parent?.ParentBlock is not ParagraphBlock { Parent: ListItemBlock { Parent: ListBlock { IsLoose: false } } item })
            {
                continue;
            }

            box.SetData(IdKey, $"task-{++n}");
            item.Add(new LabelEnd());
            if (box.NextSibling is Markdig.Syntax.Inlines.LiteralInline text)
            {
                text.Content.TrimStart();
            }
        }
    }

    /// <summary>Where an item's label closes: after everything else in it.</summary>
    private sealed class LabelEnd() : LeafBlock((BlockParser?)null);

    private sealed class LabelEndRenderer : HtmlObjectRenderer<LabelEnd>
    {
        protected override void Write(HtmlRenderer renderer, LabelEnd obj) => renderer.Write("</label>");
    }

    private sealed class CheckboxRenderer : HtmlTaskListRenderer
    {
        protected override void Write(HtmlRenderer renderer, TaskList obj)
        {
            if (!renderer.EnableHtmlForInline || obj.GetData(IdKey) is not string id)
            {
                base.Write(renderer, obj);
                return;
            }

            (renderer as BodyRenderer)?.Facts.Add(BodyFact.Id(id));
            renderer.Write("<input type=\"checkbox\" id=\"").Write(id).Write('"');
            if (obj.Checked)
            {
                renderer.Write(" checked=\"checked\"");
            }

            renderer.Write("><label for=\"").Write(id).Write("\">");
        }
    }
}
