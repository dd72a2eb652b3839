using ClinicSite.Engine.Content;
using ClinicSite.Engine.Diagnostics;
using ClinicSite.Engine.Markdown;
using ClinicSite.Tests.Support;

namespace ClinicSite.Tests.Markdown;

/// <summary>
/// Spec files (Specs/*.md): Markdown, a line holding only '.', then the expected HTML. Each is rendered as the body of
/// input/procedures/epidural.md in the minimal site, so links resolve against real pages.
/// </summary>
public sealed class MarkdownSpecTests
{
    public static TheoryData<string> Specs()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Specs"), "*.md").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileNameWithoutExtension(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Specs))]
    public void Spec_renders_as_expected(string name)
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Specs", name + ".md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var split = text.IndexOf("\n.\n", StringComparison.Ordinal);
        Assert.True(split > 0, $"{name}: no line holding only '.'");
        var markdown = text[..(split + 1)];
        var expected = text[(split + 3)..].TrimEnd();

        var (html, diagnostics) = Render(markdown);
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

    private static (string Html, IReadOnlyList<Diagnostic> Diagnostics) Render(string body)
    {
        var pages = MinimalSite.Files
            .Where(f => !f.Path.StartsWith("_data", StringComparison.Ordinal))
            .Select(f => f.Path == "procedures/epidural.md" ? (f.Path, Text: MinimalSite.Meta("Epidural", MinimalSite.ProcedureExtra) + body) : (f.Path, Text: f.Text))
            .Select(f => new SourceFile("/in/" + f.Path, "input/" + f.Path, f.Path, f.Text))
            .ToList();
        var bag = new DiagnosticBag();
        var parsed = new ParseFrontMatter(bag).Run(pages);
        var rendered = new RenderMarkdown(bag).Run(parsed, []);
        var page = rendered.Single(p => p.Page.File.PathInInput == "procedures/epidural.md");
        return (page.Html.Replace("\r\n", "\n", StringComparison.Ordinal), bag.ToSortedList());
    }
}
