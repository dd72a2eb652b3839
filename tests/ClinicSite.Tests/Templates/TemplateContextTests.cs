using ClinicSite.Engine.Diagnostics;
using ClinicSite.Engine.Templates;

namespace ClinicSite.Tests.Templates;

/// <summary>
/// The rules HtmlTemplateContext sets for every theme template, each on a small theme of its own: escaping on by
/// default, raw and include as the only markup, one truthiness rule, nothing cut or re-indented, misspelt names and
/// syntax errors reported at the template's own line and column.
/// </summary>
public sealed class TemplateContextTests : IDisposable
{
    private const string Hostile = "</script><script>alert(1)</script> \" onmouseover=alert(2) ' `x` a=b & {{ Title }}";
    private const string Escaped = "&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; &quot; onmouseover&#x3D;alert(2) &#x27; &#x60;x&#x60; a&#x3D;b &amp; {{ Title }}";

    private readonly string _theme = Path.Combine(Path.GetTempPath(), "clinicsite-scriban-" + Guid.NewGuid().ToString("N"));

    public TemplateContextTests()
    {
        Directory.CreateDirectory(Path.Combine(_theme, "layouts"));
        Directory.CreateDirectory(Path.Combine(_theme, "partials"));
        Write("layouts/base.sbn-html", "{{ Main }}");
    }

