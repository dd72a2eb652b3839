using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html;
using AngleSharp.Html.Parser;
using ClinicSite.Engine.Html;
using ClinicSite.Tests.Theme;

namespace ClinicSite.Tests.Html;

/// <summary>The build's formatter writes exactly what AngleSharp's own would, on any thread.</summary>
public sealed class PageFormatterTests(ThemeSite site) : IClassFixture<ThemeSite>
{
    // Prefixed and namespaced attributes, a bare attribute, values and text that need escaping, void and raw-text
    // elements, a template and a comment: every path of a start tag.
    private const string Awkward = """
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>A &amp; B</title>
        <style>p > a { color: red }</style></head>
        <body><main id="m" class="a&quot;b"><p title="x&amp;y&nbsp;z &quot;q&quot; <tag>">1 &lt; 2 &amp;&nbsp;3</p>
        <input type="checkbox" checked disabled><br><img src="/i.png" alt="">
        <svg viewBox="0 0 1 1" xmlns:xlink="http://www.w3.org/1999/xlink"><use xlink:href="#s" xml:lang="en"></use></svg>
        <math><mi>x</mi></math><template><p data-x='it&apos;s'>t</p></template><!-- note --><pre>
         kept</pre><textarea>
        a</textarea></main></body></html>
        """;

    [Fact]
    public void Serialises_awkward_markup_exactly_as_AngleSharp_does()
    {
        using var document = new HtmlParser().ParseDocument(Awkward);
        Assert.Equal(document.ToHtml(HtmlMarkupFormatter.Instance), document.ToHtml(PageFormatter.Instance));
    }

    [Fact]
    public void Serialises_every_page_of_the_real_site_exactly_as_AngleSharp_does_on_all_threads_at_once()
    {
        var pages = site.Pages.Values.ToList();
        Assert.NotEmpty(pages);
        var expected = pages.Select(p => p.ToHtml(HtmlMarkupFormatter.Instance)).ToList();
        var actual = new string[pages.Count * 4];
        Parallel.For(0, actual.Length, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(4, Environment.ProcessorCount) }, i => actual[i] = pages[i % pages.Count].ToHtml(PageFormatter.Instance));
        Assert.All(Enumerable.Range(0, actual.Length), i => Assert.Equal(expected[i % pages.Count], actual[i]));
    }
}
