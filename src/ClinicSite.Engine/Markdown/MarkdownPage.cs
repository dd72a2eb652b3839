using ClinicSite.Engine.Content;

namespace ClinicSite.Engine.Markdown;

/// <summary>A page after Markdown: body HTML with links rewritten, its headings, text blocks and FAQ items.</summary>
internal sealed record MarkdownPage(
    ParsedPage Page,
    string Url,
    string Html,
    IReadOnlyList<HeadingInfo> Headings,
    IReadOnlyList<string> TextBlocks,
    IReadOnlyList<FaqItem> Faq);
