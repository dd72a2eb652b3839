using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ClinicSite.Engine.Markdown;

/// <summary>Plain text of Markdown inlines and blocks, for headings, readability and structured data.</summary>
internal static class MarkdownText
{
    public static string Of(ContainerInline? inline)
    {
        var sb = new StringBuilder();
        Append(sb, inline);
        return sb.ToString().Trim();
    }

    public static string Of(Block block)
    {
        var sb = new StringBuilder();
        foreach (var leaf in block.Descendants<LeafBlock>())
        {
            if (sb.Length > 0)
            {
                sb.Append(' ');
            }

            Append(sb, leaf.Inline);
        }

        if (block is LeafBlock self)
        {
            Append(sb, self.Inline);
        }

        return sb.ToString().Trim();
    }

    private static void Append(StringBuilder sb, ContainerInline? container)
    {
        if (container is null)
        {
            return;
        }

        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    sb.Append(literal.Content.AsSpan());
                    break;
                case CodeInline code:
                    sb.Append(code.Content);
                    break;
                case LineBreakInline:
                    sb.Append(' ');
                    break;
                case ContainerInline nested:
                    Append(sb, nested);
                    break;
            }
        }
    }
}
