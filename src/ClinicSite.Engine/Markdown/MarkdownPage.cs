using ClinicSite.Engine.Content;

namespace ClinicSite.Engine.Markdown;

/// <summary>A page after Markdown: body HTML with links rewritten, its headings, text blocks and FAQ items.</summary>
internal sealed record MarkdownPage(
    ParsedPage Page,
    string Url,
    BodyHtml Body,
    IReadOnlyList<HeadingInfo> Headings,
    IReadOnlyList<string> TextBlocks,
    IReadOnlyList<FaqItem> Faq)
{
    /// <summary>The body's HTML without glossary links.</summary>
    public string Html => Body.Html;
}
