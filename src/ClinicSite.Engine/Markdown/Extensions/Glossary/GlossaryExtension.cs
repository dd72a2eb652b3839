using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ClinicSite.Engine.Markdown.Extensions.Glossary;

/// <summary>
/// Glossary links in page bodies. <see cref="Mark"/> runs on the syntax tree before it is rendered and finds the first
/// mention of each term in the body's running text, never inside headings, links, images or checklist items; the
/// renderer then notes where each mention's text is written. The page stage adds the link itself, unless the page's
/// template text already linked that term: first mention in the page, in reading order.
/// </summary>
internal sealed class GlossaryExtension : IMarkdownExtension
{
    private static readonly object CutsKey = typeof(MentionCut);

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is Markdig.Renderers.HtmlRenderer html)
        {
            html.ObjectRenderers.ReplaceOrAdd<LiteralInlineRenderer>(new MentionLiteralRenderer());
        }
    }

    /// <summary>
    /// Finds the first mention of each term (not in <paramref name="seen"/>) in a run of text: the literals, entities
    /// and soft line breaks that follow each other in one inline container, which the browser sees as one piece of
    /// text. Mentions are numbered from <paramref name="mentions"/>' count and added to it.
    /// </summary>
    public static void Mark(IReadOnlyList<Inline> run, GlossaryTerms terms, ISet<string> seen, List<GlossaryMention> mentions)
    {
        var text = new System.Text.StringBuilder();
        var starts = new int[run.Count];
        for (var i = 0; i < run.Count; i++)
        {
            starts[i] = text.Length;
            _ = run[i] switch
            {
                LiteralInline literal => text.Append(literal.Content.AsSpan()),
                HtmlEntityInline entity => text.Append(entity.Transcoded.AsSpan()),
                _ => text.Append('\n'),
            };
        }

        foreach (var (index, length, id) in terms.FirstMentions(text.ToString(), seen))
        {
            // A mention must start and end inside literal text (not in an entity): rare enough to leave unlinked.
            var first = Array.FindLastIndex(starts, s => s <= index);
            var last = Array.FindLastIndex(starts, s => s < index + length);
            if (run[first] is not LiteralInline from || run[last] is not LiteralInline to)
            {
                continue;
            }

            var number = mentions.Count;
            mentions.Add(new GlossaryMention(id));
            Cuts(from).Add(new MentionCut(index - starts[first], number, true));
            Cuts(to).Add(new MentionCut(index + length - starts[last], number, false));
        }
    }

    private static List<MentionCut> Cuts(LiteralInline literal)
    {
        if (literal.GetData(CutsKey) is not List<MentionCut> cuts)
        {
            literal.SetData(CutsKey, cuts = []);
        }

        return cuts;
    }

    /// <summary>Where, in a literal's text, a mention starts or ends.</summary>
    private readonly record struct MentionCut(int Offset, int Mention, bool Start);

    /// <summary>Writes a literal as Markdig does, noting where the mentions in it start and end.</summary>
    private sealed class MentionLiteralRenderer : LiteralInlineRenderer
    {
        protected override void Write(Markdig.Renderers.HtmlRenderer renderer, LiteralInline obj)
        {
            if (renderer is not BodyRenderer body || !renderer.EnableHtmlEscape || obj.GetData(CutsKey) is not List<MentionCut> cuts)
            {
                base.Write(renderer, obj);
                return;
            }

            var content = obj.Content;
            var at = 0;
            foreach (var cut in cuts)
            {
                renderer.WriteEscape(content.Text, content.Start + at, cut.Offset - at);
                at = cut.Offset;
                var mention = body.Mentions[cut.Mention];
                if (cut.Start)
                {
                    mention.Start = body.Position;
                    body.Facts.Add(BodyFact.Mention(cut.Mention));
                }
                else
                {
                    mention.End = body.Position;
                }
            }

            renderer.WriteEscape(content.Text, content.Start + at, content.Length - at);
        }
    }
}
