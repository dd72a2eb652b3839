using System.Text;
using Markdig.Syntax.Inlines;

namespace ClinicSite.Engine.Markdown;

/// <summary>
/// The text a browser shows for rendered inlines (a heading's <c>textContent</c>): literals, entities decoded, code,
/// autolink addresses, line breaks as new lines; trimmed. Used where markup names a heading, e.g. a table's label.
/// </summary>
internal static class InlineText
{
    public static string Of(ContainerInline? inline)
    {
        var text = new StringBuilder();
        Append(text, inline);
        return text.ToString().Trim();
    }

    private static void Append(StringBuilder text, ContainerInline? container)
    {
        for (var inline = container?.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            _ = inline switch
            {
                LiteralInline literal => text.Append(literal.Content.AsSpan()),
                HtmlEntityInline entity => text.Append(entity.Transcoded.AsSpan()),
                CodeInline code => text.Append(code.Content),
                AutolinkInline auto => text.Append(auto.Url),
                LineBreakInline => text.Append('\n'),
                _ => text,
            };

            if (inline is ContainerInline nested and not LinkInline { IsImage: true })
            {
                Append(text, nested);
            }
        }
    }
}
