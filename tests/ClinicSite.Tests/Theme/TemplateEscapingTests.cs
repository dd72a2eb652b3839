using ClinicSite.Engine.Diagnostics;
using ClinicSite.Engine.Templates;

namespace ClinicSite.Tests.Theme;

/// <summary>
/// Regression: Handlebars.Net 2.4.3 skipped HTML escaping inside partials called on their own indented line, so a
/// page title could inject markup. ThemeTemplates removes that indentation before compiling.
/// </summary>
public sealed class TemplateEscapingTests : IDisposable
{
    private readonly string _theme = Path.Combine(Path.GetTempPath(), "clinicsite-escape-" + Guid.NewGuid().ToString("N"));

    [Theory]
    [InlineData("<main>\n  {{> title}}\n</main>\n")]
    [InlineData("<main>\n\t{{> title}}\n</main>\n")]
    [InlineData("<main>\n    {{~> title}}\n</main>\n")]
    [InlineData("<main>{{> title}}</main>\n")]
    public void A_value_in_a_partial_is_escaped_however_the_call_is_indented(string layout)
    {
        Directory.CreateDirectory(Path.Combine(_theme, "layouts"));
        Directory.CreateDirectory(Path.Combine(_theme, "partials"));
        File.WriteAllText(Path.Combine(_theme, "layouts", "page.hbs"), layout);
        File.WriteAllText(Path.Combine(_theme, "layouts", "base.hbs"), "{{Title}}");
        File.WriteAllText(Path.Combine(_theme, "partials", "title.hbs"), "<header>\n  <h1>{{Title}}</h1>\n</header>\n");
        var diagnostics = new DiagnosticBag();

        var templates = ThemeTemplates.Load(_theme, ["page"], diagnostics);
        var html = templates.Render("page", new { Title = "</script><script>alert(1)</script>" }, diagnostics, new SourceSpan("test.md"));

        Assert.Empty(diagnostics.ToSortedList());
        Assert.Contains("<h1>&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;</h1>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Unindent_removes_only_the_whitespace_before_a_partial_call_that_starts_a_line()
    {
        Assert.Equal("<a>\n{{> x}}\n  <b>{{> y}}</b>\n{{#> z}}{{/z}}", ThemeTemplates.Unindent("<a>\n    {{> x}}\n  <b>{{> y}}</b>\n\t{{#> z}}{{/z}}"));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_theme, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
