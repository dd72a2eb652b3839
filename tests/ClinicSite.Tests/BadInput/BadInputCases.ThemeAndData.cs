using ClinicSite.Engine.Diagnostics;
using ClinicSite.Tests.Support;

namespace ClinicSite.Tests.BadInput;

/// <summary>The theme (layouts, partials, fields) and the data files (site.yml, glossary.yml), and missing site pages.</summary>
internal static partial class BadInputCases
{
    private static IEnumerable<BadInputCase> ThemeAndData() =>
    [
        // Theme.
        Custom("template_uses_a_field_that_does_not_exist", s => InsertLine(s, "theme/layouts/risk.sbn-html", 2, "  <p>{{ Risk.Colour }}</p>"), Codes.Template, "theme/layouts/risk.sbn-html", 2, 0, "does not exist on the page model"),
        Custom("template_uses_a_variable_that_does_not_exist", s => InsertLine(s, "theme/layouts/risk.sbn-html", 2, "  <p>{{ Colour }}</p>"), Codes.Template, "theme/layouts/risk.sbn-html", 2, 0, "Colour"),
        Custom("partial_uses_a_field_that_does_not_exist", s => InsertLine(s, "theme/partials/page-header.sbn-html", 2, "  <p>{{ Subtitle }}</p>"), Codes.Template, "theme/partials/page-header.sbn-html", 2, 0, "Fix the name"),
        Custom("partial_uses_a_member_of_its_value_that_does_not_exist", s => InsertLine(s, "theme/partials/link-list.sbn-html", 2, "  {{ for link in links }}{{ link.Colour }}{{ end }}"), Codes.Template, "theme/partials/link-list.sbn-html", 2, 0, "Colour"),
        Custom("template_with_an_unclosed_block", s => InsertLine(s, "theme/layouts/risk.sbn-html", 2, "  {{ if Title }}"), Codes.Template, "theme/layouts/risk.sbn-html", 31, 1, "The <end> statement was not found"),
        Custom("template_with_an_end_too_many", s => InsertLine(s, "theme/layouts/risk.sbn-html", 2, "  {{ if Title }}x{{ end }}{{ end }}"), Codes.Template, "theme/layouts/risk.sbn-html", 2, 0, "syntax error"),
        Custom("template_with_an_if_without_a_condition", s => InsertLine(s, "theme/layouts/risk.sbn-html", 2, "  {{ if }}x{{ end }}"), Codes.Template, "theme/layouts/risk.sbn-html", 2, 0, "syntax error"),
        Custom("partial_with_a_syntax_error", s => InsertLine(s, "theme/partials/sources.sbn-html", 3, "  {{ for }}"), Codes.Template, "theme/partials/sources.sbn-html", 3, 0, "syntax error"),
        Custom("missing_layout", s => s.Delete("theme/layouts/risk.sbn-html"), Codes.Template, "theme/layouts/risk.sbn-html", 0, 0, "Add it; pages of this kind need it"),
        Custom("missing_base_layout", s => s.Delete("theme/layouts/base.sbn-html"), Codes.Template, "theme/layouts/base.sbn-html", 0, 0, "Add it"),
        Custom("missing_layouts_folder", s => Directory.Delete(Path.Combine(s.Theme, "layouts"), recursive: true), Codes.Template, "theme/layouts", 0, 0, "Pass --theme"),
        Custom("missing_partial", s => s.Delete("theme/partials/sources.sbn-html"), Codes.Template, "theme/layouts/risk.sbn-html", 28, 7, "There is no partial 'sources'"),

        // site.yml.
        Custom("site_yml_with_a_tab", s => s.Write("_data/site.yml", MinimalSite.SiteYml.Replace("  short_name: Test", "\tshort_name: Test", StringComparison.Ordinal)), Codes.YamlSyntax, "input/_data/site.yml", 6, 1, "not tabs"),
        Custom("site_yml_duplicate_key", s => s.Write("_data/site.yml", MinimalSite.SiteYml.Replace("language: en-US", "language: en-US\nlanguage: en-GB", StringComparison.Ordinal)), Codes.YamlSyntax, "input/_data/site.yml", 3, 1, "A key appears twice"),
        Custom("site_yml_missing_key", s => s.Write("_data/site.yml", MinimalSite.SiteYml.Replace("language: en-US\n", string.Empty, StringComparison.Ordinal)), Codes.MissingKey, "input/_data/site.yml", 1, 1, "Add a line 'language: …'"),
        Custom("site_yml_unknown_key_near_miss", s => s.Write("_data/site.yml", MinimalSite.SiteYml.Replace("base_url:", "base_ur1:", StringComparison.Ordinal)), Codes.UnknownKey, "input/_data/site.yml", 3, 1, "Did you mean 'base_url'?"),
        Custom("site_yml_reviewers_as_a_list", s => s.Write("_data/site.yml", MinimalSite.SiteYml.Replace("  team:\n    name: Test team\n    credentials: Example role", "  - team", StringComparison.Ordinal)), Codes.WrongType, "input/_data/site.yml", 15, 3, "set of 'key: value' lines"),
        Custom("site_yml_condition_key_written_as_a_list", s => s.Write("_data/site.yml", MinimalSite.SiteYml.Replace("  sciatica: Sciatica", "  [sciatica, back]: Sciatica", StringComparison.Ordinal)), Codes.WrongType, "input/_data/site.yml", 19, 3, "Each key must be a single word"),
        Custom("site_yml_header_name_written_as_a_mapping", s => s.Write("_data/site.yml", MinimalSite.SiteYml.Replace("Content-Security-Policy: \"default", "? {a: b}\n      : \"default", StringComparison.Ordinal)), Codes.WrongType, "input/_data/site.yml", 23, 9, "Each key must be a single word"),
        Custom("site_yml_relative_base_url", s => s.Write("_data/site.yml", MinimalSite.SiteYml.Replace("https://clinic.example.org", "clinic.example.org", StringComparison.Ordinal)), Codes.SiteData, "input/_data/site.yml", 0, 0, "not an absolute address"),
        Custom("site_yml_empty", s => s.Write("_data/site.yml", "# nothing yet\n"), Codes.SiteData, "input/_data/site.yml", 1, 1, "The data file is empty"),
        Custom("site_yml_missing", s => s.Delete("_data/site.yml"), Codes.SiteData, "input/_data/site.yml", 0, 0, "Create it"),
        Custom("site_yml_in_utf16", s => s.WriteBytes("_data/site.yml", [.. System.Text.Encoding.Unicode.GetPreamble(), .. System.Text.Encoding.Unicode.GetBytes(MinimalSite.SiteYml)]), Codes.Encoding, "input/_data/site.yml", 0, 0, "UTF-16"),

        Custom("site_yml_header_value_on_several_lines", s => s.Write("_data/site.yml", MinimalSite.SiteYml.Replace("Content-Security-Policy: \"default-src 'self'; frame-ancestors 'none'\"", "Content-Security-Policy: |\n          default-src 'self'\n          /*\n            Content-Security-Policy: script-src *", StringComparison.Ordinal)), Codes.SiteData, "input/_data/site.yml", 0, 0, "would break _headers"),
        Custom("site_yml_redirect_on_several_lines", s => s.Write("_data/site.yml", MinimalSite.SiteYml.Replace("to: /procedures/", "to: \"/procedures/\\n/* https://evil.example/ 200\"", StringComparison.Ordinal)), Codes.SiteData, "input/_data/site.yml", 0, 0, "would break _redirects"),

        // glossary.yml.
        Custom("glossary_term_twice", s => s.Write("_data/glossary.yml", "- term: Fluoroscopy\n  definition: A live X-ray video.\n- term: fluoroscopy\n  definition: Again.\n"), Codes.SiteData, "input/_data/glossary.yml", 0, 0, "Keep one entry"),
        Custom("glossary_as_a_mapping", s => s.Write("_data/glossary.yml", "fluoroscopy: A live X-ray video.\n"), Codes.WrongType, "input/_data/glossary.yml", 1, 1, "should be a list"),
        Custom("glossary_entry_without_definition", s => s.Write("_data/glossary.yml", "- term: Fluoroscopy\n"), Codes.MissingKey, "input/_data/glossary.yml", 1, 3, "Add a line 'definition: …'"),

        // Pages the site cannot do without.
        Custom("missing_section_page", s => s.Delete("risks/_index.md"), Codes.MissingKey, "input/risks/_index.md", 0, 0, "Create"),
        Custom("missing_home_page", s => s.Delete("index.md"), Codes.MissingKey, "input/index.md", 0, 0, "with 'layout: home'"),
    ];

    /// <summary>Inserts a line so it becomes line <paramref name="line"/> of a theme file.</summary>
    private static void InsertLine(TestSite site, string path, int line, string text)
    {
        var lines = File.ReadAllText(site.FullPath(path)).Split('\n').ToList();
        lines.Insert(line - 1, text);
        site.Write(path, string.Join('\n', lines));
    }
}
