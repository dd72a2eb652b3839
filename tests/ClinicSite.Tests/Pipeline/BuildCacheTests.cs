using ClinicSite.Engine.Markdown;
using ClinicSite.Engine.Pipeline;

namespace ClinicSite.Tests.Pipeline;

/// <summary>The pieces the per-page cache's keys are made of.</summary>
public sealed class BuildCacheTests
{
    [Fact]
    public void Parts_of_a_key_are_kept_apart_so_moving_a_boundary_changes_the_hash()
    {
        Assert.NotEqual(new Hasher().Add("ab").Add("c").Done(), new Hasher().Add("a").Add("bc").Done());
        Assert.NotEqual(new Hasher().Add((string?)null).Done(), new Hasher().Add(string.Empty).Done());
        Assert.NotEqual(new Hasher().Add(["a", "b"]).Done(), new Hasher().Add(["ab"]).Done());
    }

    [Fact]
    public void The_same_content_in_another_object_has_the_same_hash()
    {
        var text = "## Bleeding\n\nSome text.";
        var copy = new string(text.AsSpan());

        Assert.False(ReferenceEquals(text, copy));
        Assert.Equal(ContentHash.Of(text), ContentHash.Of(copy));
        Assert.NotEqual(ContentHash.Of(text), ContentHash.Of(text + " "));
    }

    [Fact]
    public void The_pages_a_body_links_to_are_its_site_hrefs_without_fragments_sorted_once_each()
    {
        // The links a body noted as it was rendered (see CheckFactsExtension), glossary mentions and images aside.
        var body = new BodyHtml([], [new GlossaryMention("term-x")],
        [
            BodyFact.Reference("a", "href", "/risks/bleeding/#what-it-is"), BodyFact.Reference("a", "href", "https://example.org/x/"),
            BodyFact.Reference("a", "href", "#here"), BodyFact.Mention(0), BodyFact.Reference("a", "href", "/risks/bleeding/"),
            BodyFact.Reference("a", "href", "/checklists/before/"), BodyFact.Reference("img", "src", "/procedures/diagram.png"),
        ]);

        Assert.Equal(["/checklists/before/", "/risks/bleeding/"], BuildCache.LinkedPages(body));
    }
}
