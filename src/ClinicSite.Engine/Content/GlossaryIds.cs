namespace ClinicSite.Engine.Content;

/// <summary>The anchor id of a glossary term: <c>term-</c> plus its slug, so ids never clash with heading ids.</summary>
internal static class GlossaryIds
{
    public static string IdFor(string term) => "term-" + ParseFrontMatter.SuggestSlug(term);
}