    [Theory]
    [InlineData("<main>\n  {{ include \"title\" }}\n</main>\n")]
    [InlineData("<main>\n\t{{~ include \"title\" ~}}\n</main>\n")]
    [InlineData("<main>{{ include \"title\" }}</main>\n")]
    public void A_value_is_escaped_once_in_a_partial_however_the_include_is_written(string layout)
    {
        Write("layouts/page.sbn-html", layout);
        Write("partials/title.sbn-html", "<header>\n  <h1>{{ Title }}</h1>\n</header>\n");

        var html = Render("page", new { Title = Hostile });

        Assert.Contains("<header>\n  <h1>" + Escaped + "</h1>\n</header>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_partial_piped_through_a_text_function_is_text_again_and_escaped()
    {
        Write("layouts/page.sbn-html", "{{ include \"title\" | string.strip }}|{{ $kept = include \"title\" }}{{ $kept }}");
        Write("partials/title.sbn-html", " <b>{{ Title }}</b> ");

        Assert.Equal("&lt;b&gt;&amp;lt;&lt;/b&gt;| <b>&lt;</b> ", Render("page", new { Title = "<" }));
    }

    [Fact]
    public void Every_expression_is_escaped_in_text_attributes_and_URLs_and_only_raw_is_not()
    {
        Write("layouts/page.sbn-html", "<p title=\"{{ Title }}\"><a href=\"{{ Url }}\">{{ Title }}</a>{{ Title | string.upcase }}</p>{{ raw Body }}");

        var html = Render("page", new { Title = Hostile, Url = "javascript:alert(\"x\")", Body = "<p>Body &amp; text</p>" });

        Assert.Equal($"<p title=\"{Escaped}\"><a href=\"javascript:alert(&quot;x&quot;)\">{Escaped}</a>{HtmlTemplateContext.Escape(Hostile.ToUpperInvariant())}</p><p>Body &amp; text</p>", html);
    }

    [Fact]
    public void Template_syntax_in_a_value_is_printed_never_evaluated()
    {
        Write("layouts/page.sbn-html", "<p>{{ Title }}</p><div>{{ raw Body }}</div>");

        var html = Render("page", new { Title = "{{ Secret }} {{ include \"x\" }}", Body = "{{ Secret }}", Secret = "EVALUATED" });

        Assert.Equal("<p>{{ Secret }} {{ include &quot;x&quot; }}</p><div>{{ Secret }}</div>", html);
    }

    [Fact]
    public void The_kind_layout_output_reaches_base_as_markup_and_base_values_are_escaped()
    {
        Write("layouts/page.sbn-html", "<h1>{{ Title }}</h1>");
        Write("layouts/base.sbn-html", "<title>{{ Title }}</title><main>{{ Main }}</main>");
        var templates = Load();
        var diagnostics = new DiagnosticBag();
        var model = new { Title = "<b>" };

        var main = templates.Render("page", model, diagnostics, new SourceSpan("test.md"))!;
        var html = templates.Render(ThemeTemplates.BaseLayout, model, diagnostics, new SourceSpan("test.md"), main);

        Assert.Empty(diagnostics.ToSortedList());
        Assert.Equal("<title>&lt;b&gt;</title><main><h1>&lt;b&gt;</h1></main>", html);
    }

    [Theory]
    [InlineData(null, "no")]
    [InlineData(false, "no")]
    [InlineData(true, "yes")]
    [InlineData("", "no")]
    [InlineData("x", "yes")]
    [InlineData(" ", "yes")]
    [InlineData(0, "no")]
    [InlineData(1, "yes")]
    public void Empty_text_null_false_and_zero_are_false(object? value, string expected)
    {
        Write("layouts/page.sbn-html", "{{ if Value }}yes{{ else }}no{{ end }}");

        Assert.Equal(expected, Render("page", new Holder(value)));
    }

    [Fact]
    public void An_empty_list_is_false_and_a_list_with_an_item_is_true()
    {
        Write("layouts/page.sbn-html", "{{ if Value }}yes{{ else }}no{{ end }}{{ if !Value }}-empty{{ end }}");

        Assert.Equal("no-empty", Render("page", new Holder(Array.Empty<string>())));
        Assert.Equal("no-empty", Render("page", new Holder(new List<int>())));
        Assert.Equal("no-empty", Render("page", new Holder(Enumerable.Empty<int>().Select(i => i))));
        Assert.Equal("yes", Render("page", new Holder(new List<string> { "a" })));
        Assert.Equal("yes", Render("page", new Holder(Enumerable.Range(0, 1).Select(i => i))));
    }

    [Fact]
    public void Loops_over_tens_of_thousands_of_items_are_not_cut()
    {
        Write("layouts/page.sbn-html", "{{ for group in Groups }}[{{ for item in group }}{{ item }},{{ end }}]{{ end }}");
        var groups = Enumerable.Range(0, 30).Select(g => Enumerable.Range(0, 1000).ToList()).ToList();

        var html = Render("page", new { Groups = groups });

        Assert.Equal(string.Concat(groups.Select(g => "[" + string.Concat(g.Select(i => i + ",")) + "]")), html);
    }

    [Fact]
    public void A_loop_that_never_ends_is_an_error_at_its_line()
    {
        Write("layouts/page.sbn-html", "<p>\n{{ while true }}x{{ end }}\n</p>");

        var (html, diagnostics) = TryRender("page", new { Title = "t" });

        Assert.Null(html);
        var error = Assert.Single(diagnostics);
        Assert.Equal(Codes.Template.Id, error.Code);
        Assert.Equal(("theme/layouts/page.sbn-html", 2), (Display(error.Span.Path), error.Span.Line));
    }

    [Fact]
    public void Output_of_several_mebibytes_is_written_whole()
    {
        Write("layouts/page.sbn-html", "{{ raw Body }}|{{ Title }}|{{ include \"big\" }}");
        Write("partials/big.sbn-html", "{{ raw Body }}");
        var body = new string('a', 3 * 1024 * 1024) + "<end>";
        var title = new string('b', 2 * 1024 * 1024) + "<end>";

        var html = Render("page", new { Body = body, Title = title });

        Assert.Equal(body + "|" + title.Replace("<end>", "&lt;end&gt;", StringComparison.Ordinal) + "|" + body, html);
    }

    [Fact]
    public void Included_output_is_not_re_indented()
    {
        Write("layouts/page.sbn-html", "<div>\n    {{ include \"pre\" }}\n</div>");
        Write("partials/pre.sbn-html", "<pre>line one\nline two\n  line three</pre>\n<p>\nafter</p>");

        Assert.Equal("<div>\n    <pre>line one\nline two\n  line three</pre>\n<p>\nafter</p>\n</div>", Render("page", new { }));
    }

    [Fact]
    public void A_partial_reads_the_values_named_in_its_include_and_the_page_fields()
    {
        Write("layouts/page.sbn-html", "{{ include \"list\" links: First }}{{ include \"list\" links: Second }}");
        Write("partials/list.sbn-html", "{{ Title }}:{{ for link in links }}{{ link }};{{ end }}");

        Assert.Equal("T:a;b;T:&lt;c&gt;;", Render("page", new { Title = "T", First = new List<string> { "a", "b" }, Second = new List<string> { "<c>" } }));
    }

    [Fact]
    public void One_context_renders_page_after_page_with_only_that_pages_values()
    {
        Write("layouts/page.sbn-html", "{{ include \"title\" }}{{ for item in Items }}{{ item }}{{ end }}");
        Write("partials/title.sbn-html", "<h1>{{ Title }}</h1>");
        var templates = Load();

        var outputs = Enumerable.Range(0, 50).Select(i =>
        {
            var diagnostics = new DiagnosticBag();
            var html = templates.Render("page", new { Title = "Page " + i, Items = Enumerable.Range(0, i % 4).ToList() }, diagnostics, new SourceSpan($"{i}.md"));
            Assert.Empty(diagnostics.ToSortedList());
            return html;
        }).ToList();

        Assert.Equal(Enumerable.Range(0, 50).Select(i => $"<h1>Page {i}</h1>" + string.Concat(Enumerable.Range(0, i % 4))), outputs);
    }

    [Fact]
    public void After_a_page_fails_the_next_page_on_the_same_thread_renders_cleanly()
    {
        Write("layouts/page.sbn-html", "<ul>{{ for item in Items }}<li>{{ include \"item\" }}</li>{{ end }}</ul>");
        Write("partials/item.sbn-html", "{{ if item == \"bad\" }}{{ Missing }}{{ else }}{{ item }}{{ end }}");
        var templates = Load();

        var failed = new DiagnosticBag();
        Assert.Null(templates.Render("page", new { Items = new List<string> { "a", "bad" } }, failed, new SourceSpan("a.md")));
        var ok = new DiagnosticBag();
        var html = templates.Render("page", new { Items = new List<string> { "b", "c" } }, ok, new SourceSpan("b.md"));

        Assert.Single(failed.ToSortedList());
        Assert.Empty(ok.ToSortedList());
        Assert.Equal("<ul><li>b</li><li>c</li></ul>", html);
    }

    [Theory]
    [InlineData("<p>\n  {{ Subtitle }}</p>", "theme/layouts/page.sbn-html", 2, 6, "Subtitle")]
    [InlineData("<p>\n  {{ Site.Nmae }}</p>", "theme/layouts/page.sbn-html", 2, 11, "Nmae")]
    [InlineData("<p>\n{{ for s in Site.Footer }}{{ s.Url }}{{ s.Ur1 }}{{ end }}</p>", "theme/layouts/page.sbn-html", 2, 43, "Ur1")]
    [InlineData("<p>\n\n  {{ include \"nope\" }}</p>", "theme/layouts/page.sbn-html", 3, 6, "There is no partial 'nope'")]
    [InlineData("<p>{{ include \"broken\" }}</p>", "theme/partials/broken.sbn-html", 2, 4, "Reviewer")]
    public void A_misspelt_name_or_missing_partial_is_an_error_at_the_templates_own_line_and_column(string layout, string file, int line, int column, string named)
    {
        Write("layouts/page.sbn-html", layout);
        Write("partials/broken.sbn-html", "<b>\n{{ Reviewer }}</b>");

        var (html, diagnostics) = TryRender("page", new { Title = "t", Site = new { Name = "n", Footer = new[] { new { Url = "/u/" } } } });

        Assert.Null(html);
        var error = Assert.Single(diagnostics);
        Assert.Equal(Codes.Template.Id, error.Code);
        Assert.Equal((file, line, column), (Display(error.Span.Path), error.Span.Line, error.Span.Column));
        Assert.Contains(named, error.Message, StringComparison.Ordinal);
        Assert.Contains("while rendering test.md", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_syntax_error_in_every_file_is_reported_in_one_load_at_its_own_line()
    {
        Write("layouts/page.sbn-html", "<p>\n\n  {{ if Title }}open\n</p>\n");
        Write("layouts/risk.sbn-html", "<p>{{ end }}</p>\n");
        Write("partials/one.sbn-html", "<p>\n{{ for }}\n</p>\n");
        Write("partials/two.sbn-html", "<p>\n\n\n{{ Title | }}</p>\n");
        Write("partials/fine.sbn-html", "<p>{{ Title }}</p>\n");
        var diagnostics = new DiagnosticBag();

        var templates = ThemeTemplates.Load(_theme, ["page", "risk"], diagnostics);

        var errors = diagnostics.ToSortedList();
        Assert.All(errors, e => Assert.Equal(Codes.Template.Id, e.Code));
        Assert.All(errors, e => Assert.DoesNotContain("   at ", e.Message, StringComparison.Ordinal));
        Assert.Equal(
            [("theme/layouts/page.sbn-html", 3), ("theme/layouts/risk.sbn-html", 1), ("theme/partials/one.sbn-html", 2), ("theme/partials/two.sbn-html", 4)],
            errors.Select(e => (Display(e.Span.Path), e.Span.Line)).Distinct().Order().ToList());
        Assert.All(errors, e => Assert.True(e.Span.Column > 0, e.ToString()));
        Assert.False(templates.Has("page"));
        Assert.True(templates.Has(ThemeTemplates.BaseLayout));
        Assert.True(templates.Partials.ContainsKey("fine"));
    }

    [Fact]
    public void A_template_cannot_change_the_page_model_or_leave_a_global_for_the_next_page()
    {
        Write("layouts/page.sbn-html", "{{ Title = \"changed\" }}{{ Title }}");

        var (html, diagnostics) = TryRender("page", new { Title = "t" });

        Assert.Null(html);
        Assert.Equal(Codes.Template.Id, Assert.Single(diagnostics).Code);
    }

    public void Dispose()
    {
        if (Directory.Exists(_theme))
        {
            Directory.Delete(_theme, recursive: true);
        }
    }

    private void Write(string path, string text) => File.WriteAllText(Path.Combine(_theme, path), text);

    private ThemeTemplates Load()
    {
        var diagnostics = new DiagnosticBag();
        var templates = ThemeTemplates.Load(_theme, ["page"], diagnostics);
        Assert.Empty(diagnostics.ToSortedList());
        return templates;
    }

    private string Render(string layout, object model)
    {
        var (html, diagnostics) = TryRender(layout, model);
        Assert.True(diagnostics.Count == 0, string.Join('\n', diagnostics));
        return html!;
    }

    private (string? Html, IReadOnlyList<Diagnostic> Diagnostics) TryRender(string layout, object model)
    {
        var templates = Load();
        var diagnostics = new DiagnosticBag();
        var html = templates.Render(layout, model, diagnostics, new SourceSpan("test.md"));
        return (html, diagnostics.ToSortedList());
    }

    /// <summary>The theme folder here is a temporary one: compare from "layouts/" or "partials/" on, as "theme/…".</summary>
    private static string Display(string path)
    {
        var slashed = path.Replace('\\', '/');
        var at = Math.Max(slashed.LastIndexOf("/layouts/", StringComparison.Ordinal), slashed.LastIndexOf("/partials/", StringComparison.Ordinal));
        return at < 0 ? slashed : "theme" + slashed[at..];
    }

    private sealed record Holder(object? Value);
}
