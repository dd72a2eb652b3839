using ClinicSite.Engine.Content;
using ClinicSite.Engine.Checks;
using ClinicSite.Engine.Markdown;
using ClinicSite.Engine.Output;

namespace ClinicSite.Engine.Pipeline;

/// <summary>
/// What the cache keeps for one input page (by its path in input/): each stage's last result for it, with the key it
/// was made from. A stage reuses its entry only when the key it computes now is the same.
/// </summary>
internal sealed class CachedPage
{
    /// <summary>Keyed on the file (paths and text): the front-matter key is the hash of the page's file.</summary>
    public Stored<ParsedPage?>? FrontMatter { get; set; }

    public Stored<MarkdownResult>? Markdown { get; set; }

    public Stored<Checked>? Readability { get; set; }

    public Stored<Checked>? Placeholders { get; set; }

    public Stored<RenderResult>? Render { get; set; }

    public Stored<FragmentLinks>? Links { get; set; }

    /// <summary>The hash of the page's file, from the front-matter entry made from it this run.</summary>
    public ContentHash File => FrontMatter!.Key;
}

/// <summary>
/// A page's Markdown result. <paramref name="Output"/> hashes what later stages read of it (URL, HTML, headings, text
/// blocks, FAQ). <paramref name="Links"/> are the page URLs its HTML links to and <paramref name="LinkKey"/> the hash of
/// their URL and heading ids (and, with a broken link, of which pages exist) when it was rendered: the key's part that
/// depends on other pages, which are known only once every page's headings are.
/// </summary>
internal sealed record MarkdownResult(MarkdownPage Page, ContentHash Output, IReadOnlyList<string> Links, bool BrokenLink, ContentHash LinkKey);

/// <summary>
/// A page's file and check facts (null when its templates failed). <paramref name="Inputs"/> hashes what its view is
/// built from as long as only page bodies change (see <see cref="BuildCache.Pages"/>); <paramref name="FactsKey"/>
/// hashes the file's bytes and paths, which the facts are read from, and <paramref name="IdsKey"/> the ids on the page,
/// which the link check reads for the pages that link into it.
/// </summary>
internal sealed record RenderResult(ContentHash Inputs, OutputFile? File, PageFacts? Facts, ContentHash FactsKey, ContentHash IdsKey);

/// <summary>
/// A page's link check, whose findings are its diagnostics: the output paths of the pages its #fragment links point
/// into, worked out from the built page with the hash <paramref name="FactsKey"/>, kept so that an unchanged page need
/// not work them out again.
/// </summary>
internal sealed record FragmentLinks(ContentHash FactsKey, IReadOnlyList<string> Targets);
