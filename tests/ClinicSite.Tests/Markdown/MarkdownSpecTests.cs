using ClinicSite.Engine.Content;
using ClinicSite.Engine.Diagnostics;
using ClinicSite.Engine.Markdown;
using ClinicSite.Engine.Markdown.Extensions.Glossary;
using ClinicSite.Tests.Support;

namespace ClinicSite.Tests.Markdown;

/// <summary>
/// Spec files: Markdown, a line holding only '.', then the expected HTML. They live beside what they specify
/// (src/ClinicSite.Engine/Markdown/**/*.md, copied to Specs/ for the tests). Each is rendered as the body of
/// input/procedures/epidural.md in the minimal site (or of the page a first line "page: PATH" names), so links
/// resolve against real pages, with the minimal site's glossary and every glossary mention linked, as on a page whose
/// template text mentions no term before the body.
/// </summary>
public sealed class MarkdownSpecTests
{
    public static TheoryData<string> Specs()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Specs"), "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileNameWithoutExtension(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Specs))]
    public void Spec_renders_as_expected(string name)
    {
        var file = Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Specs"), name + ".md", SearchOption.AllDirectories).Single();
        var text = File.ReadAllText(file).Replace("\r\n", "\n", StringComparison.Ordinal);
        var path = "procedures/epidural.md";
        if (text.StartsWith("page: ", StringComparison.Ordinal))
        {
            path = text[6..text.IndexOf('\n', StringComparison.Ordinal)];
            text = text[(path.Length + 7)..];
        }

        var split = text.IndexOf("\n.\n", StringComparison.Ordinal);
        Assert.True(split > 0, $"{name}: no line holding only '.'");
        var markdown = text[..(split + 1)];
        var expected = text[(split + 3)..].TrimEnd();

        var (html, diagnostics) = Render(markdown, path);
        Assert.Empty(diagnostics);
        Assert.Equal(expected, html.Trim());
    }

    [Fact]
    public void Raw_html_is_rejected_with_CLS014_at_its_line()
    {
        var (_, diagnostics) = Render("Intro.\n\n<div>boxed</div>\n\nText with <b>bold</b>.\n");
        Assert.Equal(2, diagnostics.Count(d => d.Code == "CLS014"));
        Assert.Contains(diagnostics, d => d.Code == "CLS014" && d.Span.Line == 26);
    }

    [Theory]
    [InlineData("[x](javascript:alert(1))")]
    [InlineData("[x](data:text/html,hi)")]
    [InlineData("[x](vbscript:msgbox)")]
    public void Script_and_data_urls_are_rejected_with_CLS017(string link)
    {
        var (html, diagnostics) = Render($"Click {link}.\n");
        Assert.Contains(diagnostics, d => d.Code == "CLS017");
        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void An_unknown_callout_kind_reports_CLS018_with_a_suggestion()
    {
        var (_, diagnostics) = Render("::: emergncy\nText.\n:::\n");
        var error = Assert.Single(diagnostics);
        Assert.Equal("CLS018", error.Code);
        Assert.Contains("Did you mean 'emergency'?", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_link_that_leaves_the_input_folder_reports_CLS026()
    {
        var (_, diagnostics) = Render("See [x](../../secret.md).\n");
        Assert.Equal("CLS026", Assert.Single(diagnostics).Code);
    }

    [Fact]
    public void A_heading_that_skips_a_level_reports_CLS033_at_its_line()
    {
        var (_, diagnostics) = Render("## One\n\n#### Three\n");
        var error = Assert.Single(diagnostics);
        Assert.Equal("CLS033", error.Code);
    }

    private static (string Html, IReadOnlyList<Diagnostic> Diagnostics) Render(string body, string path = "procedures/epidural.md")
    {
        var pages = MinimalSite.Files
            .Where(f => !f.Path.StartsWith("_data", StringComparison.Ordinal))
            .Select(f => f.Path != path ? (f.Path, f.Text) : (f.Path, Text: FrontMatterOf(f.Text) + body))
            .Select(f => new SourceFile("/in/" + f.Path, "input/" + f.Path, f.Path, f.Text))
            .ToList();
        var bag = new DiagnosticBag();
        var parsed = new ParseFrontMatter(bag).Run(pages);
        var glossary = new GlossaryTerms([new GlossaryEntry { Term = "Fluoroscopy", Definition = "A live X-ray video." }], "/glossary/");
        var rendered = new RenderMarkdown(bag, new BodyOptions(glossary, "https://clinic.example.org")).Run(parsed, []);
        var page = rendered.Single(p => p.Page.File.PathInInput == path);
        var html = new System.Buffers.ArrayBufferWriter<byte>();
        page.Body.WriteTo(html, [.. page.Body.Mentions.Select(_ => true)], glossary.Url);
        return (System.Text.Encoding.UTF8.GetString(html.WrittenSpan).Replace("\r\n", "\n", StringComparison.Ordinal), bag.ToSortedList());
    }

    /// <summary>A page's front matter, both "---" lines included, without its body.</summary>
    private static string FrontMatterOf(string page) => page[..(page.IndexOf("\n---\n", StringComparison.Ordinal) + 5)];
}
