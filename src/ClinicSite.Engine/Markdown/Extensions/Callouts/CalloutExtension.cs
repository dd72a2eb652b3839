using Markdig;
using Markdig.Extensions.CustomContainers;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace ClinicSite.Engine.Markdown.Extensions.Callouts;

/// <summary>Renders <c>::: kind</c> containers as labelled callouts: the label and icon make the level clear without colour.</summary>
internal sealed class CalloutExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            html.ObjectRenderers.ReplaceOrAdd<HtmlCustomContainerRenderer>(new CalloutRenderer());
        }
    }

    private sealed class CalloutRenderer : HtmlObjectRenderer<CustomContainer>
    {
        protected override void Write(HtmlRenderer renderer, CustomContainer obj)
        {
            var kind = obj.Info ?? "note";
            var (label, icon) = Callouts.Kinds.TryGetValue(kind, out var k) ? k : Callouts.Kinds["note"];
            renderer.EnsureLine();
            renderer.Write("<div class=\"callout callout--").WriteEscape(kind).Write("\" role=\"note\">").WriteLine();
            renderer.Write("<p class=\"callout__label\"><span class=\"callout__icon\" aria-hidden=\"true\">")
                .WriteEscape(icon).Write("</span> <strong>").WriteEscape(label).Write("</strong></p>").WriteLine();
            renderer.WriteChildren(obj);
            renderer.Write("</div>").WriteLine();
        }
    }
}
