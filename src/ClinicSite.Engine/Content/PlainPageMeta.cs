namespace ClinicSite.Engine.Content;

/// <summary>Front matter of a plain page (anything outside the four collections) and of section intros.</summary>
public sealed record PlainPageMeta : PageMeta
{
    [Help("page (default), home, faq or glossary.")]
    public PageLayout Layout { get; init; } = PageLayout.Page;
}
