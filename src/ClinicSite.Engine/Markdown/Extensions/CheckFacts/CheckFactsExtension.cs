using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ClinicSite.Engine.Markdown.Extensions.CheckFacts;

/// <summary>
/// Records, as each heading, link, image and autolink of a body is written, the facts the site checks need (heading
/// levels, ids, href and src values) in reading order, so the build never has to parse the HTML it wrote. The markup
/// itself is Markdig's own: these renderers only watch.
/// </summary>
internal sealed class CheckFactsExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            html.ObjectRenderers.ReplaceOrAdd<HeadingRenderer>(new FactHeadingRenderer());
            html.ObjectRenderers.ReplaceOrAdd<LinkInlineRenderer>(new FactLinkRenderer());
            html.ObjectRenderers.ReplaceOrAdd<AutolinkInlineRenderer>(new FactAutolinkRenderer());
        }
    }

    private sealed class FactHeadingRenderer : HeadingRenderer
    {
        protected override void Write(HtmlRenderer renderer, HeadingBlock obj)
        {
            if (renderer is BodyRenderer body && renderer.EnableHtmlForBlock)
            {
                body.Facts.Add(BodyFact.Heading(obj.Level));
                if (obj.TryGetAttributes()?.Id is { } id)
                {
                    body.Facts.Add(BodyFact.Id(id));
                }
            }

            base.Write(renderer, obj);
        }
    }

    private sealed class FactLinkRenderer : LinkInlineRenderer
    {
        protected override void Write(HtmlRenderer renderer, LinkInline link)
        {
            if (renderer is not BodyRenderer body || !renderer.EnableHtmlForInline)
            {
                base.Write(renderer, link);
                return;
            }

            // The link's own reference comes before any image inside it: keep its place, fill it in once written.
            var index = body.Facts.Count;
            body.Facts.Add(default);
            var start = body.Position;
            base.Write(renderer, link);
            body.Facts[index] = link.IsImage
                ? BodyFact.Reference("img", "src", body.AttributeWrittenAfter(start))
                : BodyFact.Reference("a", "href", body.AttributeWrittenAfter(start));
        }
    }

    private sealed class FactAutolinkRenderer : AutolinkInlineRenderer
    {
        protected override void Write(HtmlRenderer renderer, AutolinkInline obj)
        {
            var start = (renderer as BodyRenderer)?.Position ?? 0;
            base.Write(renderer, obj);
            if (renderer is BodyRenderer body && renderer.EnableHtmlForInline)
            {
                body.Facts.Add(BodyFact.Reference("a", "href", body.AttributeWrittenAfter(start)));
            }
        }
    }
}
